// waymark-cli on a portfolio file under faults (issue 28), run as a user would: each refusal
// names the cause, never crashes or hangs, and leaves the file as it was.
#include "StoreTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <sys/stat.h>

namespace waymark {
namespace {

using test::CliResult;
using test::fileHash;

class PortfolioFaultCli : public ::testing::Test
{
protected:
    QString portfolio() const { return dir.filePath(QStringLiteral("alex.waymark")); }

    // waymark-cli on the portfolio, given at most timeLimit to finish: a hang is a failure.
    CliResult run(const QStringList& args, const QString& file = QString(), int timeLimit = 20000) const
    {
        QProcess process;
        process.start(QStringLiteral(WAYMARK_CLI), QStringList{QStringLiteral("--pathways-dir"), QStringLiteral("-"),
                                                                QStringLiteral("--portfolio"), file.isEmpty() ? portfolio() : file} + args);
        process.waitForStarted();
        process.closeWriteChannel();
        if (!process.waitForFinished(timeLimit)) {
            process.kill();
            process.waitForFinished();
            ADD_FAILURE() << "waymark-cli did not finish within " << timeLimit << " ms: " << args.join(' ').toStdString();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    void addEvidence(const QString& title) const
    {
        const CliResult r = run({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), title,
                                 QStringLiteral("--date"), QStringLiteral("2026-03-01"), QStringLiteral("--kind"),
                                 QStringLiteral("direct-practice"), QStringLiteral("--source"), QStringLiteral("Duty team")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    void runRaw(const QStringList& statements) const { test::runRaw(portfolio(), statements); }

    QTemporaryDir dir;
};

TEST_F(PortfolioFaultCli, ANamedPipeAsThePortfolioIsRefusedAtOnce)
{
    const QString fifo = dir.filePath(QStringLiteral("pipe.waymark"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliResult r = run({QStringLiteral("evidence"), QStringLiteral("list")}, fifo, 10000);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a regular file"))) << r.err.toStdString();
}

TEST_F(PortfolioFaultCli, ANegativeFormatNumberIsRefusedWithoutACrash)
{
    ASSERT_NO_FATAL_FAILURE(addEvidence(QStringLiteral("Home visit")));
    ASSERT_NO_FATAL_FAILURE(runRaw({QStringLiteral("PRAGMA user_version = -1")}));
    const QByteArray before = fileHash(portfolio());
    const CliResult r = run({QStringLiteral("evidence"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 1); // -1 would be a crash
    EXPECT_TRUE(r.err.contains(QStringLiteral("damaged"))) << r.err.toStdString();
    EXPECT_EQ(fileHash(portfolio()), before);
}

TEST_F(PortfolioFaultCli, AHostileTriggerNeverRuns)
{
    ASSERT_NO_FATAL_FAILURE(addEvidence(QStringLiteral("Home visit")));
    ASSERT_NO_FATAL_FAILURE(runRaw({QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON cpd_entries BEGIN DELETE FROM evidence; END")}));
    const CliResult r = run({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-01-06"),
                             QStringLiteral("--activity"), QStringLiteral("Carers' rights"), QStringLiteral("--hours"), QStringLiteral("2")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("trigger wipe"))) << r.err.toStdString();
    // The evidence is still there, read without Waymark.
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(portfolio());
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM evidence")) && q.next());
        EXPECT_EQ(q.value(0).toInt(), 1);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(PortfolioFaultCli, ADamagedSearchIndexIsNamedAndRebuiltOnRequest)
{
    ASSERT_NO_FATAL_FAILURE(addEvidence(QStringLiteral("Carers assessment")));
    ASSERT_NO_FATAL_FAILURE(runRaw({QStringLiteral("INSERT INTO evidence_fts (evidence_fts, rowid, title, narrative, reflection)"
                                                   " VALUES ('delete', 1, 'unrelated words', '', '')")}));
    const CliResult listed = run({QStringLiteral("evidence"), QStringLiteral("list")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_TRUE(listed.err.contains(QStringLiteral("rebuild-index"))) << listed.err.toStdString();
    const CliResult refused = run({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T"),
                                   QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--kind"),
                                   QStringLiteral("direct-practice"), QStringLiteral("--source"), QStringLiteral("S")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("search index"))) << refused.err.toStdString();

    const CliResult rebuilt = run({QStringLiteral("rebuild-index")});
    EXPECT_EQ(rebuilt.exitCode, 0) << rebuilt.err.toStdString();
    EXPECT_TRUE(rebuilt.out.contains(QStringLiteral("was damaged"))) << rebuilt.out.toStdString();
    const CliResult found = run({QStringLiteral("evidence"), QStringLiteral("search"), QStringLiteral("carers")});
    EXPECT_EQ(found.exitCode, 0) << found.err.toStdString();
    EXPECT_TRUE(found.out.contains(QStringLiteral("Carers assessment"))) << found.out.toStdString();
    EXPECT_TRUE(found.err.isEmpty()) << found.err.toStdString();
}

TEST_F(PortfolioFaultCli, APdfThatCannotBeWrittenOnAFullDiskSaysSo)
{
    ASSERT_EQ(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Alex Practitioner"),
                   QStringLiteral("--profession"), QStringLiteral("social-worker"), QStringLiteral("--qualified"), QStringLiteral("2023-07-01"),
                   QStringLiteral("--pathway"), QStringLiteral("camden-launch-pad"), QStringLiteral("--current-step"), QStringLiteral("social-worker"),
                   QStringLiteral("--target-step"), QStringLiteral("advanced-social-worker")}).exitCode, 0);
    ASSERT_NO_FATAL_FAILURE(addEvidence(QStringLiteral("Home visit")));
    test::SmallDisk disk(512);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here";
    ASSERT_NO_FATAL_FAILURE(disk.fill());
    const QStringList before = disk.files();
    const CliResult r = run({QStringLiteral("export-pdf"), disk.path(QStringLiteral("panel.pdf")), QStringLiteral("--today"),
                             QStringLiteral("2026-11-26")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is full"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QStringLiteral("Unknown error"))) << r.err.toStdString();
    EXPECT_EQ(disk.files(), before);
}

} // namespace
} // namespace waymark
