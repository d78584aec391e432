// Team mode at county scale: a generated organisation on a real PostgreSQL server (2,000
// workers, 1,000,000 evidence items), timed through the same store and rules as the desktop.
//   waymark-team-bench --server URI [--runs N]
// URI is a superuser's (bench/run-team-benchmark.sh starts a throwaway server). Prints a
// Markdown table; docs/performance.md keeps the figures.
#include "waymark/Caseload.h"
#include "waymark/Pathway.h"
#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/TeamServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace waymark;

namespace {

constexpr int workers = 2000;
constexpr int evidencePerWorker = 500;
constexpr int supervisees = 15;
constexpr int readList = 300;
constexpr int clients = 50;
constexpr int addsPerClient = 40;
const QString password = QStringLiteral("bench password 2026");

QTextStream out(stdout);

[[noreturn]] void die(const QString& why)
{
    QTextStream(stderr) << "waymark-team-bench: " << why << "\n";
    std::exit(1);
}

void run(QSqlDatabase& db, const QString& sql, const QVariantList& binds = {})
{
    QSqlQuery q(db);
    // SET and CREATE ROLE cannot be prepared: only statements with values are.
    bool ok = binds.isEmpty() ? q.exec(sql) : q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!binds.isEmpty())
        ok = ok && q.exec();
    if (!ok)
        die(q.lastError().text() + QStringLiteral("\n") + sql.left(300));
}

QString as(const QString& base, const QString& login)
{
    QUrl url(base);
    url.setUserName(login);
    url.setPassword(password);
    return url.toString(QUrl::FullyEncoded);
}

