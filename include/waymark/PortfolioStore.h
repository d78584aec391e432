#pragma once

#include "waymark/PortfolioTypes.h"
#include "waymark/ProgressionCase.h"
#include "waymark/StoreError.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace waymark {

class BackgroundIntegrityCheck;
class Pathway;
class PathwayLibrary;
namespace store {
struct Repositories;
}

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
// (empty when the file is sound), or why it could not run. searchIndexDamaged: FTS5's own
// check of the search index, which runs after a sound integrity check, found it damaged.
struct IntegrityVerdict
{
    bool checked = false;
    QString finding;
    bool searchIndexDamaged = false;
};

// One portfolio: a single SQLite file (*.waymark), or one worker's on a team server. Every
// public change is one user action (transaction() groups several); judgements are append-only; evidence edits keep their
// earlier versions; deleted roles, awards, plan items, CPD entries, attachments and evidence
// can be restored. Errors (StoreError): a change returns false (or 0) and leaves lastError()
// set; a read that cannot be done throws. The SQL lives in src/core/store/, one repository
// per aggregate; this class is the one door to them.
class PortfolioStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int schemaVersion = 9;
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

    // What a committed user action changed, announced by changed().
    enum class Area { Profile, Evidence, Judgements, Comments, Sessions, Plan, Cpd, Anonymisation, Cases };
    Q_ENUM(Area)

    explicit PortfolioStore(QObject* parent = nullptr);
    ~PortfolioStore() override;
    PortfolioStore(const PortfolioStore&) = delete;
    PortfolioStore& operator=(const PortfolioStore&) = delete;

    static QString defaultPath();

    bool open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing,
              IntegrityCheck check = IntegrityCheck::BeforeOpening);
    // A portfolio on a team server (docs/team-mode.md): uri is a libpq URI naming who signs in;
    // worker, when given, is a supervisee's or assignee's login, else the portfolio is the
    // signed-in person's own. What they may do there is the server's to say: a refused change
    // fails with NotAllowed.
    bool openServer(const QString& uri, const QString& worker = QString());
    bool isOnServer() const;
    QString signedInAs() const; // the server's login; empty for a portfolio file
    QString signedInName() const; // their name in the team
    QString owner() const;      // whose portfolio, on a server
    // On a server: the portfolios assigned to the signed-in person (none for a file), and
    // working on one of them (or on one's own) on the same connection.
    QList<AssignedPortfolio> assignedPortfolios();
    bool switchPortfolio(const QString& worker);
    // Fills this portfolio, on a server and still empty, from an archive (export-archive's file).
    bool importArchiveHere(const QString& archivePath);
    // The integrity check's verdict. Finishes with no result if the portfolio is closed
    // before the check ends.
    QFuture<IntegrityVerdict> integrityVerdict() const;
    void close();
    bool isOpen() const;
    QString path() const;
    const StoreError& lastError() const;
    QString errorString() const { return lastError().message(); }
    // Backup file written before the last migration, if any.
    QString lastBackupPath() const;
    // Why a portfolio opened to be saved to is open for reading only (its disk is full, its
    // folder read-only): every change is refused, but it can be read and exported. Code None
    // when it can be saved to.
    const StoreError& readOnlyReason() const;
    // False, with lastError() and fileMoved(), when the file at path() is no longer the one
    // opened. Every save asks this first.
    bool checkFileInPlace();
    // The search index of the evidence disagrees with the records (which are whole): changes
    // are refused until it is rebuilt from them, which the person is asked to agree to. With
    // the integrity check in the background, its verdict says so first (searchIndexDamaged).
    bool searchIndexDamaged() const;
    bool rebuildSearchIndex();
    // A number that changes whenever any process commits to the file; on a team server, to
    // this portfolio (anyone's change to it, and only to it).
    qint64 changeCounter();
    // One user action made of several changes: all are kept, or none (work returns false, with
    // errorString() set, to undo them).
    bool transaction(const std::function<bool()>& work);
    // The date records may not be dated after (default: the system's date); tests set it.
    QDate today() const;
    void setToday(const QDate& today);

    // The worker
    Worker worker();
    bool saveWorker(const Worker& worker);
    QList<RoleRecord> roles();
    qint64 addRole(const RoleRecord& role);
    bool updateRole(const RoleRecord& role);
    bool removeRole(qint64 id);  // can be undone with restoreRole
    bool restoreRole(qint64 id);
    QList<AwardRecord> awards();
    qint64 addAward(const AwardRecord& award);
    bool removeAward(qint64 id);  // can be undone with restoreAward
    bool restoreAward(qint64 id);

    // Evidence
    struct NewAttachment { QString name; QString mediaType; QByteArray data; };
    qint64 addEvidence(const Evidence& evidence, const QList<Mapping>& mappings = {},
                       const QList<NewAttachment>& attachments = {});
    // Saves a new version; fails with a conflict if someone saved since expectedVersion.
    bool updateEvidence(const Evidence& evidence, int expectedVersion);
    // Nothing, with lastError() NotFound, when there is no such record.
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
    // A file read as an attachment, to be saved with new evidence: only a regular file of at most
    // maxAttachmentBytes. Nothing, with lastError() saying why, otherwise.
    std::optional<NewAttachment> readAttachmentFile(const QString& filePath);
    QList<Attachment> attachments(qint64 evidenceId);
    std::optional<QByteArray> attachmentData(qint64 attachmentId);
    bool removeAttachment(qint64 attachmentId);  // can be undone with restoreAttachment
    bool restoreAttachment(qint64 attachmentId);

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
    bool removePlanItem(qint64 id);  // can be undone with restorePlanItem
    bool restorePlanItem(qint64 id);
    QList<PlanItem> planItems();
    qint64 addCpdEntry(const CpdEntry& entry);
    bool updateCpdEntry(const CpdEntry& entry);
    bool removeCpdEntry(qint64 id);  // can be undone with restoreCpdEntry
    bool restoreCpdEntry(qint64 id);
    QList<CpdEntry> cpdEntries();
    double cpdHours(const QDate& from = {}, const QDate& to = {});
    // A regulator's CPD profile texts (the HCPC summary and statement, the SSSC's elements and
    // declaration date); empty when not written. Saving an empty text removes it.
    QString cpdText(CpdText which);
    bool setCpdText(CpdText which, const QString& body);

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
    // The same, but only the judgements that count and the profile: no evidence counts. For
    // what only asks what is reached (progress over time, read for many days).
    PortfolioFacts decisions(const QDate& asOf = QDate());

    // Progression cases (docs/progression-case.md). Submitting freezes a snapshot of the
    // portfolio for the target (a step or a role profile of pathwayId) in the same user action;
    // a target whose case was referred back is resubmitted with a new snapshot. by is who acts:
    // the worker for submit and withdraw, the person holding the awaited stage's role for a
    // decision. Cases, snapshots and events are never changed or removed.
    qint64 submitCase(const PathwayLibrary& library, const QString& pathwayId, const QString& targetId, const CaseActor& by);
    bool decideCase(qint64 caseId, CaseAction decision, const QString& reason, const CaseActor& by);
    bool withdrawCase(qint64 caseId, const CaseActor& by);
    QList<ProgressionCase> cases();
    std::optional<ProgressionCase> progressionCase(qint64 id); // nothing (NotFound) when there is none
    // The case that froze a snapshot with this SHA-256, and the snapshot.
    std::optional<std::pair<ProgressionCase, CaseSnapshot>> caseSnapshot(const QString& sha256);
    // The roles the person here may act in on this portfolio's cases ("worker" and approvalRoles()
    // ids): in a file all of them; on a team server those the team gives the signed-in person.
    QStringList caseActingRoles();

    // The hash chain over judgements and case events: its last hash, where a hash stands in it
    // (1-based), and every record that no longer matches it.
    QString chainHead();
    std::optional<int> chainPosition(const QString& hash);
    ChainReport verifyChain();

    // Archive: one self-contained file with every record and attachment.
    bool exportArchive(const QString& archivePath);
    // Creates a new portfolio at portfolioPath from an archive; never overwrites.
    static bool importArchive(const QString& archivePath, const QString& portfolioPath, QString* error);

signals:
    // A user action was committed: what it changed (ids of the records, where they have one).
    // Changes made by another program are not announced: changeCounter() tells of them.
    void changed(waymark::PortfolioStore::Area area, const QList<qint64>& ids);
    // The file was found moved, renamed, deleted or replaced while open (by a save, or by
    // checkFileInPlace()); message says which. Nothing more is saved until it is opened again.
    void fileMoved(const QString& message);

private:
    std::unique_ptr<store::Repositories> d;
};

} // namespace waymark
