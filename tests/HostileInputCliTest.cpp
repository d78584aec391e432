// waymark-cli under faults (issue 28), run as a user would: special files given as files,
// output that cannot be written, and archives with hostile content.

#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace waymark::test;

namespace {

struct CliRun
{
    bool finished = false; // within the time limit
    int exitCode = -1;
    QByteArray out;
    QString err;
};

std::string show(const QStringList& args, const CliRun& r)
{
    return (args.join(QLatin1Char(' ')) + QStringLiteral("\nfinished ") + (r.finished ? QStringLiteral("yes") : QStringLiteral("no"))
            + QStringLiteral(", exit ") + QString::number(r.exitCode) + QStringLiteral("\nstdout:\n") + QString::fromUtf8(r.out)
            + QStringLiteral("\nstderr:\n") + r.err)
        .toStdString();
}

class HostileInputCli : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return dir.filePath(name); }

    // Runs waymark-cli on a portfolio, killed if it takes longer than limitMs; its standard
    // output goes to outFile when one is named.
    CliRun cli(const QStringList& args, const QString& portfolio = QString(), const QString& outFile = QString(), int limitMs = 10000) const
    {
        QProcess process;
        if (!outFile.isEmpty())
            process.setStandardOutputFile(outFile);
        process.start(QStringLiteral(WAYMARK_CLI),
                      QStringList{QStringLiteral("--pathways-dir"), QStringLiteral("-"), QStringLiteral("--portfolio"),
                                  portfolio.isEmpty() ? path(QStringLiteral("portfolio.waymark")) : portfolio}
                          + args);
        process.waitForStarted();
        process.closeWriteChannel();
        CliRun r;
        r.finished = process.waitForFinished(limitMs);
        if (!r.finished) {
            process.kill();
            process.waitForFinished();
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QByteArray ok(const QStringList& args, const QString& portfolio = QString()) const
    {
        const CliRun r = cli(args, portfolio);
        EXPECT_TRUE(r.finished && r.exitCode == 0) << show(args, r);
        return r.out;
    }

    // Refused quickly, with exit 1, saying expected.
    void refused(const QStringList& args, const QString& expected) const
    {
        const CliRun r = cli(args);
        EXPECT_TRUE(r.finished) << "still running after 10 s: " << show(args, r);
        EXPECT_EQ(r.exitCode, 1) << show(args, r);
        EXPECT_TRUE(r.err.contains(expected)) << "expected on stderr: " << expected.toStdString() << "\n" << show(args, r);
    }

    QString writeFile(const QString& name, const QByteArray& content) const
    {
        QFile f(path(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return f.fileName();
    }

    // A portfolio with one record and one attachment, written to an archive.
    QString archiveWithAttachment()
    {
        const QString notes = writeFile(QStringLiteral("notes.txt"), "Notes of the visit, written the same day.\n");
        ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Home visit"),
            QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--kind"), QStringLiteral("direct-practice"),
            QStringLiteral("--attach"), notes});
        const QString archive = path(QStringLiteral("backup.waymark"));
        ok({QStringLiteral("export-archive"), archive});
        return archive;
    }

    // Changes an archive behind Waymark's back, as someone handing it on might.
    static void alter(const QString& archive, const QString& sql)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("alter"));
            db.setDatabaseName(archive);
            ASSERT_TRUE(db.open());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("alter"));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(HostileInputCli, DevicesAndNamedPipesAreNotAttached)
{
    const QString fifo = path(QStringLiteral("pipe.pdf"));
    ASSERT_EQ(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString link = path(QStringLiteral("zero.pdf"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), link));
    auto add = [](const QString& file) {
        return QStringList{QStringLiteral("evidence"), QStringLiteral("add"),      QStringLiteral("--title"),
                           QStringLiteral("Visit"),    QStringLiteral("--date"),   QStringLiteral("2026-03-02"),
                           QStringLiteral("--kind"),   QStringLiteral("direct-practice"), QStringLiteral("--attach"), file};
    };
    refused(add(QStringLiteral("/dev/zero")), QStringLiteral("/dev/zero is a device, not a regular file; use a saved file instead."));
    refused(add(QStringLiteral("/dev/urandom")), QStringLiteral("/dev/urandom is a device, not a regular file"));
    refused(add(fifo), fifo + QStringLiteral(" is a named pipe, not a regular file"));
    refused(add(link), link + QStringLiteral(" is a link to /dev/zero, which is a device, not a regular file"));
    refused(add(path(QStringLiteral("."))), QStringLiteral("is a folder, not a regular file"));
    EXPECT_EQ(ok({QStringLiteral("evidence"), QStringLiteral("list")}), QByteArray("No evidence found.\n")) << "nothing was saved";

    // Attaching to saved evidence goes through the same check.
    ok(add(writeFile(QStringLiteral("ok.txt"), "a saved file")));
    refused({QStringLiteral("evidence"), QStringLiteral("attach"), QStringLiteral("1"), fifo},
            fifo + QStringLiteral(" is a named pipe, not a regular file"));
    refused({QStringLiteral("evidence"), QStringLiteral("attach"), QStringLiteral("1"), QStringLiteral("/dev/zero")},
            QStringLiteral("/dev/zero is a device"));
    const QJsonObject shown = QJsonDocument::fromJson(ok({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1"),
                                                          QStringLiteral("--json")}))
                                  .object();
    EXPECT_EQ(shown.value(QStringLiteral("version")).toInt(), 1) << "no new version";

    // Other files a person names: a framework to import, a pathway file, an archive.
    refused({QStringLiteral("import-framework"), fifo}, QStringLiteral("is a named pipe, not a regular file"));
    refused({QStringLiteral("import-archive"), fifo, path(QStringLiteral("new.waymark"))},
            QStringLiteral("is a named pipe, not a regular file"));
    EXPECT_FALSE(QFileInfo::exists(path(QStringLiteral("new.waymark"))));
    const CliRun validated = cli({QStringLiteral("validate"), fifo});
    EXPECT_TRUE(validated.finished) << show({QStringLiteral("validate"), fifo}, validated);
    EXPECT_TRUE(validated.err.contains(QStringLiteral("is a named pipe, not a regular file"))
                || QString::fromUtf8(validated.out).contains(QStringLiteral("is a named pipe, not a regular file")))
        << show({QStringLiteral("validate"), fifo}, validated);
}

