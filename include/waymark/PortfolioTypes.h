#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

// A reference to an item or indicator of a pathway: "pathway-id" + "item-id".
struct ItemRef
{
    QString pathwayId;
    QString itemId;

    QString toString() const { return pathwayId + QLatin1Char(':') + itemId; }
    static ItemRef fromString(const QString& text); // "pathway:item"; empty pathway when no colon
    bool operator==(const ItemRef& o) const { return pathwayId == o.pathwayId && itemId == o.itemId; }
    bool operator<(const ItemRef& o) const { return toString() < o.toString(); }
};

// A date written in full for sentences and reports: "1 June 2026".
QString longDate(const QDate& d);

// The professions a worker can have: "social-worker", "occupational-therapist",
// "social-services-worker", "other"; and each one's title ("Social worker").
const QStringList& professionIds();
QString professionTitle(const QString& id);

// Attachments may be at most this large; attachmentTooLarge says why a file is refused
// (empty when it is not).
constexpr qint64 maxAttachmentBytes = 25 * 1024 * 1024;
QString attachmentTooLarge(const QString& name, qint64 bytes);

struct Worker
{
    QString name;
    QString profession; // one of professionIds(), or empty
    QString registrationBody; // Social Work England, HCPC, SSSC
    QString registrationNumber;
    QDate qualified;
    QString pathwayId;
    QString currentStep;
    QString targetStep;
    QString supervisorName;
    QString supervisorRole;
};

struct RoleRecord
{
    qint64 id = 0;
    QString title;
    QString grade;
    QDate start;
    QDate end; // null while current
    bool supervisedOthers = false;
};

struct AwardRecord
{
    enum class Status { Held, InProgress };
    qint64 id = 0;
    QString award; // an award id from a pathway (peps2, bia, ...) or a free name
    QString title;
    Status status = Status::Held;
    QDate date;
};

enum class EvidenceKind {
    DirectPractice,
    Observation,
    ServiceUserFeedback,
    ColleagueFeedback,
    Supervision,
    Training,
    Reflection,
    Audit,
    Qualification
};

QString evidenceKindId(EvidenceKind kind);     // "direct-practice"
QString evidenceKindTitle(EvidenceKind kind);  // "Direct practice"
bool evidenceKindFromId(const QString& id, EvidenceKind* kind);
QList<EvidenceKind> allEvidenceKinds();

// What a list shows of a piece of evidence: all but its text.
struct EvidenceSummary
{
    qint64 id = 0;
    int version = 0; // 1 for the first save; each edit adds one
    QString title;
    QDate date;
    QDate endDate; // null unless the evidence covers a period
    EvidenceKind kind = EvidenceKind::DirectPractice;
    QString source; // source or method, for triangulation
    QDateTime savedAt;
    bool deleted = false;
};

struct Evidence : EvidenceSummary
{
    QString narrative;  // Markdown
    QString reflection; // Markdown
};

struct Attachment
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256; // hex
};

struct Mapping
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    ItemRef item;
    QString note;
};

enum class Verdict { ReadyForReview, Reached, NotYetReached };
QString verdictId(Verdict verdict);    // "ready-for-review", "reached", "not-yet-reached"
QString verdictTitle(Verdict verdict); // "Ready for review", "Reached", "Not yet reached"
bool verdictFromId(const QString& id, Verdict* verdict);

struct JudgementEvidence
{
    qint64 evidenceId = 0;
    int evidenceVersion = 0;
    QString title;
};

// A judgement is never changed once recorded; a correction is a new judgement. An item's
// current judgement is the one with the latest date; on the same date, the one recorded last.
struct Judgement
{
    qint64 id = 0;
    ItemRef item;
    Verdict verdict = Verdict::ReadyForReview;
    QString byName;
    QString byRole;
    QDate date;
    QString comment;
    qint64 sessionId = 0; // 0 when made outside a supervision session
    // Recorded by a team server as the person signed in (by their own login); a name typed in a
    // portfolio file, or brought onto a server from one, is not. Set when read.
    bool signedIn = false;
    QString pathwayVersion;
    QString statement; // the wording judged
    QList<JudgementEvidence> evidence;
    QDateTime recordedAt;
    // Set by the caller: "reached" with no evidence to rely on was confirmed deliberately.
    bool confirmedWithoutEvidence = false;
    // Computed when read:
    bool evidenceChanged = false; // relied-on evidence edited, deleted or its attachments changed since
    int reliedOnCount = 0;        // how many evidence records it relied on
    bool counts = false;          // it is the item's current judgement or current decision
    bool backdated = false;       // recorded after a judgement of the same item with a later date