// The organisation, written in bulk as the superuser with the per-row triggers off; the counts
// they keep are then filled in one statement each, as the migration fills a portfolio file's.
void generate(TeamServer& admin, const Pathway& camden)
{
    QSqlDatabase& db = admin.connection();
    QStringList items;
    for (const Step& step : camden.steps)
        for (const Group& group : step.groups)
            for (const Item& item : group.items)
                items << item.id;
    QElapsedTimer timer;
    timer.start();
    const QStringList sql{
        QStringLiteral("INSERT INTO team_people (login, name, team_role) SELECT 'w' || g, 'Worker ' || g, 'worker'"
                       " FROM generate_series(1, %1) g").arg(workers),
        QStringLiteral("INSERT INTO team_people (login, name, team_role) SELECT 's' || g, 'Supervisor ' || g, 'supervisor'"
                       " FROM generate_series(1, %1) g").arg((workers + supervisees - 1) / supervisees),
        QStringLiteral("INSERT INTO team_people (login, name, team_role) SELECT 'h' || g, 'Head of service ' || g,"
                       " 'head-of-service' FROM generate_series(1, %1) g").arg((workers + readList - 1) / readList),
        QStringLiteral("INSERT INTO team_assignments (holder, worker, relation) SELECT 's' || ((g - 1) / %2 + 1), 'w' || g,"
                       " 'supervisor' FROM generate_series(1, %1) g").arg(workers).arg(supervisees),
        QStringLiteral("INSERT INTO team_assignments (holder, worker, relation) SELECT 'h' || ((g - 1) / %2 + 1), 'w' || g,"
                       " 'reader' FROM generate_series(1, %1) g").arg(workers).arg(readList),
        QStringLiteral("SET session_replication_role = replica"),
        QStringLiteral("INSERT INTO worker (owner, name, profession, qualified_on, pathway_id, current_step, target_step)"
                       " SELECT 'w' || g, 'Worker ' || g, 'social-worker', '2021-07-01', 'camden-launch-pad', 'social-worker',"
                       " 'advanced-social-worker' FROM generate_series(1, %1) g").arg(workers),
        QStringLiteral("INSERT INTO evidence (owner, id, version, title, date_from, kind, source, narrative, reflection, saved_at)"
                       " SELECT 'w' || w, e, 1, 'Home visit ' || e || ' with the family and their social network',"
                       " to_char(date '2023-01-01' + (e * 7 + w) % 1300, 'YYYY-MM-DD'),"
                       " (ARRAY['direct-practice', 'observation', 'colleague-feedback', 'supervision', 'reflection'])[1 + e % 5],"
                       " (ARRAY['case work', 'team manager', 'colleague', 'training'])[1 + e % 4],"
                       " 'I visited the family with the health visitor. We agreed a plan for the children, reviewed the"
                       " safety plan and recorded the outcome. Visit ' || e || '.',"
                       " 'What I learnt: planning the visit with partners early made the conversation easier.',"
                       " '2025-01-01T09:00:00.000Z' FROM generate_series(1, %1) w, generate_series(1, %2) e")
            .arg(workers).arg(evidencePerWorker),
        QStringLiteral("INSERT INTO mappings (owner, id, evidence_id, pathway_id, item_id)"
                       " SELECT owner, id, id, 'camden-launch-pad', (?::text[])[1 + (id + length(owner)) % ?] FROM evidence"),
        // Ten decisions and one item awaiting review per worker.
        QStringLiteral("INSERT INTO judgements (owner, id, pathway_id, item_id, verdict, by_login, by_name, made_on, pathway_version,"
                       " statement, recorded_at) SELECT 'w' || w, i, 'camden-launch-pad', (?::text[])[i],"
                       " CASE WHEN i = 11 THEN 'ready-for-review' ELSE 'reached' END,"
                       " 's' || ((w - 1) / %2 + 1), 'Supervisor', '2025-06-01', '1.0', 'Statement', '2025-06-01T10:00:00.000Z'"
                       " FROM generate_series(1, %1) w, generate_series(1, 11) i").arg(workers).arg(supervisees),
        QStringLiteral("INSERT INTO item_kind_counts (owner, pathway_id, item_id, kind, n) SELECT m.owner, m.pathway_id, m.item_id,"
                       " e.kind, count(*) FROM mappings m JOIN evidence e ON e.owner = m.owner AND e.id = m.evidence_id"
                       " GROUP BY 1, 2, 3, 4"),
        QStringLiteral("INSERT INTO item_source_counts (owner, pathway_id, item_id, source, n) SELECT m.owner, m.pathway_id,"
                       " m.item_id, e.source, count(*) FROM mappings m JOIN evidence e ON e.owner = m.owner AND e.id = m.evidence_id"
                       " GROUP BY 1, 2, 3, 4"),
        QStringLiteral("SET session_replication_role = DEFAULT"),
        // As a server in use would be: its tables vacuumed (autovacuum would otherwise do it,
        // after a load this size, during the timings) and their statistics read.
        QStringLiteral("VACUUM (ANALYZE)"),
    };
    const QString itemArray = QStringLiteral("{") + items.join(QLatin1Char(',')) + QLatin1Char('}');
    for (const QString& statement : sql) {
        QVariantList binds;
        if (statement.contains(QLatin1String("?::text[]")))
            binds << itemArray;
        if (statement.contains(QLatin1String("% ?")))
            binds << int(items.size());
        run(db, statement, binds);
    }
    for (const QString& login : {QStringLiteral("s1"), QStringLiteral("h1")})
        run(db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE waymark_member").arg(login, password));
    for (int w = 1; w <= clients; ++w)
        run(db, QStringLiteral("CREATE ROLE w%1 LOGIN PASSWORD '%2' IN ROLE waymark_member").arg(w).arg(password));
    out << QStringLiteral("Generated %1 workers, %2 evidence items, %3 judgements in %4 s.\n\n")
               .arg(workers).arg(workers * evidencePerWorker).arg(workers * 11).arg(timer.elapsed() / 1000.0, 0, 'f', 1);
}

struct Figures
{
    QList<double> ms;
    double percentile(double p) const
    {
        QList<double> sorted = ms;
        std::sort(sorted.begin(), sorted.end());
        return sorted.isEmpty() ? 0 : sorted[std::min(qsizetype(p * double(sorted.size())), sorted.size() - 1)];
    }
};

Figures timeCaseload(const QString& uri, const PathwayLibrary& library, int runs, int expected)
{
    PortfolioStore store;
    if (!store.openServer(uri))
        die(store.errorString());
    Figures f;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const QList<CaseloadEntry> entries = Caseload::read(store, library, QDate(2026, 12, 1));
        f.ms << double(t.nsecsElapsed()) / 1e6;
        if (entries.size() != expected || !entries.first().error.isEmpty() || entries.first().awaitingReview != 1)
            die(QStringLiteral("unexpected caseload from %1 (%2 entries)").arg(uri).arg(entries.size()));
    }
    return f;
}

// Each client is a worker adding evidence to their own portfolio. Together: the 50 add at the
// same moment, 40 times over, each round once all 50 are done (50 people pressing Save at
// once). Without pause: each adds its 40 one after another, so 50 adds are always in flight
// (a load far above a county's; it shows what the server sustains).
enum class Pace { Together, WithoutPause };

// The clients' turns: a round starts when every client has finished the one before.
class Rounds
{
public:
    explicit Rounds(int clients) : m_clients(clients) {}
    void finishRound()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        const int round = m_round;
        if (++m_done == m_clients) {
            m_done = 0;
            ++m_round;
            m_next.notify_all();
        } else {
            m_next.wait(lock, [&] { return m_round != round; });
        }
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_next;
    const int m_clients;
    int m_done = 0;
    int m_round = 0;
};

struct AddFigures
{
    Figures latency;
    double addsPerSecond = 0;
};

