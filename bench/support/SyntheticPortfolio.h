#pragma once

#include "waymark/PortfolioStore.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cstdint>

namespace waymark::bench {

// Bump whenever the generated content changes, so cached files are made again.
constexpr int generatorVersion = 1;

// The pathway the synthetic worker follows: Range 6 to Range 7, 28 items a supervisor signs off.
inline const char* const syntheticPathwayId = "buckinghamshire-social-worker-r6-r7";
// The readiness clock the benchmarks use ("today"), after the last generated record.
inline QDate syntheticToday() { return QDate(2026, 3, 14); }

struct PortfolioSpec
{
    int evidence = 100;
    int judgements = -1; // -1: min(500, evidence / 2), at least 20
    std::uint64_t seed = 1;

    int judgementCount() const;
    QString fileName() const; // portfolio-e<N>-j<J>-s<seed>-f<schema version>-g<generator version>.waymark
};

struct GenerationStats
{
    qint64 evidence = 0, versions = 0, mappings = 0, attachments = 0, judgements = 0, judgementEvidence = 0,
           sessions = 0, comments = 0, cpdEntries = 0;
    double seconds = 0;
};

// A worker on a bundled pathway with spec.evidence evidence records of realistic length
// (a few paragraphs of narrative and reflection), each mapped to 1 to 4 items; a history
// of judgements (ready for review, sometimes not yet reached, then reached) relying on the
// evidence mapped at the time, as the application records them; supervision sessions,
// comments, CPD, a plan, some edited and some deleted evidence and some attachments.
//
// The profile is written through PortfolioStore; the bulk is inserted through QSqlDatabase
// into that file in one transaction (PortfolioStore has no bulk API, and a durable commit per
// record would take minutes at 100,000). The result is then opened with PortfolioStore and
// searched, so a file that the application cannot read is never returned.
bool generatePortfolio(const QString& path, const PortfolioSpec& spec, QString* error, GenerationStats* stats = nullptr);

// The folder generated portfolios are cached in: $WAYMARK_BENCH_CACHE, else
// <build dir>/bench-portfolios.
QString cacheFolder();
// The cached portfolio for spec, generated first when missing. Empty on failure.
QString cachedPortfolio(const PortfolioSpec& spec, QString* error, bool* generated = nullptr, GenerationStats* stats = nullptr);

// A new evidence record like the generated ones, for timing single additions.
Evidence sampleEvidence(std::uint64_t seed, int index);
// Two items of the synthetic pathway for its mappings (different for consecutive indexes).
QList<Mapping> sampleMappings(int index);

// Words for search benchmarks, by how often they occur: (label, query).
struct SearchQuery { const char* label; QString text; };
QList<SearchQuery> searchQueries();

} // namespace waymark::bench
