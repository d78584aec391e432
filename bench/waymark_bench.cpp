// Waymark's benchmarks: pathways, the portfolio store, search, readiness and the panel PDF,
// on synthetic portfolios of 100, 5,000 and 100,000 evidence records (and the 10,000-record,
// 500-judgement portfolio of issue 4). Portfolios are generated on first use and cached under
// the build folder (see SyntheticPortfolio.h); every benchmark works on a copy.
//
// Run all: build-bench/bench/waymark_bench        (bash bench/run-benchmarks.sh runs this
// with the sqlite3 and Qt floors and prints every figure).
#include "SyntheticPortfolio.h"

#include "waymark/PanelReport.h"
#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Progress.h"
#include "waymark/Readiness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace waymark;
using namespace waymark::bench;

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

QString workFolder()
{
    static const QString folder = [] {
        const QString f = QDir(cacheFolder()).filePath(QStringLiteral("work-%1").arg(QCoreApplication::applicationPid()));
        QDir().mkpath(f);
        return f;
    }();
    return folder;
}

void removePortfolio(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// A private copy of the cached portfolio, flushed to disk before anything is timed so that
// the copy's write-back does not compete with the measured work.
QString copyOf(const QString& source, const QString& name)
{
    const QString path = QDir(workFolder()).filePath(name);
    removePortfolio(path);
    if (!QFile::copy(source, path))
        return QString();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    ::sync();
    return path;
}

PortfolioSpec specFor(int evidence, int judgements = -1)
{
    PortfolioSpec s;
    s.evidence = evidence;
    s.judgements = judgements;
    return s;
}

// The cached portfolio for spec, generated on first use (not timed).
QString cached(benchmark::State& state, const PortfolioSpec& spec)
{
    static QHash<QString, QString> paths;
    const QString key = spec.fileName();
    if (!paths.contains(key)) {
        QString error;
        bool generated = false;
        GenerationStats st;
        const QString path = cachedPortfolio(spec, &error, &generated, &st);
        if (path.isEmpty()) {
            state.SkipWithError(qPrintable(QStringLiteral("cannot generate the portfolio: ") + error));
            return QString();
        }
        if (generated)
            std::fprintf(stderr, "generated %s in %.1f s\n", qPrintable(path), st.seconds);
        paths.insert(key, path);
    }
    return paths.value(key);
}

// One shared read copy per portfolio for the benchmarks that only read.
QString readCopy(benchmark::State& state, const PortfolioSpec& spec)
{
    static QHash<QString, QString> copies;
    const QString key = spec.fileName();
    if (!copies.contains(key)) {
        const QString source = cached(state, spec);
        if (source.isEmpty())
            return QString();
        const QString path = copyOf(source, QStringLiteral("read-") + key);
        if (path.isEmpty()) {
            state.SkipWithError("cannot copy the portfolio");
            return QString();
        }
        copies.insert(key, path);
    }
    return copies.value(key);
}

bool openStore(benchmark::State& state, PortfolioStore& store, const QString& path)
{
    if (path.isEmpty())
        return false;
    if (!store.open(path, PortfolioStore::OpenMode::OpenExisting)) {
        state.SkipWithError(qPrintable(store.errorString()));
        return false;
    }
    return true;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const double at = p * double(v.size() - 1);
    const size_t lo = size_t(at);
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (v[hi] - v[lo]) * (at - double(lo));
}

// ---- pathways ----------------------------------------------------------------------

// Every bundled pathway read, parsed and validated (what the application does at start).
void BM_LoadBundledPathways(benchmark::State& state)
{
    int count = 0;
    for (auto _ : state) {
        PathwayLibrary lib;
        lib.load(QStringLiteral("-"));
        count = int(lib.pathways().size());
        if (!lib.problems().isEmpty())
            state.SkipWithError("a bundled pathway has problems");
        benchmark::DoNotOptimize(lib);
    }
    state.counters["pathways"] = count;
}
BENCHMARK(BM_LoadBundledPathways)->Unit(benchmark::kMillisecond);

// ---- the store ---------------------------------------------------------------------

// Args: evidence; 0: the integrity check before opening (the command line), 1: in the
// background (the application), closed at once, which stops the check.
void BM_OpenPortfolio(benchmark::State& state)
{
    const QString path = readCopy(state, specFor(int(state.range(0))));
    if (path.isEmpty())
        return;
    const auto check = state.range(1) ? PortfolioStore::IntegrityCheck::InBackground : PortfolioStore::IntegrityCheck::BeforeOpening;
    state.SetLabel(state.range(1) ? "integrity check in the background" : "integrity check before opening");
    for (auto _ : state) {
        PortfolioStore store;
        if (!store.open(path, PortfolioStore::OpenMode::OpenExisting, check)) {
            state.SkipWithError(qPrintable(store.errorString()));
            break;
        }
        store.close();
    }
    state.counters["file_MB"] = double(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(BM_OpenPortfolio)->ArgsProduct({{100, 5000, 100000}, {0, 1}})->Unit(benchmark::kMillisecond)->UseRealTime();

// One evidence record with two mappings, each its own durable transaction (WAL, full sync),
// as the evidence editor saves it. Every addition is timed on its own: median_ms is the
// figure for the target; Google Benchmark's Time column is the mean.
void BM_AddEvidenceDurable(benchmark::State& state)
{
    const QString source = cached(state, specFor(int(state.range(0))));
    if (source.isEmpty())
        return;
    const QString path = copyOf(source, QStringLiteral("add-%1-%2.waymark").arg(state.range(0)).arg(QUuid::createUuid().toString(QUuid::Id128)));
    if (path.isEmpty()) {
        state.SkipWithError("cannot copy the portfolio");
        return;
    }
    std::vector<Evidence> pool;
    std::vector<QList<Mapping>> maps;
    for (int i = 0; i < 64; ++i) {
        pool.push_back(sampleEvidence(2, i));
        maps.push_back(sampleMappings(i));
    }
    std::vector<double> samples;
    samples.reserve(size_t(state.max_iterations));
    {
        PortfolioStore store;
        if (!openStore(state, store, path))
            return;
        size_t i = 0;
        for (auto _ : state) {
            const auto t0 = std::chrono::steady_clock::now();
            const qint64 id = store.addEvidence(pool[i % pool.size()], maps[i % maps.size()]);
            const auto t1 = std::chrono::steady_clock::now();
            if (id == 0) {
                state.SkipWithError(qPrintable(store.errorString()));
                break;
            }
            samples.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
            ++i;
        }
    }
    removePortfolio(path);
    double sum = 0;
    for (double s : samples)
        sum += s;
    state.counters["median_ms"] = percentile(samples, 0.5);
    state.counters["p90_ms"] = percentile(samples, 0.9);
    state.counters["max_ms"] = samples.empty() ? 0 : *std::max_element(samples.begin(), samples.end());
    state.counters["mean_ms"] = samples.empty() ? 0 : sum / double(samples.size());
}
BENCHMARK(BM_AddEvidenceDurable)->Arg(100)->Arg(5000)->Arg(100000)->Iterations(200)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- search ------------------------------------------------------------------------

// The evidence screen asks for at most this many records (EvidenceView's listLimit).
constexpr int screenListLimit = 500;

// Args of the search benchmarks: evidence, query (searchQueries() in SyntheticPortfolio.cpp),
// limit (500: as the evidence screen searches; 0: every match, as the command line does),
// order (0: newest first, the screen's default; 1: best match first).
void searchArgs(benchmark::internal::Benchmark* b)
{
    b->ArgsProduct({{100, 5000, 100000}, {0, 1, 2, 3}, {screenListLimit}, {0, 1}});
    b->ArgsProduct({{100, 5000, 100000}, {0, 1, 2, 3}, {0}, {1}});
}

QString searchLabel(const benchmark::State& state)
{
    const SearchQuery query = searchQueries().at(int(state.range(1)));
    const int limit = int(state.range(2));
    return QStringLiteral("%1 \"%2\", %3, %4")
        .arg(QLatin1String(query.label), query.text, state.range(3) ? QStringLiteral("best match") : QStringLiteral("newest"),
             limit > 0 ? QStringLiteral("first %1").arg(limit) : QStringLiteral("every match"));
}

// Search as the evidence screen does it (listEvidence: the first 500, without their text), and
// as the command line does it (findEvidence: every match, whole records).
void BM_FullTextSearch(benchmark::State& state)
{
    state.SetLabel(searchLabel(state).toStdString());
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0))))))
        return;
    EvidenceFilter filter;
    filter.text = searchQueries().at(int(state.range(1))).text;
    filter.limit = int(state.range(2));
    filter.order = state.range(3) ? EvidenceOrder::BestMatch : EvidenceOrder::Newest;
    qsizetype hits = 0;
    auto keep = [&hits](const auto& found) {
        hits = found.size();
        benchmark::DoNotOptimize(found);
    };
    for (auto _ : state) {
        if (filter.limit > 0)
            keep(store.listEvidence(filter));
        else
            keep(store.findEvidence(filter));
    }
    state.counters["hits"] = double(hits);
}
BENCHMARK(BM_FullTextSearch)->Apply(searchArgs)->Unit(benchmark::kMillisecond)->UseRealTime();

