#pragma once

#include "waymark/PortfolioTypes.h"

#include <QFuture>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class BackgroundIntegrityCheck;
class Pathway;

// Per-item facts the rules engine and the screens need, read in one pass.
struct ItemFacts
{
    int evidenceCount = 0;
    QStringList sources; // distinct sources or methods of the mapped evidence
    QList<EvidenceKind> kinds;
    // The current judgement of any verdict, and the current "reached" or "not yet reached"
    // (latest date, then latest recorded). Their evidence lists are left empty
    // (evidenceChanged and reliedOnCount are set); judgements() has them.
    std::optional<Judgement> latest;
    std::optional<Judgement> latestDecision;
};

struct PortfolioFacts
{
    Worker worker;
    QList<RoleRecord> roles;
    QList<AwardRecord> awards;
    QHash<QString, ItemFacts> items; // keyed by ItemRef::toString()

    const ItemFacts* item(const ItemRef& ref) const;
};

// What PRAGMA integrity_check said. checked: it ran to the end; finding: what it found wrong
// (empty when the file is sound), or why it could not run.
struct IntegrityVerdict
{
    bool checked = false;
    QString finding;
};

// One portfolio: a single SQLite file (*.waymark). Every public change is one
// transaction; judgements are append-only; evidence edits keep their earlier versions.
// Functions return false (or an empty value) on failure and leave errorString() set.
class PortfolioStore
{
public:
    static constexpr int schemaVersion = 6;
    static constexpr qint64 maxAttachmentBytes = 25 * 1024 * 1024;
    static const char* const fileExtension; // "waymark"

    enum class OpenMode {
        OpenExisting,
        CreateIfMissing,
        CreateNew,
        ReadOnly // for reading (a panel member, an archive); every change fails
    };

    // When PRAGMA integrity_check runs. Before opening: a damaged file is refused. In the
    // background: the file opens at once and can be read; the first change waits for the
    // verdict and, if the file is damaged, is refused.
    enum class IntegrityCheck { BeforeOpening, InBackground };

    PortfolioStore();
    ~PortfolioStore();
    PortfolioStore(const PortfolioStore&) = delete;
    PortfolioStore& operator=(const PortfolioStore&) = delete;

    static QString defaultPath();

    bool open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing,
              IntegrityCheck check = IntegrityCheck::BeforeOpening);
    // The integrity check's verdict. Finishes with no result if the portfolio is closed
    // before the check ends.
    QFuture<IntegrityVerdict> integrityVerdict() const;
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    // Backup file written before the last migration, if any.
    QString lastBackupPath() const { return m_backupPath; }
    // A number that changes whenever any process commits to the file.
    qint64 changeCounter();
    // One user action made of several changes: all are kept, or none (work returns false, with
    // errorString() set, to undo them).
    bool transaction(const std::function<bool()>& work) { return inTransaction(work); }
    // The date records may not be dated after (default: the system's date); tests set it.
    QDate today() const;
    void setToday(const QDate& today);

    // The worker
    std::optional<Worker> worker();
    bool saveWorker(const Worker& worker);
    QList<RoleRecord> roles();
    qint64 addRole(const RoleRecord& role);
    bool updateRole(const RoleRecord& role);
    bool removeRole(qint64 id);
    QList<AwardRecord> awards();
    qint64 addAward(const AwardRecord& award);
    bool removeAward(qint64 id);

    // Evidence
    struct NewAttachment { QString name; QString mediaType; QByteArray data; };
    qint64 addEvidence(const Evidence& evidence, const QList<Mapping>& mappings = {},
                       const QList<NewAttachment>& attachments = {});
    // Saves a new version; fails with a conflict if someone saved since expectedVersion.
    bool updateEvidence(const Evidence& evidence, int expectedVersion);
    std::optional<Evidence> evidence(qint64 id);
    QList<Evidence> evidenceVersions(qint64 id);
    QList<Evidence> findEvidence(const EvidenceFilter& filter = {});
    // The same records without their narrative and reflection, for lists: far less to read.
    QList<EvidenceSummary> listEvidence(const EvidenceFilter& filter = {});
    // Above this many matches, a limited newest-first search walks the evidence by date
    // instead of sorting every match.
    static constexpr int manyMatches = 2000;
    int evidenceCount(bool includeDeleted = false);
    bool deleteEvidence(qint64 id);  // can be undone with restoreEvidence until purged
    bool restoreEvidence(qint64 id);
    bool purgeEvidence(qint64 id);   // only deleted evidence; judgements keep their record of it

    qint64 addAttachment(qint64 evidenceId, const NewAttachment& attachment);
    qint64 addAttachmentFile(qint64 evidenceId, const QString& filePath);
    QList<Attachment> attachments(qint64 evidenceId);
    std::optional<QByteArray> attachmentData(qint64 attachmentId);
    bool removeAttachment(qint64 attachmentId);

    // Mapping evidence to items
    qint64 addMapping(const Mapping& mapping);
    bool removeMapping(qint64 mappingId);
    QList<Mapping> mappingsForEvidence(qint64 evidenceId);
    QList<Mapping> mappingsForItem(const ItemRef& item); // live evidence only

    // Judgements (append-only)
    // Records a judgement. When evidenceIds is empty, the live evidence mapped to the item
    // is recorded as relied on. The pathway supplies the version and wording. "Reached" with
    // no evidence to rely on is refused unless the item is judgement-only or the judgement
    // says confirmedWithoutEvidence.
    qint64 recordJudgement(const Judgement& judgement, const Pathway& pathway, const QList<qint64>& evidenceIds = {});
    // Several judgements in one user action: all are recorded, or none. Returns their ids.
    QList<qint64> recordJudgements(const QList<Judgement>& judgements, const Pathway& pathway, const QList<qint64>& evidenceIds = {});
    // "Still reached": a new "reached" judgement on the evidence as it is now, for an item whose
    // current decision is "reached" but whose evidence changed since. by gives the name, role,
    // date and comment (a standard comment when empty).
    qint64 reconfirmJudgement(const ItemRef& item, const Judgement& by, const Pathway& pathway);
    // All items when item is empty. By date: oldest first.
    QList<Judgement> judgements(const ItemRef& item = {}, JudgementOrder order = JudgementOrder::ByDate);
    // The item's current judgement: latest date, then latest recorded.
    std::optional<Judgement> latestJudgement(const ItemRef& item);

    // Comments, sessions, plan, CPD
    qint64 addComment(const Comment& comment);
    QList<Comment> comments(const ItemRef& item = {});
    qint64 addSession(const SupervisionSession& session);
    bool updateSession(const SupervisionSession& session);
    QList<SupervisionSession> sessions();
    qint64 addPlanItem(const PlanItem& item);
    bool updatePlanItem(const PlanItem& item);
    bool removePlanItem(qint64 id);
    QList<PlanItem> planItems();
    qint64 addCpdEntry(const CpdEntry& entry);
    bool removeCpdEntry(qint64 id);
    QList<CpdEntry> cpdEntries();
    double cpdHours(const QDate& from = {}, const QDate& to = {});

    // The anonymisation check: names of people who use services that must not leak, and the
    // worker's decision on each finding in a record ("evidence:12", "comment:3"). A kept finding
    // holds for one version of the record, so an edit asks again; a redaction (shown as
    // [redacted] in the panel copy, the record itself unchanged) holds for every version.
    QStringList privateNames();
    bool setPrivateNames(const QStringList& names);
    bool decideFinding(const QString& record, int recordVersion, const QString& findingKey, FindingDecision decision);
    QList<FindingDecisionRecord> findingDecisions();
    bool confirmFinding(qint64 evidenceId, int evidenceVersion, const QString& findingKey); // keeps it

    // Everything the rules engine needs about the worker and every item. With asOf, only
    // what is dated on or before it counts, and changes made after it are ignored
    // (docs/dates.md): the facts a panel would have seen on that day.
    PortfolioFacts facts(const QDate& asOf = QDate());

    // Archive: one self-contained file with every record and attachment.
    bool exportArchive(const QString& archivePath);
    // Creates a new portfolio at portfolioPath from an archive; never overwrites.
    static bool importArchive(const QString& archivePath, const QString& portfolioPath, QString* error);

