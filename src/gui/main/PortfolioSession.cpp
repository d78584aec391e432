#include "PortfolioSession.h"

#include "undo/PortfolioChanges.h"

#include <QDir>
#include <QUndoStack>

namespace waymark::gui {

PortfolioSession::PortfolioSession(const PathwayLibrary& library, QObject* parent)
    : QObject(parent)
    , m_library(library)
    , m_store(std::make_unique<PortfolioStore>())
    , m_undoStack(new QUndoStack(this))
    , m_changes(new PortfolioChanges(this))
    , m_integrityWatcher(new QFutureWatcher<IntegrityVerdict>(this))
{
    follow(m_store.get());
    connect(m_integrityWatcher, &QFutureWatcher<IntegrityVerdict>::finished, this, [this] {
        const QFuture<IntegrityVerdict> verdict = m_integrityWatcher->future();
        // Told once per file: a finished check of the file opened before may also call here.
        if (m_damageTold || verdict.resultCount() == 0 || !verdict.result().checked)
            return;
        if (verdict.result().finding.isEmpty()) {
            if (verdict.result().searchIndexDamaged && !std::exchange(m_damageTold, true))
                emit searchIndexDamaged();
            return;
        }
        m_damageTold = true;
        emit portfolioDamaged(tr("%1 is damaged (the integrity check found: %2).\n\nYou can read it, but Waymark will not "
                                 "save anything to it. Restore it from a backup or an exported archive.")
                                  .arg(QDir::toNativeSeparators(path()), verdict.result().finding));
    });
}

PortfolioSession::~PortfolioSession() = default;

void PortfolioSession::follow(PortfolioStore* store)
{
    connect(store, &PortfolioStore::changed, this, &PortfolioSession::storeChanged);
    connect(store, &PortfolioStore::fileMoved, this, [this](const QString& message) {
        if (!std::exchange(m_movedTold, true))
            emit portfolioMoved(message);
    });
}

void PortfolioSession::storeChanged(PortfolioStore::Area area)
{
    m_seenCounter = m_store->changeCounter();
    m_facts.reset();
    switch (area) {
    case PortfolioStore::Area::Profile:
        m_worker.reset();
        emit profileChanged();
        break;
    case PortfolioStore::Area::Evidence:
        emit evidenceChanged();
        break;
    case PortfolioStore::Area::Judgements:
        emit judgementsChanged();
        break;
    case PortfolioStore::Area::Comments:
        emit commentsChanged();
        break;
    case PortfolioStore::Area::Sessions:
        emit sessionsChanged();
        break;
    case PortfolioStore::Area::Plan:
        emit planChanged();
        break;
    case PortfolioStore::Area::Cpd:
        emit cpdChanged();
        break;
    case PortfolioStore::Area::Cases:
        emit casesChanged();
        break;
    case PortfolioStore::Area::Anonymisation:
        break; // read afresh whenever the check runs
    }
}

bool PortfolioSession::open(const QString& path, PortfolioStore::OpenMode mode)
{
    // A fresh store, so that a file that cannot be opened leaves the current one untouched.
    // The integrity check runs while the worker reads; a change waits for its verdict.
    auto next = std::make_unique<PortfolioStore>();
    if (!next->open(path, mode, PortfolioStore::IntegrityCheck::InBackground)) {
        m_error = next->errorString();
        return false;
    }
    m_error.clear();
    next->setToday(m_today);
    m_store = std::move(next);
    follow(m_store.get());
    restart();
    return true;
}

bool PortfolioSession::openServer(const QString& uri, const QString& worker)
{
    auto next = std::make_unique<PortfolioStore>();
    if (!next->openServer(uri, worker)) {
        m_error = next->errorString();
        return false;
    }
    m_error.clear();
    next->setToday(m_today);
    m_store = std::move(next);
    follow(m_store.get());
    restart();
    return true;
}

bool PortfolioSession::switchPortfolio(const QString& worker)
{
    if (!m_store->switchPortfolio(worker)) {
        m_error = m_store->errorString();
        return false;
    }
    m_error.clear();
    restart();
    return true;
}

void PortfolioSession::restart()
{
    // Undo commands name records of the old portfolio; they must not act on the new one.
    m_undoStack->clear();
    m_worker.reset();
    m_facts.reset();
    m_seenCounter = m_store->changeCounter();
    m_damageTold = false;
    m_movedTold = false;
    m_integrityWatcher->setFuture(m_store->integrityVerdict());
    emit portfolioOpened();
}

bool PortfolioSession::isOpen() const
{
    return m_store->isOpen();
}

QString PortfolioSession::path() const
{
    return m_store->path();
}

QDate PortfolioSession::today() const
{
    return m_store->today();
}

void PortfolioSession::setToday(const QDate& today)
{
    m_today = today;
    m_store->setToday(today);
    emit profileChanged();
}

const Worker& PortfolioSession::worker()
{
    if (!m_worker)
        m_worker = m_store->worker();
    return *m_worker;
}

const PortfolioFacts& PortfolioSession::facts()
{
    if (!m_facts)
        m_facts = m_store->facts();
    return *m_facts;
}

const Pathway* PortfolioSession::workerPathway()
{
    return m_library.find(worker().pathwayId);
}

ReadinessEngine PortfolioSession::engine() const
{
    return ReadinessEngine(m_library, today());
}

std::optional<CpdCheck> PortfolioSession::regulatorCheck()
{
    const std::optional<Regulator> regulator = RegulatorCpd::regulatorOf(worker());
    if (!regulator)
        return std::nullopt;
    return RegulatorCpd::check(*m_store, *regulator, *RegulatorCpd::period(*m_store, *regulator));
}

ReadinessReport PortfolioSession::targetReadiness()
{
    return engine().evaluateTarget(facts());
}

bool PortfolioSession::checkExternalChanges()
{
    if (!isOpen() || !m_store->checkFileInPlace())
        return false;
    const qint64 counter = m_store->changeCounter();
    if (counter == m_seenCounter)
        return false;
    m_seenCounter = counter;
    m_worker.reset();
    m_facts.reset();
    emit profileChanged();
    emit evidenceChanged();
    emit judgementsChanged();
    emit commentsChanged();
    emit sessionsChanged();
    emit planChanged();
    emit cpdChanged();
    emit casesChanged();
    return true;
}

// The store announces what changed (storeChanged); a failure leaves its message here.
bool PortfolioSession::done(bool ok)
{
    if (ok)
        m_error.clear();
    else
        m_error = m_store->errorString();
    return ok;
}

qint64 PortfolioSession::doneWithId(qint64 id)
{
    done(id != 0);
    return id;
}

qint64 PortfolioSession::recordJudgement(const Judgement& judgement, const QList<qint64>& evidenceIds)
{
    if (!pathwaysLoaded({judgement.item}))
        return 0;
    return doneWithId(m_store->recordJudgement(judgement, *m_library.find(judgement.item.pathwayId), evidenceIds));
}

bool PortfolioSession::pathwaysLoaded(const QList<ItemRef>& items)
{
    for (const ItemRef& item : items)
        if (!m_library.find(item.pathwayId)) {
            m_error = tr("The pathway \"%1\" is not loaded, so its items cannot be judged.").arg(item.pathwayId);
            return false;
        }
    return true;
}

QList<qint64> PortfolioSession::judgeTogether(qsizetype count, const std::function<qint64(qsizetype)>& record)
{
    QList<qint64> ids;
    const bool saved = m_store->transaction([&] {
        for (qsizetype i = 0; i < count; ++i) {
            const qint64 id = record(i);
            if (id == 0)
                return false;
            ids << id;
        }
        return true;
    });
    done(saved);
    return saved ? ids : QList<qint64>();
}

QList<qint64> PortfolioSession::recordJudgements(const QList<Judgement>& judgements)
{
    QList<ItemRef> items;
    for (const Judgement& j : judgements)
        items << j.item;
    if (!pathwaysLoaded(items))
        return {};
    return judgeTogether(judgements.size(), [&](qsizetype i) {
        return m_store->recordJudgement(judgements[i], *m_library.find(items[i].pathwayId));
    });
}

QList<qint64> PortfolioSession::reconfirmJudgements(const QList<ItemRef>& items, const Judgement& by)
{
    if (!pathwaysLoaded(items))
        return {};
    return judgeTogether(items.size(), [&](qsizetype i) {
        return m_store->reconfirmJudgement(items[i], by, *m_library.find(items[i].pathwayId));
    });
}

qint64 PortfolioSession::addComment(const Comment& comment)
{
    return doneWithId(m_store->addComment(comment));
}
qint64 PortfolioSession::addSession(const SupervisionSession& s)
{
    return doneWithId(m_store->addSession(s));
}

qint64 PortfolioSession::submitCase(const QString& pathwayId, const QString& targetId, const CaseActor& by)
{
    return doneWithId(m_store->submitCase(m_library, pathwayId, targetId, by));
}

bool PortfolioSession::decideCase(qint64 caseId, CaseAction decision, const QString& reason, const CaseActor& by)
{
    return done(m_store->decideCase(caseId, decision, reason, by));
}

bool PortfolioSession::withdrawCase(qint64 caseId, const CaseActor& by)
{
    return done(m_store->withdrawCase(caseId, by));
}

} // namespace waymark::gui