// The floor for search: FTS5 alone, through QtSql on its own connection, reading ids only, in
// the order FTS5 gives cheapest: by rank for best match, by rowid (the order records were
// added) for newest. No join, no deleted records left out, no dates.
void BM_FullTextSearchFts5Only(benchmark::State& state)
{
    state.SetLabel(searchLabel(state).toStdString());
    const QString path = readCopy(state, specFor(int(state.range(0))));
    if (path.isEmpty())
        return;
    const QString connection = QStringLiteral("bench-") + QUuid::createUuid().toString(QUuid::Id128);
    qsizetype hits = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            state.SkipWithError("cannot open the portfolio");
            return;
        }
        // ftsQuery(): every word a prefix.
        const QString text = searchQueries().at(int(state.range(1))).text;
        const QString match = QLatin1Char('"') + text.split(QLatin1Char(' ')).join(QStringLiteral("\"* \"")) + QStringLiteral("\"*");
        const int limit = int(state.range(2));
        const QString sql = QStringLiteral("SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ? ORDER BY %1")
                                .arg(state.range(3) ? QStringLiteral("rank") : QStringLiteral("rowid DESC"))
            + (limit > 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString());
        for (auto _ : state) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(sql);
            q.addBindValue(match);
            q.exec();
            hits = 0;
            while (q.next())
                ++hits;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    state.counters["hits"] = double(hits);
}
BENCHMARK(BM_FullTextSearchFts5Only)->Apply(searchArgs)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the evidence screen shows on opening: the newest records, no search.
void BM_EvidenceListNewest(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0))))))
        return;
    EvidenceFilter filter;
    filter.limit = screenListLimit;
    qsizetype rows = 0;
    for (auto _ : state) {
        const QList<EvidenceSummary> found = store.listEvidence(filter);
        rows = found.size();
        benchmark::DoNotOptimize(found);
    }
    state.counters["rows"] = double(rows);
}
BENCHMARK(BM_EvidenceListNewest)->Arg(100)->Arg(5000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- readiness ---------------------------------------------------------------------

// Args: evidence, judgements (-1: the generator's default, min(500, N/2)).
void readinessArgs(benchmark::internal::Benchmark* b)
{
    b->Args({100, -1})->Args({5000, -1})->Args({10000, 500})->Args({100000, -1});
}

// What the overview does: the facts from the store, then the worker's target evaluated.
void BM_ReadinessFull(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0)), int(state.range(1))))))
        return;
    const ReadinessEngine engine(library(), syntheticToday());
    ReadinessReport::Verdict verdict = ReadinessReport::Verdict::Unknown;
    for (auto _ : state) {
        const PortfolioFacts facts = store.facts();
        const ReadinessReport report = engine.evaluateTarget(facts);
        verdict = report.verdict;
        benchmark::DoNotOptimize(report);
    }
    state.SetLabel(readinessVerdictId(verdict).toStdString());
}
BENCHMARK(BM_ReadinessFull)->Apply(readinessArgs)->Unit(benchmark::kMillisecond)->UseRealTime();

