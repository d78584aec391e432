#include "waymark/PortfolioStore.h"

#include "CaseSnapshotWriter.h"
#include "waymark/PathwayLibrary.h"
#include "waymark/RegularFile.h"

#include "store/Archive.h"
#include "store/Repositories.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace waymark {

namespace {

// Why an archive cannot be read (None when it can): asked before SQLite opens it, which on a
// named pipe would wait for ever. A missing archive the import names itself.
StoreError archiveProblem(const QString& archivePath)
{
    return QFileInfo::exists(archivePath) ? regularFileProblem(archivePath) : StoreError();
}

} // namespace

const char* const PortfolioStore::fileExtension = "waymark";

const ItemFacts* PortfolioFacts::item(const ItemRef& ref) const
{
    auto it = items.constFind(ref.toString());
    return it == items.constEnd() ? nullptr : &it.value();
}

PortfolioStore::PortfolioStore(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<store::Repositories>())
{
    d->db.setAnnounce([this](Area area, const QList<qint64>& ids) { emit changed(area, ids); });
    d->db.setOnMoved([this](const QString& message) { emit fileMoved(message); });
}

PortfolioStore::~PortfolioStore() = default;

QString PortfolioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio.waymark");
}

bool PortfolioStore::open(const QString& path, OpenMode mode, IntegrityCheck check)
{
    if (!d->db.open(path, mode, check))
        return false;
    // A file from before the chain existed gets its judgements chained now, once.
    if (mode != OpenMode::ReadOnly && d->db.readOnlyReason().code() == StoreError::Code::None
        && !d->chain.completePending()) {
        const StoreError why = d->db.lastError();
        d->db.close();
        return d->db.fail(why.code(), why.message());
    }
    return true;
}
QFuture<IntegrityVerdict> PortfolioStore::integrityVerdict() const { return d->db.integrityVerdict(); }
bool PortfolioStore::openServer(const QString& uri, const QString& worker) { return d->db.openServer(uri, worker); }
bool PortfolioStore::isOnServer() const { return d->db.isServer(); }
QString PortfolioStore::signedInAs() const { return d->db.signedInAs(); }
QString PortfolioStore::signedInName() const { return d->db.signedInName(); }
QString PortfolioStore::owner() const { return d->db.owner(); }
QList<AssignedPortfolio> PortfolioStore::assignedPortfolios() { return d->team.assigned(); }
bool PortfolioStore::switchPortfolio(const QString& worker) { return d->db.switchPortfolio(worker); }
bool PortfolioStore::importArchiveHere(const QString& archivePath)
{
    if (const StoreError problem = archiveProblem(archivePath); problem.isError())
        return d->db.fail(problem.code(), problem.message());
    return store::Archive::importInto(d->db, archivePath);
}
void PortfolioStore::close() { d->db.close(); }
bool PortfolioStore::isOpen() const { return d->db.isOpen(); }
QString PortfolioStore::path() const { return d->db.path(); }
const StoreError& PortfolioStore::lastError() const { return d->db.lastError(); }
QString PortfolioStore::lastBackupPath() const { return d->db.backupPath(); }
const StoreError& PortfolioStore::readOnlyReason() const { return d->db.readOnlyReason(); }
bool PortfolioStore::checkFileInPlace() { return d->db.checkStillAtPath(); }
bool PortfolioStore::searchIndexDamaged() const { return d->db.searchIndexDamaged(); }
bool PortfolioStore::rebuildSearchIndex() { return d->db.rebuildSearchIndex(); }
qint64 PortfolioStore::changeCounter() { return d->db.changeCounter(); }
bool PortfolioStore::transaction(const std::function<bool()>& work) { return d->db.transaction(work); }
QDate PortfolioStore::today() const { return d->db.today(); }
void PortfolioStore::setToday(const QDate& today) { d->db.setToday(today); }

Worker PortfolioStore::worker() { return d->profile.worker(); }
bool PortfolioStore::saveWorker(const Worker& worker) { return d->profile.saveWorker(worker); }
QList<RoleRecord> PortfolioStore::roles() { return d->profile.roles(); }
qint64 PortfolioStore::addRole(const RoleRecord& role) { return d->profile.addRole(role); }
bool PortfolioStore::updateRole(const RoleRecord& role) { return d->profile.updateRole(role); }
bool PortfolioStore::removeRole(qint64 id) { return d->profile.removeRole(id, true); }
bool PortfolioStore::restoreRole(qint64 id) { return d->profile.removeRole(id, false); }
QList<AwardRecord> PortfolioStore::awards() { return d->profile.awards(); }
qint64 PortfolioStore::addAward(const AwardRecord& award) { return d->profile.addAward(award); }
bool PortfolioStore::removeAward(qint64 id) { return d->profile.removeAward(id, true); }
bool PortfolioStore::restoreAward(qint64 id) { return d->profile.removeAward(id, false); }