private:
    class Transaction;
    bool fail(const QString& message);
    bool failQuery(const class QSqlQuery& query, const QString& what);
    bool checkOpen();
    // Waits for a background integrity check; false (and a message) when the file is damaged.
    bool checkSound();
    bool migrate(int fromVersion);
    bool inTransaction(const std::function<bool()>& work);
    // Deletes one row by id in its own user action; missing takes the id as %1.
    bool removeRow(const char* table, qint64 id, const QString& action, const QString& missing);
    // Runs the query findEvidence and listEvidence share, reading columns; false when there is
    // nothing to read (errorString() says why when the query failed).
    bool searchEvidence(class QSqlQuery& q, const EvidenceFilter& filter, const QString& columns);
    // Whether a full-text query matches at least count records (deleted ones included).
    bool matchesAtLeast(const QString& ftsMatch, int count);
    // Judgements matching where; with evidence, the list of evidence each relied on too
    // (evidenceChanged, reliedOnCount and counts are set either way). With asOf, they are
    // as on that day.
    QList<Judgement> readJudgements(const QString& where, const QVariantList& binds, bool withEvidence = true,
                                    JudgementOrder order = JudgementOrder::Recorded, const QDate& asOf = QDate());
    void readEvidenceCounts(PortfolioFacts& facts);
    void readEvidenceAsOf(PortfolioFacts& facts, const QDate& asOf);
    qint64 insertAttachment(qint64 evidenceId, const NewAttachment& attachment);
    // Saves the evidence as it is as a new version: its attachments changed.
    bool addEvidenceVersion(qint64 evidenceId);
    // Copies the evidence row, as it is now, into its version history.
    bool keepVersion(qint64 evidenceId);
    QString validateEvidence(const Evidence& e) const;
    bool checkNotFuture(const QDate& date, const QString& what);
    QList<ItemRef> readItemRefs(const QString& table, const QString& keyColumn, qint64 key);
    bool writeItemRefs(const QString& table, const QString& keyColumn, qint64 key, const QList<ItemRef>& refs);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    QString m_error;
    QString m_backupPath;
    QDate m_today;
    int m_transactionDepth = 0;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck; // until its verdict is taken
    QString m_damage; // what the integrity check found, once known
};

} // namespace waymark