// The store's part alone.
void BM_ReadinessFacts(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0)), int(state.range(1))))))
        return;
    qsizetype relied = 0;
    for (auto _ : state) {
        const PortfolioFacts facts = store.facts();
        relied = 0;
        for (const ItemFacts& f : facts.items)
            relied += (f.latest ? f.latest->evidence.size() : 0) + (f.latestDecision ? f.latestDecision->evidence.size() : 0);
        benchmark::DoNotOptimize(facts);
    }
    state.counters["relied_on_rows"] = double(relied);
}
BENCHMARK(BM_ReadinessFacts)->Apply(readinessArgs)->Unit(benchmark::kMillisecond)->UseRealTime();

// The rules engine alone, over facts read once.
void BM_ReadinessEvaluateOnly(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0)), int(state.range(1))))))
        return;
    const PortfolioFacts facts = store.facts();
    const ReadinessEngine engine(library(), syntheticToday());
    for (auto _ : state) {
        const ReadinessReport report = engine.evaluateTarget(facts);
        benchmark::DoNotOptimize(report);
    }
}
BENCHMARK(BM_ReadinessEvaluateOnly)->Apply(readinessArgs)->Unit(benchmark::kMicrosecond)->UseRealTime();

// What the Progress screen does: the timeline, then items reached per step at each month's end
// from the first record (facts as of each day).
void BM_ProgressScreen(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0)), int(state.range(1))))))
        return;
    const Pathway* pathway = library().find(QLatin1String(syntheticPathwayId));
    qsizetype months = 0;
    for (auto _ : state) {
        const QList<TimelineEntry> timeline = portfolioTimeline(store, library());
        const QDate from = timeline.isEmpty() ? syntheticToday() : timeline.last().date;
        const ProgressOverTime progress = progressOverTime(store, *pathway, from, syntheticToday());
        months = progress.dates.size();
        benchmark::DoNotOptimize(progress);
    }
    state.counters["months"] = double(months);
}
BENCHMARK(BM_ProgressScreen)->Apply(readinessArgs)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- the panel PDF -----------------------------------------------------------------

void BM_PanelPdf(benchmark::State& state)
{
    PortfolioStore store;
    if (!openStore(state, store, readCopy(state, specFor(int(state.range(0))))))
        return;
    PanelReportOptions options;
    options.today = syntheticToday();
    options.acceptFindings = true; // synthetic text may look like personal data; the check still runs
    const QString pdf = QDir(workFolder()).filePath(QStringLiteral("panel-%1.pdf").arg(state.range(0)));
    PanelReportResult result;
    for (auto _ : state) {
        PanelReport report(store, library(), options);
        QString error;
        if (!report.writePdf(pdf, &result, &error)) {
            state.SkipWithError(qPrintable(error));
            break;
        }
    }
    state.counters["pages"] = result.pages;
    state.counters["evidence"] = result.evidenceIncluded;
    state.counters["pdf_MB"] = double(QFileInfo(pdf).size()) / 1e6;
    QFile::remove(pdf);
}
BENCHMARK(BM_PanelPdf)->Arg(200)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv)
{
    // The report lays out text, which needs a QGuiApplication; offscreen is enough.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Waymark"));
    QGuiApplication::setApplicationName(QStringLiteral("Waymark"));
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    QDir(workFolder()).removeRecursively();
    return 0;
}