TEST_F(HostileInputCli, OutputThatCannotBeWrittenIsAFailedAction)
{
    if (!QFileInfo(QStringLiteral("/dev/full")).exists())
        GTEST_SKIP() << "no /dev/full here";
    ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Home visit"),
        QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--kind"), QStringLiteral("direct-practice"),
        QStringLiteral("--attach"), writeFile(QStringLiteral("notes.txt"), "Notes of the visit.\n")});
    const QList<QStringList> commands{
        {QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")},
        {QStringLiteral("evidence"), QStringLiteral("list")},
        {QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1")},
        {QStringLiteral("evidence"), QStringLiteral("attachment-save"), QStringLiteral("1"), QStringLiteral("-")},
        {QStringLiteral("export-framework"), QStringLiteral("--format"), QStringLiteral("case"), QStringLiteral("camden-launch-pad")},
        {QStringLiteral("--help")},
    };
    for (const QStringList& args : commands) {
        // Every write to /dev/full fails as on a full disk (ENOSPC).
        const CliRun full = cli(args, QString(), QStringLiteral("/dev/full"));
        EXPECT_EQ(full.exitCode, 1) << show(args, full);
        EXPECT_TRUE(full.err.contains(QStringLiteral("could not write the output: the disk is full."))) << show(args, full);
        // The same to a file that can be written: exit 0, all of it there.
        const QString saved = path(QStringLiteral("out.txt"));
        const CliRun written = cli(args, QString(), saved);
        EXPECT_EQ(written.exitCode, 0) << show(args, written);
        EXPECT_TRUE(written.err.isEmpty()) << show(args, written);
        EXPECT_GT(QFileInfo(saved).size(), 0) << show(args, written);
    }
    // A closed standard output: the portfolio, opened next, must not take its place.
    const QString portfolio = path(QStringLiteral("portfolio.waymark"));
    QProcess closed;
    closed.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --portfolio \"$1\" evidence list >&-"),
                                            QStringLiteral(WAYMARK_CLI), portfolio});
    ASSERT_TRUE(closed.waitForFinished(10000));
    EXPECT_EQ(closed.exitCode(), 1);
    const QString closedErr = QString::fromUtf8(closed.readAllStandardError());
    EXPECT_TRUE(closedErr.contains(QStringLiteral("could not write the output: standard output is closed."))) << closedErr.toStdString();
    EXPECT_EQ(ok({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}).count("Home visit"), 1)
        << "the portfolio is whole";

    const CliRun list = cli({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}, QString(), path(QStringLiteral("list.json")));
    QFile json(path(QStringLiteral("list.json")));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(json.readAll()).array().size(), 1);
}

