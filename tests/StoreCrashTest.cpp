#include "StoreTestSupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

QList<qint64> committedIds(const QByteArray& output)
{
    QList<qint64> ids;
    for (const QByteArray& line : output.split('\n'))
        if (line.startsWith("committed "))
            ids << line.mid(10).toLongLong();
    return ids;
}

} // namespace

// A writer killed with SIGKILL at random moments: after each kill the file opens, passes
// the integrity check (open runs it) and holds every item whose commit had returned.
TEST(StoreCrash, EveryReturnedCommitSurvivesSigkill)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.waymark"));
    QRandomGenerator random(20261126);
    const int kills = 40;
    int killedMidRun = 0;
    QList<qint64> all;
    for (int round = 0; round < kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(WAYMARK_CRASH_WRITER), {path, QStringLiteral("round%1").arg(round)});
        ASSERT_TRUE(writer.waitForStarted());
        QThread::msleep(20 + random.bounded(300));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        killedMidRun += writer.exitStatus() == QProcess::CrashExit;
        const QList<qint64> ids = committedIds(writer.readAllStandardOutput());
        all << ids;

        PortfolioStore store;
        ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting)) << "round " << round << ": " << store.errorString().toStdString();
        for (qint64 id : ids)
            ASSERT_TRUE(store.evidence(id).has_value()) << "round " << round << " lost evidence " << id;
        ASSERT_GE(store.evidenceCount(), all.size());
        if (!ids.isEmpty())
            ASSERT_EQ(store.mappingsForEvidence(ids.last()).size(), 1); // the mapping committed with it
    }
    EXPECT_EQ(killedMidRun, kills);
    EXPECT_GT(all.size(), kills); // the writers did commit work between kills
    RecordProperty("kills_survived", kills);
    RecordProperty("commits_checked", int(all.size()));
}

// Two programs writing the same portfolio at once: nothing lost, nothing corrupted.
TEST(StoreCrash, TwoWritersAtOnceLoseNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path)); // created once, so the writers do not race to create it
    }
    QProcess a, b;
    a.start(QStringLiteral(WAYMARK_CRASH_WRITER), {path, QStringLiteral("a"), QStringLiteral("150")});
    b.start(QStringLiteral(WAYMARK_CRASH_WRITER), {path, QStringLiteral("b"), QStringLiteral("150")});
    ASSERT_TRUE(a.waitForFinished(120000));
    ASSERT_TRUE(b.waitForFinished(120000));
    EXPECT_EQ(a.exitCode(), 0) << a.readAllStandardError().toStdString();
    EXPECT_EQ(b.exitCode(), 0) << b.readAllStandardError().toStdString();
    EXPECT_EQ(committedIds(a.readAllStandardOutput()).size(), 150);
    EXPECT_EQ(committedIds(b.readAllStandardOutput()).size(), 150);
    PortfolioStore store;
    ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting)) << store.errorString().toStdString();
    EXPECT_EQ(store.evidenceCount(), 300);
    EXPECT_EQ(store.findEvidence({QStringLiteral("a")}).size(), 150);
}
