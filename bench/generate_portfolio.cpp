// waymark-bench-portfolio: synthetic portfolios for the benchmarks and the timing script.
//
//   waymark-bench-portfolio --evidence N [--judgements J] [--seed S]
//       prints the path of the cached portfolio with N evidence records, generating it
//       first when it is not cached (statistics on stderr)
//   waymark-bench-portfolio --evidence N --out FILE
//       generates a fresh portfolio at FILE (no cache)
//   waymark-bench-portfolio --floor-sql K --out FILE
//       writes the sqlite3 script of the durable-insert floor: K transactions, each the
//       rows PortfolioStore::addEvidence writes (evidence, its version, two mappings),
//       with text from the same generator the benchmark adds
#include "SyntheticPortfolio.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace waymark;
using namespace waymark::bench;

namespace {

QString sqlText(const QString& s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString sqlDate(const QDate& d)
{
    return d.isValid() ? sqlText(d.toString(Qt::ISODate)) : QStringLiteral("NULL");
}

bool writeFloorSql(int count, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QString out;
    // What PortfolioStore::open sets on every connection.
    out += QStringLiteral("PRAGMA busy_timeout = 5000;\nPRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;\nPRAGMA synchronous = FULL;\n");
    const QString savedAt = QStringLiteral("'2026-03-14T10:00:00.000Z'");
    for (int i = 0; i < count; ++i) {
        const Evidence e = sampleEvidence(2, i);
        const QString fields = QStringList{sqlText(e.title), sqlDate(e.date), sqlDate(e.endDate), sqlText(evidenceKindId(e.kind)),
                                           sqlText(e.source), sqlText(e.narrative), sqlText(e.reflection), savedAt}
                                   .join(QStringLiteral(", "));
        out += QStringLiteral("BEGIN IMMEDIATE;\n");
        out += QStringLiteral("INSERT INTO evidence (version, title, date_from, date_to, kind, source, narrative, reflection, saved_at) VALUES (1, %1);\n").arg(fields);
        out += QStringLiteral("INSERT INTO evidence_versions (evidence_id, version, title, date_from, date_to, kind, source, narrative, reflection, saved_at)"
                              " VALUES (last_insert_rowid(), 1, %1);\n").arg(fields);
        for (const Mapping& m : sampleMappings(i))
            out += QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id, note) VALUES ((SELECT max(id) FROM evidence), %1, %2, %3);\n")
                       .arg(sqlText(m.item.pathwayId), sqlText(m.item.itemId), sqlText(m.note));
        out += QStringLiteral("COMMIT;\n");
    }
    return f.write(out.toUtf8()) >= 0 && f.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Synthetic Waymark portfolios for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption evidence(QStringLiteral("evidence"), QStringLiteral("Evidence records."), QStringLiteral("N"));
    const QCommandLineOption judgements(QStringLiteral("judgements"), QStringLiteral("Judgements (default min(500, N/2), at least 20)."), QStringLiteral("J"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE instead of the cache."), QStringLiteral("FILE"));
    const QCommandLineOption floorSql(QStringLiteral("floor-sql"), QStringLiteral("Write the sqlite3 floor script of K inserts to --out."), QStringLiteral("K"));
    parser.addOptions({evidence, judgements, seed, out, floorSql});
    parser.process(app);

    if (parser.isSet(floorSql)) {
        if (!parser.isSet(out)) {
            std::fprintf(stderr, "--floor-sql needs --out FILE\n");
            return 2;
        }
        if (!writeFloorSql(parser.value(floorSql).toInt(), parser.value(out))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
            return 1;
        }
        return 0;
    }
    if (!parser.isSet(evidence)) {
        std::fprintf(stderr, "give --evidence N (or --floor-sql K --out FILE)\n");
        return 2;
    }
    PortfolioSpec spec;
    spec.evidence = parser.value(evidence).toInt();
    if (parser.isSet(judgements))
        spec.judgements = parser.value(judgements).toInt();
    if (parser.isSet(seed))
        spec.seed = parser.value(seed).toULongLong();
    if (spec.evidence < 1) {
        std::fprintf(stderr, "--evidence must be at least 1\n");
        return 2;
    }
    QString error;
    GenerationStats st;
    auto report = [&st] {
        std::fprintf(stderr,
                     "generated %lld evidence (%lld versions, %lld mappings, %lld attachments), %lld judgements relying on %lld "
                     "records, %lld sessions, %lld comments, %lld CPD entries in %.1f s\n",
                     st.evidence, st.versions, st.mappings, st.attachments, st.judgements, st.judgementEvidence, st.sessions,
                     st.comments, st.cpdEntries, st.seconds);
    };
    if (parser.isSet(out)) {
        if (!generatePortfolio(parser.value(out), spec, &error, &st)) {
            std::fprintf(stderr, "waymark-bench-portfolio: %s\n", qPrintable(error));
            return 1;
        }
        report();
        std::printf("%s\n", qPrintable(parser.value(out)));
        return 0;
    }
    bool generated = false;
    const QString path = cachedPortfolio(spec, &error, &generated, &st);
    if (path.isEmpty()) {
        std::fprintf(stderr, "waymark-bench-portfolio: %s\n", qPrintable(error));
        return 1;
    }
    if (generated)
        report();
    else
        std::fprintf(stderr, "cached %s\n", qPrintable(path));
    std::printf("%s\n", qPrintable(path));
    return 0;
}