TEST_F(HostileInputCli, ControlCharactersInAnArchiveArePrintedEscaped)
{
    const QString archive = archiveWithAttachment();
    // ESC [ 31m (red), BEL, DEL, CSI as one C1 character, and a right-to-left override.
    const QString hostile = QStringLiteral("Visit \x1b[31mred\x07 \x7f \u009b2J \u202eevil");
    alter(archive, QStringLiteral("UPDATE evidence SET title = '%1'").arg(hostile));
    alter(archive, QStringLiteral("UPDATE evidence_versions SET title = '%1'").arg(hostile));
    const QString imported = path(QStringLiteral("imported.waymark"));
    ok({QStringLiteral("import-archive"), archive, imported});
    const QString escaped = QStringLiteral("Visit \\u001b[31mred\\u0007 \\u007f \\u009b2J \\u202eevil");
    auto raw = [](const QString& text) {
        for (const QChar c : text)
            if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c.unicode() == 0x202e)
                return true;
        return false;
    };
    for (const QStringList& args : QList<QStringList>{{QStringLiteral("evidence"), QStringLiteral("list")},
                                                      {QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1")},
                                                      {QStringLiteral("evidence"), QStringLiteral("history"), QStringLiteral("1")}}) {
        const QString out = QString::fromUtf8(ok(args, imported));
        EXPECT_TRUE(out.contains(escaped)) << show(args, {true, 0, out.toUtf8(), QString()});
        EXPECT_FALSE(raw(out)) << show(args, {true, 0, out.toUtf8(), QString()});
    }
    // JSON is still JSON, and reads back as the title that is stored.
    const QByteArray json = ok({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}, imported);
    EXPECT_FALSE(raw(QString::fromUtf8(json))) << json.toStdString();
    QJsonParseError error;
    const QJsonArray list = QJsonDocument::fromJson(json, &error).array();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("title")).toString(), hostile);
    // Messages on standard error too.
    const CliRun missing = cli({QStringLiteral("evidence"), QStringLiteral("attach"), QStringLiteral("1"), QStringLiteral("\x1b]0;owned\x07.pdf")}, imported);
    EXPECT_EQ(missing.exitCode, 1) << show({}, missing);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("\\u001b]0;owned\\u0007.pdf"))) << show({}, missing);
    EXPECT_FALSE(raw(missing.err.trimmed())) << show({}, missing);
}

TEST_F(HostileInputCli, AnArchiveWhoseAttachmentWasAlteredIsRefused)
{
    const QString archive = archiveWithAttachment();
    const QString clean = path(QStringLiteral("clean.waymark"));
    ok({QStringLiteral("import-archive"), archive, clean});
    const QStringList tampering{
        QStringLiteral("UPDATE attachments SET data = CAST(replace(CAST(data AS TEXT), 'same day', 'next day') AS BLOB)"), // same size
        QStringLiteral("UPDATE attachments SET data = data || X'00'"),                                                    // one byte more
    };
    for (const QString& sql : tampering) {
        const QString copy = path(QStringLiteral("altered.waymark"));
        QFile::remove(copy);
        ASSERT_TRUE(QFile::copy(archive, copy));
        alter(copy, sql);
        const QString target = path(QStringLiteral("new.waymark"));
        const QStringList args{QStringLiteral("import-archive"), copy, target};
        const CliRun r = cli(args);
        EXPECT_EQ(r.exitCode, 1) << show(args, r);
        EXPECT_TRUE(r.err.contains(QStringLiteral("the attachment \"notes.txt\" of evidence 1 does not match its recorded SHA-256; "
                                                  "the archive was altered or damaged. Nothing was imported.")))
            << show(args, r);
        for (const QString& suffix : {QString(), QStringLiteral(".partial"), QStringLiteral(".partial-wal"), QStringLiteral(".partial-shm")})
            EXPECT_FALSE(QFileInfo::exists(target + suffix)) << (target + suffix).toStdString();
    }
}