    bool signedOffWithoutEvidence() const { return verdict == Verdict::Reached && reliedOnCount == 0; }
    // "Sam Patel, Team manager", then ", signed in" when a team server recorded them so.
    QString author() const;
    // Recorded too late to count: kept in the history, but it did not change the verdict.
    bool changesNothing() const { return backdated && !counts; }
};

// The order judgements are listed in: by their date (then as recorded), or as recorded.
enum class JudgementOrder { ByDate, Recorded };

struct Comment
{
    qint64 id = 0;
    ItemRef item;
    QString author;
    QString authorRole; // manager, worker, supervisor
    QString text;
    QDateTime createdAt;
};

struct SupervisionSession
{
    qint64 id = 0;
    QDate date;
    QString supervisor;
    QString supervisorRole;
    QString notes;
    QList<ItemRef> itemsDiscussed;
};

struct PlanItem
{
    enum class Status { Planned, InProgress, Done, Dropped };
    qint64 id = 0;
    QString activity;
    QList<ItemRef> linkedItems;
    QString learningOffer; // "pathway:offer-id", empty when not from a pathway's offer
    QDate targetDate;
    Status status = Status::Planned;
};
QString planStatusId(PlanItem::Status status);
bool planStatusFromId(const QString& id, PlanItem::Status* status);

// A CPD record with what the regulators ask of one (docs/regulators.md): Social Work England's
// type, relevance, learning, impact and peer reflection; HCPC's benefit to practice and to
// service users; the SSSC's contribution to practice and core learning element.
struct CpdEntry
{
    qint64 id = 0;
    QDate date;
    QString activity;
    double hours = 0;
    QString notes;
    qint64 evidenceId = 0; // 0 when not linked
    QString type;           // "Course", "Reading", ...: free text, with suggestions per regulator
    QString relevance;      // why it is relevant to the worker's practice
    QString learnt;         // what was learnt
    QString impactPractice; // the impact on the worker's practice
    QString impactPeople;   // the impact on the people they work with
    QString peerReflection; // what was learnt from discussing it with a peer; empty when none
    QString learningElement; // the SSSC core learning element it covers; empty when none

    bool hasPeerReflection() const { return !peerReflection.trimmed().isEmpty(); }
};

// The texts of a regulator's CPD profile that belong to no single record.
enum class CpdText {
    PracticeSummary,      // HCPC: summary of practice history
    PersonalStatement,    // HCPC: how the activities meet the standards for CPD
    CoreLearningElements, // SSSC: the core learning elements of the worker's Register part, one a line
    DeclarationDate,      // SSSC: a date the annual declaration is due (YYYY-MM-DD; its day and month recur)
};
QString cpdTextId(CpdText text); // "practice-summary", "personal-statement", "core-learning-elements", "declaration-date"
QString cpdTextTitle(CpdText text);
bool cpdTextFromId(const QString& id, CpdText* text);
QList<CpdText> allCpdTexts();

enum class FindingDecision { Keep, Redact };

// On a team server, a worker's portfolio assigned to the signed-in person: to supervise
// (judge, comment, record sessions) or to read (a head of service, a director, a panel member).
struct AssignedPortfolio
{
    enum class Relation { Supervisor, Reader };
    QString login;
    QString name;
    Relation relation = Relation::Reader;
};

struct FindingDecisionRecord
{
    QString record;        // "evidence:12", "comment:3", ...
    int recordVersion = 0; // 0 for a redaction: every version
    QString finding;       // AnonymisationFinding::key()
    FindingDecision decision = FindingDecision::Keep;
};

// The order of found evidence. Best match (FTS5's bm25 rank) applies to a text search; it
// ranks every match, so it is slower than newest first when a word is in many records.
enum class EvidenceOrder { Newest, BestMatch };

struct EvidenceFilter
{
    QString text;        // full-text search; empty for all
    EvidenceOrder order = EvidenceOrder::Newest;
    ItemRef item;        // only evidence mapped to this item, when set
    bool anyKind = true;
    EvidenceKind kind = EvidenceKind::DirectPractice;
    QDate from, to;
    bool includeDeleted = false;
    int limit = 0; // 0: no limit
};

} // namespace waymark