AddFigures timeConcurrentAdds(const QString& base, Pace pace)
{
    std::vector<std::thread> threads;
    std::vector<QList<double>> latencies(clients);
    std::atomic<int> failures{0};
    Rounds rounds(clients);
    std::vector<std::pair<qint64, qint64>> spans(clients); // each client's first add's start, last add's end
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < clients; ++c)
        threads.emplace_back([&, c] {
            PortfolioStore store;
            const bool open = store.openServer(as(base, QStringLiteral("w%1").arg(c + 1)));
            if (!open)
                ++failures;
            rounds.finishRound(); // everyone signed in before the first add: signing in is not adding
            for (int i = 0; i < addsPerClient && open; ++i) {
                Evidence e;
                e.title = QStringLiteral("Concurrent visit %1").arg(i);
                e.date = QDate(2026, 11, 2);
                e.kind = EvidenceKind::DirectPractice;
                e.narrative = QStringLiteral("Recorded while 49 colleagues record theirs.");
                QElapsedTimer t;
                t.start();
                if (i == 0)
                    spans[c].first = clock.nsecsElapsed();
                if (store.addEvidence(e, {{0, 0, {QStringLiteral("camden-launch-pad"),
                                                  QStringLiteral("advanced-social-worker-req-supporting-colleagues")}, {}}}) == 0)
                    ++failures;
                latencies[c] << double(t.nsecsElapsed()) / 1e6;
                spans[c].second = clock.nsecsElapsed();
                if (pace == Pace::Together)
                    rounds.finishRound();
            }
        });
    for (std::thread& t : threads)
        t.join();
    if (failures > 0)
        die(QStringLiteral("%1 concurrent adds failed").arg(failures.load()));
    AddFigures f;
    for (const QList<double>& l : latencies)
        f.latency.ms += l;
    const qint64 first = std::min_element(spans.begin(), spans.end())->first;
    const qint64 last = std::max_element(spans.begin(), spans.end(), [](auto a, auto b) { return a.second < b.second; })->second;
    f.addsPerSecond = double(f.latency.ms.size()) / (double(last - first) / 1e9);
    return f;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("A superuser's libpq URI."), QStringLiteral("URI"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each read (default 20)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption addsOnly(QStringLiteral("adds-only"), QStringLiteral("Time only the concurrent adds."));
    parser.addOptions({server, runsOption, addsOnly});
    parser.process(app);
    const QString base = parser.value(server);
    const int runs = parser.value(runsOption).toInt();
    PathwayLibrary library;
    library.load(QStringLiteral("-"));
    const Pathway* camden = library.find(QStringLiteral("camden-launch-pad"));
    if (!camden || base.isEmpty())
        die(QStringLiteral("give --server URI (and the bundled pathways must load)"));
    {
        TeamServer admin;
        if (!admin.connect(base) || !admin.init())
            die(admin.lastError().message());
        // A database that holds the organisation already (a second run on a kept server) is timed as it is.
        QSqlQuery existing(admin.connection());
        if (!existing.exec(QStringLiteral("SELECT count(*) FROM team_people WHERE team_role = 'worker'")) || !existing.next())
            die(existing.lastError().text());
        if (existing.value(0).toInt() == 0)
            generate(admin, *camden);
        else
            out << QStringLiteral("Timing the organisation already on the server (%1 workers).\n\n").arg(existing.value(0).toInt());
    }
    const bool reads = !parser.isSet(addsOnly);
    const Figures home = reads ? timeCaseload(as(base, QStringLiteral("s1")), library, runs, supervisees) : Figures{};
    const Figures list = reads ? timeCaseload(as(base, QStringLiteral("h1")), library, std::max(3, runs / 4), readList) : Figures{};
    const AddFigures together = timeConcurrentAdds(base, Pace::Together);
    const AddFigures withoutPause = timeConcurrentAdds(base, Pace::WithoutPause);
    out << "| Measure | Target | Median | p95 | Runs |\n|---|---|---|---|---|\n";
    auto row = [](const char* what, const char* target, const Figures& f) {
        out << "| " << what << " | " << target << " | " << QString::number(f.percentile(0.5), 'f', 1) << " ms | "
            << QString::number(f.percentile(0.95), 'f', 1) << " ms | " << f.ms.size() << " |\n";
    };
    if (reads) {
        row("Supervisor's home: 15 supervisees' readiness and reviews", "< 300 ms", home);
        row("Head of service's readiness list: 300 workers", "< 2 s", list);
    }
    row("Adding evidence: 50 clients save at the same moment (each add)", "p95 < 50 ms", together.latency);
    row(qPrintable(QStringLiteral("Adding evidence: 50 clients without pause (each add; %1 adds/s)")
                       .arg(withoutPause.addsPerSecond, 0, 'f', 0)), "p95 < 50 ms", withoutPause.latency);
    return 0;
}