qint64 PortfolioStore::addEvidence(const Evidence& evidence, const QList<Mapping>& mappings, const QList<NewAttachment>& attachments)
{
    qint64 id = 0;
    const bool saved = d->db.transaction([&] {
        id = d->evidence.add(evidence, mappings);
        if (id == 0)
            return false;
        for (const NewAttachment& a : attachments)
            if (d->attachments.insert(id, a) == 0)
                return false;
        return true;
    });
    return saved ? id : 0;
}
bool PortfolioStore::updateEvidence(const Evidence& evidence, int expectedVersion) { return d->evidence.update(evidence, expectedVersion); }
std::optional<Evidence> PortfolioStore::evidence(qint64 id) { return d->evidence.find(id); }
QList<Evidence> PortfolioStore::evidenceVersions(qint64 id) { return d->evidence.versions(id); }
QList<Evidence> PortfolioStore::findEvidence(const EvidenceFilter& filter) { return d->evidence.search(filter); }
QList<EvidenceSummary> PortfolioStore::listEvidence(const EvidenceFilter& filter) { return d->evidence.list(filter); }
int PortfolioStore::evidenceCount(bool includeDeleted) { return d->evidence.count(includeDeleted); }
bool PortfolioStore::deleteEvidence(qint64 id) { return d->evidence.setDeleted(id, true); }
bool PortfolioStore::restoreEvidence(qint64 id) { return d->evidence.setDeleted(id, false); }
bool PortfolioStore::purgeEvidence(qint64 id) { return d->evidence.purge(id); }

qint64 PortfolioStore::addAttachment(qint64 evidenceId, const NewAttachment& attachment) { return d->attachments.add(evidenceId, attachment); }
qint64 PortfolioStore::addAttachmentFile(qint64 evidenceId, const QString& filePath) { return d->attachments.addFile(evidenceId, filePath); }
std::optional<PortfolioStore::NewAttachment> PortfolioStore::readAttachmentFile(const QString& filePath)
{
    return d->attachments.readFile(filePath);
}
QList<Attachment> PortfolioStore::attachments(qint64 evidenceId) { return d->attachments.list(evidenceId); }
std::optional<QByteArray> PortfolioStore::attachmentData(qint64 attachmentId) { return d->attachments.data(attachmentId); }
bool PortfolioStore::removeAttachment(qint64 attachmentId) { return d->attachments.setRemoved(attachmentId, true); }
bool PortfolioStore::restoreAttachment(qint64 attachmentId) { return d->attachments.setRemoved(attachmentId, false); }

qint64 PortfolioStore::addMapping(const Mapping& mapping) { return d->evidence.addMapping(mapping); }
bool PortfolioStore::removeMapping(qint64 mappingId) { return d->evidence.removeMapping(mappingId); }
QList<Mapping> PortfolioStore::mappingsForEvidence(qint64 evidenceId) { return d->evidence.mappingsForEvidence(evidenceId); }
QList<Mapping> PortfolioStore::mappingsForItem(const ItemRef& item) { return d->evidence.mappingsForItem(item); }

qint64 PortfolioStore::recordJudgement(const Judgement& judgement, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    return d->judgements.record(judgement, pathway, evidenceIds);
}
QList<qint64> PortfolioStore::recordJudgements(const QList<Judgement>& judgements, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    return d->judgements.recordAll(judgements, pathway, evidenceIds);
}
qint64 PortfolioStore::reconfirmJudgement(const ItemRef& item, const Judgement& by, const Pathway& pathway)
{
    return d->judgements.reconfirm(item, by, pathway);
}
QList<Judgement> PortfolioStore::judgements(const ItemRef& item, JudgementOrder order) { return d->judgements.forItem(item, order); }
std::optional<Judgement> PortfolioStore::latestJudgement(const ItemRef& item)
{
    const QList<Judgement> all = judgements(item, JudgementOrder::ByDate);
    return all.isEmpty() ? std::nullopt : std::optional<Judgement>(all.last());
}

qint64 PortfolioStore::addComment(const Comment& comment) { return d->sessions.addComment(comment); }
QList<Comment> PortfolioStore::comments(const ItemRef& item) { return d->sessions.comments(item); }
qint64 PortfolioStore::addSession(const SupervisionSession& session) { return d->sessions.addSession(session); }
bool PortfolioStore::updateSession(const SupervisionSession& session) { return d->sessions.updateSession(session); }
QList<SupervisionSession> PortfolioStore::sessions() { return d->sessions.sessions(); }

