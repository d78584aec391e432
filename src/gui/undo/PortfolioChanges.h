#pragma once

#include "waymark/PortfolioStore.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace waymark::gui {

class PortfolioSession;

// Every change the screens make to the portfolio that can be taken back: each is made, then
// pushed on the session's undo stack as a StoreCommand whose text names what Edit > Undo
// would undo. A refused change returns false (or 0), is not pushed, and leaves errorString().
// Judgements, comments and new supervision sessions are not here: they are the append-only
// record of supervision (PortfolioSession records them).
class PortfolioChanges : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioChanges(PortfolioSession* session);

    QString errorString() const { return m_error; }

    bool saveWorker(const Worker& worker);
    qint64 addRole(const RoleRecord& role);
    bool updateRole(const RoleRecord& role);
    bool removeRole(const RoleRecord& role);
    qint64 addAward(const AwardRecord& award);
    bool removeAward(const AwardRecord& award);

    qint64 addEvidence(const Evidence& evidence, const QList<Mapping>& mappings = {},
        const QList<PortfolioStore::NewAttachment>& attachments = {});
    // Undone by saving the content before as a newer version; the store's version check still
    // holds, against the version this session's last change left.
    bool updateEvidence(const Evidence& evidence, int expectedVersion);
    bool deleteEvidence(qint64 id);
    qint64 addAttachmentFile(qint64 evidenceId, const QString& filePath);
    bool removeAttachment(qint64 evidenceId, qint64 attachmentId, const QString& name);
    qint64 addMapping(const Mapping& mapping);
    bool removeMapping(const Mapping& mapping);
    // The mapping again with another note, in one action (the store keeps no history of notes).
    bool setMappingNote(const Mapping& mapping, const QString& note);

    bool updateSession(const SupervisionSession& session);

    // The names of people who use services that the anonymisation check looks for.
    bool setPrivateNames(const QStringList& names);

    qint64 addPlanItem(const PlanItem& item);
    bool updatePlanItem(const PlanItem& item);
    bool removePlanItem(const PlanItem& item);
    qint64 addCpdEntry(const CpdEntry& entry);
    bool updateCpdEntry(const CpdEntry& entry);
    bool removeCpdEntry(const CpdEntry& entry);
    // The regulator's profile texts given, saved together as one action.
    bool saveCpdTexts(const QMap<CpdText, QString>& texts);

signals:
    // A record was removed; notice says what, to be shown with an Undo button.
    void removed(const QString& notice);

private:
    using Step = std::function<bool()>;
    using IdChange = bool (PortfolioStore::*)(qint64);
    template <typename Record> using Update = bool (PortfolioStore::*)(const Record&);

    PortfolioStore& store();
    // After a change was made (ok): pushes how to redo and undo it. False, with m_error, when
    // the store refused it.
    bool done(bool ok, const QString& text, Step redo, Step undo);
    // change(id), then the version of evidence followed when it is one of its attachments.
    bool apply(IdChange change, qint64 id, qint64 evidenceId);
    // A record added, undone by its soft removal and redone by restoring it.
    qint64 pushAdded(const QString& text, const std::function<qint64()>& add, IdChange remove,
        IdChange restore, qint64 evidenceId = 0);
    // A record softly removed, undone by restoring it; notice is announced by removed().
    bool pushRemoved(const QString& text, const QString& notice, qint64 id, IdChange remove, IdChange restore,
        qint64 evidenceId = 0);
    // A record saved over, undone by saving what was there before (read from records by id).
    template <typename Record>
    bool pushUpdated(const QString& text, const QList<Record>& records, const Record& after, Update<Record> update);
    bool saveEvidence(const Evidence& evidence, int expectedVersion);
    void followVersion(qint64 evidenceId);
    QString evidenceTitle(qint64 evidenceId);

    PortfolioSession* m_session;
    QString m_error;
    // The version each evidence record was left at by this session's last change to it: an
    // undo expects it, so that a change made meanwhile by another program is not overwritten.
    QHash<qint64, int> m_versions;
};

} // namespace waymark::gui
