// Writes evidence into a portfolio in a loop and reports each commit on stdout, so a
// test can kill it at any moment and check that every reported commit survived.
#include "waymark/PortfolioStore.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: crash_writer PORTFOLIO LABEL [COUNT]\n");
        return 2;
    }
    const QString label = QString::fromLocal8Bit(argv[2]);
    const int count = argc > 3 ? std::atoi(argv[3]) : 1000000;
    waymark::PortfolioStore store;
    if (!store.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        waymark::Evidence e;
        e.title = QStringLiteral("%1 %2").arg(label).arg(i);
        e.date = QDate(2026, 1, 1).addDays(i % 300);
        e.narrative = QString(400, QLatin1Char('n'));
        const waymark::Mapping m{0, 0, {QStringLiteral("camden-launch-pad"), QStringLiteral("asye-req-registered-social-worker")}, QString()};
        const qint64 id = store.addEvidence(e, {m});
        if (id <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("committed %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
    return 0;
}
