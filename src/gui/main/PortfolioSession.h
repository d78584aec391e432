#pragma once

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"
#include "waymark/RegulatorCpd.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace waymark::gui {

class PortfolioChanges;

// The open portfolio and the loaded pathways, shared by every screen. Reads go straight to
// store(); every change goes through changes(), which puts it on undoStack(), except the
// append-only record of supervision recorded below. What a committed change touched is
// announced by the store, and passed on here as the signals below, so that screens refresh.
// On failure the functions return false (or 0) and errorString() holds the store's message.
class PortfolioSession : public QObject
{
    Q_OBJECT

public:
    explicit PortfolioSession(const PathwayLibrary& library, QObject* parent = nullptr);
    ~PortfolioSession() override;

    // Opens another portfolio; the one open now stays open when this fails.
    bool open(const QString& path, PortfolioStore::OpenMode mode = PortfolioStore::OpenMode::CreateIfMissing);
    // A portfolio on a team server (the signed-in person's own, or worker's), and another one
    // there on the same connection.
    bool openServer(const QString& uri, const QString& worker = QString());
    bool switchPortfolio(const QString& worker);
    bool isOpen() const;
    QString path() const;
    QString errorString() const { return m_error; }

    PortfolioStore& store() { return *m_store; }
    const PathwayLibrary& library() const { return m_library; }
    QUndoStack* undoStack() const { return m_undoStack; }
    PortfolioChanges* changes() const { return m_changes; }

    // The clock time-based rules are judged by; tests set it.
    QDate today() const;
    void setToday(const QDate& today);

    // Cached until the next change.
    const Worker& worker();
    const PortfolioFacts& facts();
    const Pathway* workerPathway();
    ReadinessReport targetReadiness();
    ReadinessEngine engine() const;
    // The worker's CPD judged against their regulator's rules for the period running today;
    // nothing when the profile names no regulator Waymark knows.
    std::optional<CpdCheck> regulatorCheck();

    // Another program (waymark-cli, a second window) committed to the file: reload everything.
    // Also looks for the file moved or replaced meanwhile (portfolioMoved).
    bool checkExternalChanges();

    // Judgements, comments and new supervision sessions are the record of what was said and
    // decided in supervision: append-only, so not undoable (a later judgement supersedes one).
    qint64 recordJudgement(const Judgement& judgement, const QList<qint64>& evidenceIds = {});
    // Several judgements, of any pathways, in one user action: all are recorded or none.
    QList<qint64> recordJudgements(const QList<Judgement>& judgements);
    // "Still reached" for each item, made by the person, on the date, in the judgement by.
    QList<qint64> reconfirmJudgements(const QList<ItemRef>& items, const Judgement& by);
    qint64 addComment(const Comment& comment);
    qint64 addSession(const SupervisionSession& session);
    // Progression cases are a record of decisions too: append-only, so not undoable; the
    // screen asks for confirmation instead.
    qint64 submitCase(const QString& pathwayId, const QString& targetId, const CaseActor& by);
    bool decideCase(qint64 caseId, CaseAction decision, const QString& reason, const CaseActor& by);
    bool withdrawCase(qint64 caseId, const CaseActor& by);

signals:
    void portfolioOpened(); // a different file: every screen reloads
    void profileChanged(); // worker, roles, awards
    void evidenceChanged(); // evidence, attachments, mappings
    void judgementsChanged();
    void commentsChanged();
    void sessionsChanged();
    void planChanged();
    void cpdChanged();
    void casesChanged();
    // The background integrity check found the open file damaged; changes will be refused.
    void portfolioDamaged(const QString& message);
    // The file is sound but its search index is damaged: changes are refused until it is rebuilt.
    void searchIndexDamaged();
    // A change made outside a dialog (an undo, a redo) failed; the message says why.
    void changeFailed(const QString& message);
    // The file was moved, renamed, deleted or replaced while open: nothing more is saved to it
    // until it is opened again. Told once per file.
    void portfolioMoved(const QString& message);

private:
    void follow(PortfolioStore* store);
    // Starts afresh on the portfolio store now holds (a new one, or another on the server).
    void restart();
    void storeChanged(PortfolioStore::Area area);
    bool done(bool ok);
    qint64 doneWithId(qint64 id);
    // record(0) .. record(count - 1) in one user action: all kept, or none. Their ids.
    QList<qint64> judgeTogether(qsizetype count, const std::function<qint64(qsizetype)>& record);
    // False, with a message, when an item's pathway is not loaded.
    bool pathwaysLoaded(const QList<ItemRef>& items);

    const PathwayLibrary& m_library;
    std::unique_ptr<PortfolioStore> m_store;
    QUndoStack* m_undoStack = nullptr;
    PortfolioChanges* m_changes = nullptr;
    QFutureWatcher<IntegrityVerdict>* m_integrityWatcher = nullptr;
    bool m_damageTold = false;
    bool m_movedTold = false;
    QString m_error;
    qint64 m_seenCounter = -1;
    std::optional<Worker> m_worker;
    std::optional<PortfolioFacts> m_facts;
    QDate m_today; // set by tests; the system's date when invalid
};

} // namespace waymark::gui
