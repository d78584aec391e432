#include "SyntheticPortfolio.h"

#include "SyntheticText.h"

#include "waymark/PathwayLibrary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <algorithm>
#include <cstring>
#include <vector>

#ifndef WAYMARK_BENCH_CACHE_DIR
#define WAYMARK_BENCH_CACHE_DIR "bench-portfolios"
#endif

namespace waymark::bench {

int PortfolioSpec::judgementCount() const
{
    return judgements >= 0 ? judgements : std::max(20, std::min(500, evidence / 2));
}

QString PortfolioSpec::fileName() const
{
    // The schema version too: a file cached before a format change would be migrated (and
    // backed up) by the first program that opens it, which is not what a benchmark measures.
    return QStringLiteral("portfolio-e%1-j%2-s%3-f%4-g%5.waymark")
        .arg(evidence).arg(judgementCount()).arg(seed).arg(PortfolioStore::schemaVersion).arg(generatorVersion);
}

namespace {

const PathwayLibrary& library()
{
    static PathwayLibrary* lib = [] {
        auto* l = new PathwayLibrary;
        l->load(QStringLiteral("-"));
        return l;
    }();
    return *lib;
}

const Pathway& pathway()
{
    return *library().find(QLatin1String(syntheticPathwayId));
}

// The items evidence is mapped to: the current step's and, twice as often, the target's.
struct ItemChoice
{
    QStringList ids;
    std::vector<double> cdf;
    ItemChoice()
    {
        const Pathway& p = pathway();
        double sum = 0;
        for (const QString& step : {QStringLiteral("r6"), QStringLiteral("r7")})
            for (const QString& id : p.assessableIds(step)) {
                ids << id;
                sum += step == QLatin1String("r7") ? 2.0 : 1.0;
                cdf.push_back(sum);
            }
        for (double& c : cdf)
            c /= sum;
    }
    int pick(Random& r) const
    {
        const double u = r.uniform();
        return int(std::min<size_t>(size_t(std::lower_bound(cdf.begin(), cdf.end(), u) - cdf.begin()), cdf.size() - 1));
    }
};

const ItemChoice& items()
{
    static const ItemChoice c;
    return c;
}

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QString isoTime(const QDate& d, int secondsIntoDay)
{
    return QDateTime(d, QTime(0, 0).addSecs(secondsIntoDay % 86400), Qt::UTC).toString(Qt::ISODateWithMs);
}

const QDate firstDay(2023, 3, 1);
const QDate lastDay(2026, 3, 1);

// Text columns hold '' for "nothing", as PortfolioStore writes them; only an explicit null
// QVariant (nullText(), nullInt()) becomes SQL NULL.
QVariant value(const QString& s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}
QVariant value(const QVariant& v)
{
    return v;
}
template <typename T>
QVariant value(const T& v)
{
    return QVariant(v);
}

class Inserter
{
public:
    Inserter(QSqlDatabase& db, const QString& sql) : m_q(db)
    {
        m_ok = m_q.prepare(sql);
    }
    bool ok() const { return m_ok; }
    QString error() const { return m_q.lastError().text(); }
    template <typename... Values>
    bool run(const Values&... values)
    {
        int i = 0;
        (m_q.bindValue(i++, value(values)), ...);
        return m_q.exec();
    }
    QSqlQuery& query() { return m_q; }

private:
    QSqlQuery m_q;
    bool m_ok = false;
};

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullInt()
{
    return QVariant(QMetaType(QMetaType::LongLong));
}

bool writeProfile(PortfolioStore& store, QString* error)
{
    Worker w;
    w.name = QStringLiteral("Alex Practitioner");
    w.profession = QStringLiteral("social-worker");
    w.registrationBody = QStringLiteral("Social Work England");
    w.registrationNumber = QStringLiteral("SW123456");
    w.qualified = QDate(2018, 7, 1);
    w.pathwayId = QLatin1String(syntheticPathwayId);
    w.currentStep = QStringLiteral("r6");
    w.targetStep = QStringLiteral("r7");
    w.supervisorName = QStringLiteral("Morgan Lee");
    w.supervisorRole = QStringLiteral("Team manager");
    bool ok = store.saveWorker(w);
    ok = ok && store.addRole({0, QStringLiteral("Social Worker"), QStringLiteral("Range 5"), QDate(2018, 9, 1), QDate(2021, 12, 31), false}) > 0;
    ok = ok && store.addRole({0, QStringLiteral("Social Worker"), QStringLiteral("Range 6"), QDate(2022, 1, 1), {}, true}) > 0;
    ok = ok && store.addAward({0, QStringLiteral("bia"), QStringLiteral("Best Interest Assessor"), AwardRecord::Status::InProgress, {}}) > 0;
    ok = ok && store.addAward({0, QStringLiteral("peps1"), QStringLiteral("Practice Educator stage 1"), AwardRecord::Status::Held, QDate(2021, 6, 30)}) > 0;
    SyntheticText text(99);
    for (int i = 0; ok && i < 8; ++i) {
        PlanItem p;
        p.activity = text.sentence(5, 10);
        p.linkedItems = {ItemRef{QLatin1String(syntheticPathwayId), items().ids.at(i * 3 % items().ids.size())}};
        p.targetDate = QDate(2026, 1, 1).addMonths(i);
        p.status = PlanItem::Status(i % 4);
        ok = store.addPlanItem(p) > 0;
    }
    ok = ok && store.setPrivateNames({QStringLiteral("Jordan Example"), QStringLiteral("Casey Sample"), QStringLiteral("Riley Placeholder")});
    if (!ok && error)
        *error = store.errorString();
    return ok;
}

struct JudgementPlan
{
    int item = 0;
    QDate date;
    Verdict verdict = Verdict::ReadyForReview;
};

// Per item: ready for review, reached, ready for review, reached... with "not yet reached"
// before the first "reached" on every fifth item; an odd count ends awaiting review.
QList<JudgementPlan> planJudgements(int count, Random& r)
{
    const int itemCount = int(items().ids.size());
    QList<JudgementPlan> plan;
    const int span = int(firstDay.daysTo(lastDay)) - 60;
    for (int item = 0; item < itemCount; ++item) {
        const int n = count / itemCount + (item < count % itemCount ? 1 : 0);
        for (int k = 0; k < n; ++k) {
            const int base = 60 + int(qint64(span) * (k + 1) / (n + 1));
            plan << JudgementPlan{item, firstDay.addDays(std::clamp(base + r.between(-10, 10), 1, span + 59)), Verdict::ReadyForReview};
        }
    }
    std::stable_sort(plan.begin(), plan.end(), [](const JudgementPlan& a, const JudgementPlan& b) { return a.date < b.date; });
    // Verdicts in each item's own order of dates.
    QList<int> seen(itemCount, 0);
    for (JudgementPlan& j : plan) {
        const int k = seen[j.item]++;
        j.verdict = (j.item % 5 == 0 && k == 1) ? Verdict::NotYetReached : (k % 2 == 0 ? Verdict::ReadyForReview : Verdict::Reached);
    }
    return plan;
}

bool bulkInsert(QSqlDatabase& db, const PortfolioSpec& spec, GenerationStats& st, QString* error)
{
    const Pathway& p = pathway();
    const QString pid = p.id;
    const int n = spec.evidence;
    SyntheticText text(spec.seed * 7919 + 17);
    Random& r = text.random();
    auto fail = [&](const QString& what, const QString& why) {
        if (error)
            *error = what + QStringLiteral(": ") + why;
        return false;
    };

    Inserter ev(db, QStringLiteral("INSERT INTO evidence (id, version, title, date_from, date_to, kind, source, narrative, reflection, saved_at, deleted_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter ver(db, QStringLiteral("INSERT INTO evidence_versions (evidence_id, version, title, date_from, date_to, kind, source, narrative, reflection, saved_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter map(db, QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id, note) VALUES (?, ?, ?, ?)"));
    Inserter att(db, QStringLiteral("INSERT INTO attachments (evidence_id, name, media_type, size, sha256, data, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (Inserter* i : {&ev, &ver, &map, &att})
        if (!i->ok())
            return fail(QStringLiteral("prepare"), i->error());

    const QList<EvidenceKind> kinds = allEvidenceKinds();
    // Kind weights: mostly direct practice, then feedback, supervision, reflection, training.
    const int kindWeights[] = {30, 8, 8, 10, 12, 10, 12, 5, 5};
    int kindTotal = 0;
    for (int w : kindWeights)
        kindTotal += w;
    std::vector<std::vector<int>> mappedTo(size_t(items().ids.size())); // evidence ids per item, ascending
    QStringList titles;
    titles.reserve(n);
    const int span = int(firstDay.daysTo(lastDay));
    const QStringList notes = {QString(), QStringLiteral("Shows this in practice"), QStringLiteral("Discussed in supervision"),
                               QStringLiteral("See the reflection"), QString()};
    const char* const mediaTypes[][2] = {{"pdf", "application/pdf"}, {"jpg", "image/jpeg"},
                                         {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}};
    for (int id = 1; id <= n; ++id) {
        const QDate date = firstDay.addDays(qint64(span) * (id - 1) / std::max(1, n));
        const QString title = text.title();
        titles << title;
        int roll = r.between(0, kindTotal - 1), k = 0;
        while (roll >= kindWeights[k])
            roll -= kindWeights[k++];
        const QString kind = evidenceKindId(kinds.at(k));
        const QString source = text.source();
        const QVariant dateTo = r.chance(0.1) ? QVariant(isoDate(date.addDays(r.between(7, 90)))) : nullText();
        const QString narrative = text.narrative();
        const QString reflection = text.reflection();
        const QString saved = isoTime(date.addDays(r.between(0, 6)), 9 * 3600 + r.between(0, 8 * 3600));
        const bool edited = r.chance(0.04);
        const bool deleted = r.chance(0.01);
        QString finalNarrative = narrative;
        QString finalSaved = saved;
        if (edited) {
            finalNarrative += QStringLiteral("\n\nUpdated after supervision: ") + text.paragraph(2, 3);
            finalSaved = isoTime(lastDay.addDays(r.between(0, 10)), 10 * 3600 + id % 3600);
        }
        const QVariant deletedAt = deleted ? QVariant(isoTime(lastDay.addDays(11), 11 * 3600 + id % 3600)) : nullText();
        if (!ev.run(qint64(id), edited ? 2 : 1, title, isoDate(date), dateTo, kind, source, finalNarrative, reflection, finalSaved, deletedAt))
            return fail(QStringLiteral("evidence"), ev.error());
        if (!ver.run(qint64(id), 1, title, isoDate(date), dateTo, kind, source, narrative, reflection, saved))
            return fail(QStringLiteral("evidence version"), ver.error());
        ++st.evidence;
        ++st.versions;
        if (edited) {
            if (!ver.run(qint64(id), 2, title, isoDate(date), dateTo, kind, source, finalNarrative, reflection, finalSaved))
                return fail(QStringLiteral("evidence version"), ver.error());
            ++st.versions;
        }
        // 1 to 4 distinct items: 40%, 30%, 20%, 10%.
        const double m = r.uniform();
        const int mapCount = m < 0.4 ? 1 : m < 0.7 ? 2 : m < 0.9 ? 3 : 4;
        QList<int> chosen;
        while (chosen.size() < mapCount) {
            const int item = items().pick(r);
            if (!chosen.contains(item))
                chosen << item;
        }
        for (int item : chosen) {
            if (!map.run(qint64(id), pid, items().ids.at(item), notes.at(r.between(0, int(notes.size()) - 1))))
                return fail(QStringLiteral("mapping"), map.error());
            mappedTo[size_t(item)].push_back(id);
            ++st.mappings;
        }
        if (r.chance(0.015)) {
            for (int a = r.chance(0.25) ? 2 : 1; a > 0; --a) {
                const auto& type = mediaTypes[r.between(0, 2)];
                QByteArray data(r.between(8, 64) * 1024, Qt::Uninitialized);
                for (qsizetype b = 0; b + 8 <= data.size(); b += 8) {
                    const std::uint64_t v = r.next();
                    memcpy(data.data() + b, &v, 8);
                }
                const QString name = QStringLiteral("evidence-%1-%2.%3").arg(id).arg(a).arg(QLatin1String(type[0]));
                const QString sha = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
                if (!att.run(qint64(id), name, QString::fromLatin1(type[1]), qint64(data.size()), sha, data, saved))
                    return fail(QStringLiteral("attachment"), att.error());
                ++st.attachments;
            }
        }
    }

    // Supervision sessions, evenly over the period.
    const int judgementCount = spec.judgementCount();
    const int sessionCount = std::max(6, judgementCount / 4);
    Inserter ses(db, QStringLiteral("INSERT INTO sessions (id, held_on, supervisor, supervisor_role, notes) VALUES (?, ?, ?, ?, ?)"));
    Inserter sesItem(db, QStringLiteral("INSERT OR IGNORE INTO session_items (owner_id, pathway_id, item_id) VALUES (?, ?, ?)"));
    QList<QDate> sessionDates;
    for (int s = 1; s <= sessionCount; ++s) {
        const QDate d = firstDay.addDays(qint64(span) * s / (sessionCount + 1));
        sessionDates << d;
        if (!ses.run(qint64(s), isoDate(d), QStringLiteral("Morgan Lee"), QStringLiteral("Team manager"), text.paragraph(2, 4)))
            return fail(QStringLiteral("session"), ses.error());
        for (int k = r.between(2, 5); k > 0; --k)
            if (!sesItem.run(qint64(s), pid, items().ids.at(items().pick(r))))
                return fail(QStringLiteral("session item"), sesItem.error());
        ++st.sessions;
    }

    // Judgements, oldest first, each relying on the evidence mapped to its item by then
    // (PortfolioStore::recordJudgement's default, which the sign-off dialog uses).
    Inserter jud(db, QStringLiteral("INSERT INTO judgements (id, pathway_id, item_id, verdict, by_name, by_role, made_on, comment, session_id,"
                                    " pathway_version, statement, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter jev(db, QStringLiteral("INSERT INTO judgement_evidence (judgement_id, evidence_id, evidence_version, title) VALUES (?, ?, ?, ?)"));
    const QList<JudgementPlan> plan = planJudgements(judgementCount, r);
    qint64 jid = 0;
    for (const JudgementPlan& j : plan) {
        ++jid;
        const QString itemId = items().ids.at(j.item);
        QVariant session = nullInt();
        if (r.chance(0.6)) {
            const auto it = std::upper_bound(sessionDates.begin(), sessionDates.end(), j.date);
            if (it != sessionDates.begin())
                session = qint64(it - sessionDates.begin()); // ids are 1-based: the last session on or before
        }
        const QString comment = r.chance(0.5) ? text.sentence(6, 16) : QString(QLatin1String(""));
        if (!jud.run(jid, pid, itemId, verdictId(j.verdict), QStringLiteral("Morgan Lee"), QStringLiteral("Team manager"), isoDate(j.date),
                     comment, session, p.version, p.statementOf(itemId), isoTime(j.date, 15 * 3600 + int(jid % 3600))))
            return fail(QStringLiteral("judgement"), jud.error());
        ++st.judgements;
        // Evidence dated on or before the judgement: ids 1..cutoff.
        const int cutoff = int(std::min<qint64>(n, qint64(firstDay.daysTo(j.date)) * n / std::max(1, span) + 1));
        for (int evidenceId : mappedTo[size_t(j.item)]) {
            if (evidenceId > cutoff)
                break;
            if (!jev.run(jid, qint64(evidenceId), 1, titles.at(evidenceId - 1)))
                return fail(QStringLiteral("judgement evidence"), jev.error());
            ++st.judgementEvidence;
        }
    }

    // Comments from the worker and the manager on items.
    Inserter com(db, QStringLiteral("INSERT INTO comments (pathway_id, item_id, author, author_role, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    const int commentCount = std::clamp(n / 20, 10, 2000);
    for (int c = 0; c < commentCount; ++c) {
        const bool manager = c % 2 == 0;
        const QDate d = firstDay.addDays(qint64(span) * c / commentCount);
        if (!com.run(pid, items().ids.at(items().pick(r)), manager ? QStringLiteral("Morgan Lee") : QStringLiteral("Alex Practitioner"),
                     manager ? QStringLiteral("manager") : QStringLiteral("worker"), text.paragraph(1, 3), isoTime(d, 12 * 3600 + c % 3600)))
            return fail(QStringLiteral("comment"), com.error());
        ++st.comments;
    }

    // CPD log.
    Inserter cpd(db, QStringLiteral("INSERT INTO cpd_entries (done_on, activity, hours, notes, evidence_id) VALUES (?, ?, ?, ?, ?)"));
    const int cpdCount = std::clamp(n / 100, 10, 300);
    for (int c = 0; c < cpdCount; ++c) {
        const QDate d = firstDay.addDays(qint64(span) * c / cpdCount);
        const QVariant linked = r.chance(0.3) ? QVariant(qint64(r.between(1, n))) : nullInt();
        if (!cpd.run(isoDate(d), text.title(), 0.5 * r.between(1, 14), text.sentence(6, 18), linked))
            return fail(QStringLiteral("CPD entry"), cpd.error());
        ++st.cpdEntries;
    }
    return true;
}

bool verify(const QString& path, const PortfolioSpec& spec, QString* error)
{
    PortfolioStore store;
    if (!store.open(path, PortfolioStore::OpenMode::OpenExisting)) {
        *error = QStringLiteral("the generated file does not open: ") + store.errorString();
        return false;
    }
    if (store.evidenceCount(true) != spec.evidence) {
        *error = QStringLiteral("the generated file holds %1 evidence records, not %2").arg(store.evidenceCount(true)).arg(spec.evidence);
        return false;
    }
    // A rare word from the middle record's narrative must find that record.
    const qint64 probe = (spec.evidence + 1) / 2;
    const std::optional<Evidence> e = store.evidence(probe);
    if (!e) {
        *error = store.errorString();
        return false;
    }
    QString rarest;
    for (const QString& w : e->narrative.split(QRegularExpression(QStringLiteral("[^\\w'-]+")), Qt::SkipEmptyParts))
        if (w.size() > rarest.size())
            rarest = w;
    EvidenceFilter f;
    f.text = rarest;
    f.includeDeleted = true;
    bool found = false;
    for (const Evidence& hit : store.findEvidence(f))
        found = found || hit.id == probe;
    if (!found) {
        *error = QStringLiteral("full-text search for \"%1\" did not find evidence %2 that contains it").arg(rarest).arg(probe);
        return false;
    }
    if (store.worker().pathwayId != QLatin1String(syntheticPathwayId)) {
        *error = QStringLiteral("the generated worker is not on %1").arg(QLatin1String(syntheticPathwayId));
        return false;
    }
    return true;
}

} // namespace

bool generatePortfolio(const QString& path, const PortfolioSpec& spec, QString* error, GenerationStats* stats)
{
    QString ignored;
    if (!error)
        error = &ignored;
    QElapsedTimer timer;
    timer.start();
    if (!library().find(QLatin1String(syntheticPathwayId))) {
        *error = QStringLiteral("the bundled pathway %1 is not loaded").arg(QLatin1String(syntheticPathwayId));
        return false;
    }
    {
        PortfolioStore store;
        if (!store.open(path, PortfolioStore::OpenMode::CreateNew)) {
            *error = store.errorString();
            return false;
        }
        if (!writeProfile(store, error))
            return false;
    }
    GenerationStats st;
    {
        const QString connection = QStringLiteral("waymark-generator-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            if (!db.open()) {
                *error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                // No journal while generating: the file is thrown away if this fails.
                ok = q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.exec(QStringLiteral("PRAGMA synchronous = OFF"))
                    && q.exec(QStringLiteral("PRAGMA cache_size = -262144")) && q.exec(QStringLiteral("BEGIN"));
                if (!ok)
                    *error = q.lastError().text();
                ok = ok && bulkInsert(db, spec, st, error);
                if (ok && !q.exec(QStringLiteral("COMMIT"))) {
                    *error = q.lastError().text();
                    ok = false;
                }
                // Leave it as the application keeps it: write-ahead log, fresh statistics.
                ok = ok && q.exec(QStringLiteral("PRAGMA optimize")) && q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
                if (!ok && error->isEmpty())
                    *error = q.lastError().text();
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!ok)
            return false;
    }
    if (!verify(path, spec, error))
        return false;
    st.seconds = timer.elapsed() / 1000.0;
    if (stats)
        *stats = st;
    return true;
}

QString cacheFolder()
{
    const QString env = qEnvironmentVariable("WAYMARK_BENCH_CACHE");
    return env.isEmpty() ? QStringLiteral(WAYMARK_BENCH_CACHE_DIR) : env;
}

QString cachedPortfolio(const PortfolioSpec& spec, QString* error, bool* generated, GenerationStats* stats)
{
    if (generated)
        *generated = false;
    const QString folder = cacheFolder();
    const QString path = QDir(folder).filePath(spec.fileName());
    if (QFileInfo::exists(path))
        return path;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return QString();
    }
    // Made under a temporary name and renamed when verified: an interrupted run caches nothing.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(partial + suffix);
    if (!generatePortfolio(partial, spec, error, stats)) {
        QFile::remove(partial);
        return QString();
    }
    if (!QFile::rename(partial, path)) {
        if (error)
            *error = QStringLiteral("cannot rename %1 to %2").arg(partial, path);
        return QString();
    }
    if (generated)
        *generated = true;
    return path;
}

Evidence sampleEvidence(std::uint64_t seed, int index)
{
    SyntheticText text(seed * 104729 + std::uint64_t(index));
    Evidence e;
    e.title = text.title();
    e.date = QDate(2026, 3, 2).addDays(index % 10);
    e.kind = allEvidenceKinds().at(index % allEvidenceKinds().size());
    e.source = text.source();
    e.narrative = text.narrative();
    e.reflection = text.reflection();
    return e;
}

QList<Mapping> sampleMappings(int index)
{
    const QStringList& ids = items().ids;
    const int a = index % int(ids.size());
    const int b = (index * 7 + 3) % int(ids.size());
    const int second = b == a ? (a + 1) % int(ids.size()) : b;
    return {Mapping{0, 0, {QLatin1String(syntheticPathwayId), ids.at(a)}, QStringLiteral("Shows this in practice")},
            Mapping{0, 0, {QLatin1String(syntheticPathwayId), ids.at(second)}, QString()}};
}

QList<SearchQuery> searchQueries()
{
    // Chosen by frequency rank in the generated text; the benchmark reports how many match.
    return {
        {"common", SyntheticText::wordAtRank(120)},   // a practice word in a large share of records
        {"typical", SyntheticText::wordAtRank(420)},  // a practice word in a few percent
        {"two-words", SyntheticText::wordAtRank(300) + QLatin1Char(' ') + SyntheticText::wordAtRank(500)},
        {"rare", SyntheticText::wordAtRank(15000)},   // a word from the long tail
    };
}

} // namespace waymark::bench