qint64 PortfolioStore::addPlanItem(const PlanItem& item) { return d->plan.addPlanItem(item); }
bool PortfolioStore::updatePlanItem(const PlanItem& item) { return d->plan.updatePlanItem(item); }
bool PortfolioStore::removePlanItem(qint64 id) { return d->plan.removePlanItem(id, true); }
bool PortfolioStore::restorePlanItem(qint64 id) { return d->plan.removePlanItem(id, false); }
QList<PlanItem> PortfolioStore::planItems() { return d->plan.planItems(); }
qint64 PortfolioStore::addCpdEntry(const CpdEntry& entry) { return d->plan.addCpdEntry(entry); }
bool PortfolioStore::updateCpdEntry(const CpdEntry& entry) { return d->plan.updateCpdEntry(entry); }
bool PortfolioStore::removeCpdEntry(qint64 id) { return d->plan.removeCpdEntry(id, true); }
bool PortfolioStore::restoreCpdEntry(qint64 id) { return d->plan.removeCpdEntry(id, false); }
QList<CpdEntry> PortfolioStore::cpdEntries() { return d->plan.cpdEntries(); }
QString PortfolioStore::cpdText(CpdText which) { return d->cpdTexts.text(which); }
bool PortfolioStore::setCpdText(CpdText which, const QString& body) { return d->cpdTexts.setText(which, body); }
double PortfolioStore::cpdHours(const QDate& from, const QDate& to)
{
    double total = 0;
    for (const CpdEntry& c : cpdEntries())
        if ((!from.isValid() || c.date >= from) && (!to.isValid() || c.date <= to))
            total += c.hours;
    return total;
}

QStringList PortfolioStore::privateNames() { return d->anonymisation.privateNames(); }
bool PortfolioStore::setPrivateNames(const QStringList& names) { return d->anonymisation.setPrivateNames(names); }
bool PortfolioStore::decideFinding(const QString& record, int recordVersion, const QString& findingKey, FindingDecision decision)
{
    return d->anonymisation.decideFinding(record, recordVersion, findingKey, decision);
}
bool PortfolioStore::confirmFinding(qint64 evidenceId, int evidenceVersion, const QString& findingKey)
{
    return d->evidence.find(evidenceId)
        && decideFinding(QStringLiteral("evidence:%1").arg(evidenceId), evidenceVersion, findingKey, FindingDecision::Keep);
}
QList<FindingDecisionRecord> PortfolioStore::findingDecisions() { return d->anonymisation.findingDecisions(); }

PortfolioFacts PortfolioStore::facts(const QDate& asOf) { return d->facts.facts(asOf); }
PortfolioFacts PortfolioStore::decisions(const QDate& asOf) { return d->facts.facts(asOf, false); }

qint64 PortfolioStore::submitCase(const PathwayLibrary& library, const QString& pathwayId, const QString& targetId, const CaseActor& by)
{
    const Pathway* pathway = library.find(pathwayId);
    if (!pathway)
        return d->db.fail(StoreError::Code::NotFound, tr("There is no pathway \"%1\".").arg(pathwayId)), 0;
    QString title;
    QList<ApprovalStage> stages;
    if (!d->cases.checkTarget(*pathway, targetId, &title, &stages))
        return 0;
    qint64 id = 0;
    // Frozen inside the user action that records it: no edit can come between.
    const bool saved = d->db.transaction([&] {
        QByteArray snapshot;
        try {
            snapshot = writeCaseSnapshot(*this, library, *pathway, targetId, stages, today());
        } catch (const StoreError& e) {
            return d->db.fail(e.code(), e.message());
        }
        id = d->cases.submit(*pathway, targetId, snapshot, by);
        return id != 0;
    });
    return saved ? id : 0;
}
bool PortfolioStore::decideCase(qint64 caseId, CaseAction decision, const QString& reason, const CaseActor& by)
{
    return d->cases.decide(caseId, decision, reason, by);
}
bool PortfolioStore::withdrawCase(qint64 caseId, const CaseActor& by) { return d->cases.withdraw(caseId, by); }
QList<ProgressionCase> PortfolioStore::cases() { return d->cases.list(); }
std::optional<ProgressionCase> PortfolioStore::progressionCase(qint64 id) { return d->cases.find(id); }
std::optional<std::pair<ProgressionCase, CaseSnapshot>> PortfolioStore::caseSnapshot(const QString& sha256)
{
    return d->cases.findSnapshot(sha256);
}

QStringList PortfolioStore::caseActingRoles() { return d->cases.actingRoles(); }

QString PortfolioStore::chainHead() { return d->chain.head(); }
std::optional<int> PortfolioStore::chainPosition(const QString& hash) { return d->chain.position(hash); }
ChainReport PortfolioStore::verifyChain() { return d->chain.verify(); }

bool PortfolioStore::exportArchive(const QString& archivePath) { return store::Archive::exportTo(d->db, archivePath); }
bool PortfolioStore::importArchive(const QString& archivePath, const QString& portfolioPath, QString* error)
{
    if (const StoreError problem = archiveProblem(archivePath); problem.isError()) {
        if (error)
            *error = problem.message();
        return false;
    }
    return store::Archive::import(archivePath, portfolioPath, error);
}

} // namespace waymark
