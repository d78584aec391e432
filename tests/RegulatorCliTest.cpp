#include "PdfTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark::test;

namespace {

// waymark-cli cpd check, export and text, run as a user would against a real file.
class RegulatorCli : public ::testing::Test
{
protected:
    void SetUp() override { m_portfolio = m_dir.filePath(QStringLiteral("cpd.waymark")); }

    CliResult run(const QStringList& args) { return runCli(QStringList{QStringLiteral("--portfolio"), m_portfolio} + args); }

    void profile(const QString& profession, const QString& body)
    {
        const CliResult r = run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Robin Ash"),
                                 QStringLiteral("--profession"), profession, QStringLiteral("--registration-body"), body,
                                 QStringLiteral("--registration-number"), QStringLiteral("OT12345")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QString add(const QStringList& fields)
    {
        const CliResult r = run(QStringList{QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--hours"), QStringLiteral("2")} + fields);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return r.out.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_portfolio;
};

} // namespace

TEST_F(RegulatorCli, SocialWorkEnglandCheckAndExportReadyToPaste)
{
    profile(QStringLiteral("social-worker"), QStringLiteral("Social Work England"));
    add({QStringLiteral("--date"), QStringLiteral("2025-01-10"), QStringLiteral("--activity"), QStringLiteral("Mental Capacity Act course"),
         QStringLiteral("--type"), QStringLiteral("Course or training"), QStringLiteral("--relevance"), QStringLiteral("I assess capacity weekly"),
         QStringLiteral("--learnt"), QStringLiteral("The two-stage test"), QStringLiteral("--impact-practice"), QStringLiteral("I record each stage"),
         QStringLiteral("--impact-people"), QStringLiteral("People are heard first")});
    const QStringList year{QStringLiteral("--year"), QStringLiteral("2025")};
    const CliResult short1 = run(QStringList{QStringLiteral("cpd"), QStringLiteral("check"), QStringLiteral("--json")} + year);
    ASSERT_EQ(short1.exitCode, 0) << short1.err.toStdString();
    QJsonObject o = QJsonDocument::fromJson(short1.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("regulator")).toString(), QStringLiteral("swe")); // from the profile
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-12-01"));
    EXPECT_EQ(o.value(QStringLiteral("to")).toString(), QStringLiteral("2025-11-30"));
    EXPECT_FALSE(o.value(QStringLiteral("met")).toBool());
    EXPECT_EQ(o.value(QStringLiteral("problems")).toArray().size(), 2);

    const QString id = add({QStringLiteral("--date"), QStringLiteral("2025-03-04"), QStringLiteral("--activity"), QStringLiteral("Team reflective session")});
    const CliResult update = run({QStringLiteral("cpd"), QStringLiteral("update"), id, QStringLiteral("--type"), QStringLiteral("Peer discussion"),
                                  QStringLiteral("--relevance"), QStringLiteral("Hard decisions"), QStringLiteral("--learnt"), QStringLiteral("To name my bias"),
                                  QStringLiteral("--impact-people"), QStringLiteral("Fairer plans"), QStringLiteral("--peer-reflection"),
                                  QStringLiteral("Sam asked how I weigh wishes")});
    ASSERT_EQ(update.exitCode, 0) << update.err.toStdString();
    const CliResult list = run({QStringLiteral("cpd"), QStringLiteral("list"), QStringLiteral("--json")});
    const QJsonObject second = QJsonDocument::fromJson(list.out.toUtf8()).object().value(QStringLiteral("entries")).toArray().at(1).toObject();
    EXPECT_EQ(second.value(QStringLiteral("peerReflection")).toString(), QStringLiteral("Sam asked how I weigh wishes"));
    EXPECT_EQ(second.value(QStringLiteral("activity")).toString(), QStringLiteral("Team reflective session")); // kept

    o = QJsonDocument::fromJson(run(QStringList{QStringLiteral("cpd"), QStringLiteral("check"), QStringLiteral("--json")} + year).out.toUtf8()).object();
    EXPECT_TRUE(o.value(QStringLiteral("met")).toBool()) << o.value(QStringLiteral("problems")).toArray().size();
    EXPECT_EQ(o.value(QStringLiteral("peerReflected")).toInt(), 1);

    const CliResult text = run(QStringList{QStringLiteral("cpd"), QStringLiteral("export")} + year);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("Registration year 1 December 2024 to 30 November 2025")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("CPD record 2 of 2\nType of CPD: Peer discussion\nDate: 4 March 2025")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Peer reflection: Sam asked how I weigh wishes")));

    const QString pdf = m_dir.filePath(QStringLiteral("swe.pdf"));
    const CliResult written = run(QStringList{QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                              QStringLiteral("-o"), pdf} + year);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Social Work England CPD record"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("CPD record 1 of 2")));
    EXPECT_TRUE(words.contains(QStringLiteral("What I learnt: The two-stage test")));
    EXPECT_TRUE(words.contains(QStringLiteral("Peer reflection: Sam asked how I weigh wishes")));
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Author")), QStringLiteral("Robin Ash"));
    EXPECT_EQ(QFileInfo(pdf).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
}

TEST_F(RegulatorCli, HcpcProfileWithTextsGapsAndEvidenceAsPdf)
{
    profile(QStringLiteral("occupational-therapist"), QString());
    const CliResult ev = run({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Splinting certificate"),
                              QStringLiteral("--date"), QStringLiteral("2025-02-01"), QStringLiteral("--kind"), QStringLiteral("training")});
    ASSERT_EQ(ev.exitCode, 0) << ev.err.toStdString();
    add({QStringLiteral("--date"), QStringLiteral("2025-02-01"), QStringLiteral("--activity"), QStringLiteral("Splinting workshop"),
         QStringLiteral("--type"), QStringLiteral("Formal and educational"), QStringLiteral("--evidence"), ev.out.trimmed(),
         QStringLiteral("--impact-people"), QStringLiteral("Splints fitted sooner")});
    add({QStringLiteral("--date"), QStringLiteral("2025-09-01"), QStringLiteral("--activity"), QStringLiteral("Journal club"),
         QStringLiteral("--type"), QStringLiteral("Work-based learning")});

    const QString summary = m_dir.filePath(QStringLiteral("summary.txt"));
    QFile f(summary);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("I have worked in community occupational therapy for six years,\nmostly with older people at home.\n");
    f.close();
    const CliResult set = run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("practice-summary"), QStringLiteral("--file"), summary});
    ASSERT_EQ(set.exitCode, 0) << set.err.toStdString();
    EXPECT_TRUE(set.err.contains(QStringLiteral("16 words (up to 500)"))) << set.err.toStdString();
    const CliResult shown = run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("practice-summary")});
    EXPECT_TRUE(shown.out.startsWith(QStringLiteral("I have worked in community")));
    ASSERT_EQ(run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("personal-statement"), QStringLiteral("--set"),
                   QStringLiteral("My log is continuous and up to date.")}).exitCode, 0);

    const QStringList on{QStringLiteral("--on"), QStringLiteral("2026-03-01")};
    const QJsonObject o = QJsonDocument::fromJson(
        run(QStringList{QStringLiteral("cpd"), QStringLiteral("check"), QStringLiteral("--json")} + on).out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("regulator")).toString(), QStringLiteral("hcpc")); // an OT with no body named
    EXPECT_EQ(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-03-02"));
    EXPECT_EQ(o.value(QStringLiteral("gaps")).toArray().size(), 3);
    EXPECT_EQ(o.value(QStringLiteral("practiceSummaryWords")).toInt(), 16);
    EXPECT_TRUE(o.value(QStringLiteral("met")).toBool());

    const QString pdf = m_dir.filePath(QStringLiteral("hcpc.pdf"));
    const CliResult written = run(QStringList{QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"),
                                              QStringLiteral("-o"), pdf} + on);
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("HCPC CPD profile")));
    EXPECT_TRUE(words.contains(QStringLiteral("Summary of practice history 16 words (up to 500) I have worked in community")))
        << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("1 February 2025: Splinting workshop (Formal and educational) "
                                              "Gap: no CPD from 1 February 2025 to 1 September 2025 (7 month(s)) "
                                              "1 September 2025: Journal club (Work-based learning)")));
    EXPECT_TRUE(words.contains(QStringLiteral("seek to ensure that their CPD benefits the service user; and")));
    EXPECT_TRUE(words.contains(QStringLiteral("My log is continuous and up to date.")));
    EXPECT_TRUE(words.contains(QStringLiteral("Benefit to service users (standard 4): Splints fitted sooner")));
    EXPECT_TRUE(words.contains(QStringLiteral("E1: Splinting certificate (1 February 2025), for: Splinting workshop")));
    EXPECT_TRUE(runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode == 0);
}

TEST_F(RegulatorCli, SsscLogToATextFile)
{
    profile(QStringLiteral("social-services-worker"), QStringLiteral("SSSC"));
    ASSERT_EQ(run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("declaration-date"), QStringLiteral("--set"),
                   QStringLiteral("2023-09-15")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("core-learning-elements"), QStringLiteral("--set"),
                   QStringLiteral("Trauma-informed practice\nProtection")}).exitCode, 0);
    add({QStringLiteral("--date"), QStringLiteral("2025-01-20"), QStringLiteral("--activity"), QStringLiteral("Trauma module"),
         QStringLiteral("--element"), QStringLiteral("Trauma-informed practice"), QStringLiteral("--learnt"), QStringLiteral("Safety first"),
         QStringLiteral("--impact-practice"), QStringLiteral("I ask before I touch")});
    const QString out = m_dir.filePath(QStringLiteral("sssc.txt"));
    const CliResult r = run({QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"),
                             QStringLiteral("-o"), out});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QFile f(out);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("Declaration year 16 September 2024 to 15 September 2025")));
    EXPECT_TRUE(text.contains(QStringLiteral("Contribution to my practice: I ask before I touch")));
    EXPECT_TRUE(text.contains(QStringLiteral("Trauma-informed practice: covered\nProtection: not covered yet")));
}

TEST_F(RegulatorCli, BadInputSaysWhatIsWrongAndChangesNothing)
{
    profile(QStringLiteral("social-worker"), QStringLiteral("Social Care Wales"));
    const CliResult unknown = run({QStringLiteral("cpd"), QStringLiteral("check")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("\"Social Care Wales\" names none Waymark knows"))) << unknown.err.toStdString();
    const CliResult hcpcYear = run({QStringLiteral("cpd"), QStringLiteral("check"), QStringLiteral("--regulator"), QStringLiteral("hcpc"),
                                    QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(hcpcYear.exitCode, 2);
    EXPECT_TRUE(hcpcYear.err.contains(QStringLiteral("use --on")));
    const CliResult noDeclaration = run({QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--regulator"), QStringLiteral("sssc"),
                                         QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(noDeclaration.exitCode, 2);
    EXPECT_TRUE(noDeclaration.err.contains(QStringLiteral("declaration-date")));
    const CliResult pdfNoFile = run({QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--regulator"), QStringLiteral("swe"),
                                     QStringLiteral("--format"), QStringLiteral("pdf")});
    EXPECT_EQ(pdfNoFile.exitCode, 2);
    const CliResult badDate = run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("declaration-date"), QStringLiteral("--set"),
                                   QStringLiteral("15/09/2023")});
    EXPECT_EQ(badDate.exitCode, 1);
    EXPECT_TRUE(badDate.err.contains(QStringLiteral("YYYY-MM-DD")));
    EXPECT_EQ(run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("declaration-date")}).out, QString());
    const CliResult badName = run({QStringLiteral("cpd"), QStringLiteral("text"), QStringLiteral("cv")});
    EXPECT_EQ(badName.exitCode, 2);
    EXPECT_EQ(run({QStringLiteral("cpd"), QStringLiteral("update"), QStringLiteral("99"), QStringLiteral("--learnt"), QStringLiteral("x")}).exitCode, 1);
}

TEST_F(RegulatorCli, PersonalDataStopsTheExportUntilAccepted)
{
    profile(QStringLiteral("social-worker"), QStringLiteral("Social Work England"));
    ASSERT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("names"), QStringLiteral("--add"), QStringLiteral("Kate Smith")}).exitCode, 0);
    add({QStringLiteral("--date"), QStringLiteral("2025-03-04"), QStringLiteral("--activity"), QStringLiteral("Team reflective session"),
         QStringLiteral("--peer-reflection"), QStringLiteral("Discussed Kate Smith's move to SW1A 1AA with Kim")});
    const QString out = m_dir.filePath(QStringLiteral("swe.pdf"));
    const QStringList args{QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--year"), QStringLiteral("2025"),
                           QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), out};
    const CliResult refused = run(args);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("CPD record 1 of 1 (Peer reflection) Postcode: \"SW1A 1AA\""))) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("\"Kate Smith\"")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("2 likely piece(s) of personal data found; nothing was exported")));
    EXPECT_FALSE(QFile::exists(out));
    const CliResult accepted = run(args + QStringList{QStringLiteral("--accept-findings")});
    ASSERT_EQ(accepted.exitCode, 0) << accepted.err.toStdString();
    EXPECT_TRUE(pdfWords(out).contains(QStringLiteral("Discussed Kate Smith's move to SW1A 1AA with Kim")));
}

TEST_F(RegulatorCli, AnExportSaysWhichPeriodItWritesAndWarnsWhenItIsEmpty)
{
    profile(QStringLiteral("social-worker"), QStringLiteral("Social Work England"));
    add({QStringLiteral("--date"), QStringLiteral("2025-06-10"), QStringLiteral("--activity"), QStringLiteral("Court skills course"),
         QStringLiteral("--type"), QStringLiteral("Course or training")});
    // 3 December: the registration year that ended on 30 November holds the record; the new one is empty.
    const CliResult fresh = run({QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--on"), QStringLiteral("2025-12-03")});
    ASSERT_EQ(fresh.exitCode, 0) << fresh.err.toStdString();
    EXPECT_TRUE(fresh.err.contains(QStringLiteral("Exporting Social Work England:"))) << fresh.err.toStdString();
    EXPECT_TRUE(fresh.err.contains(QStringLiteral("warning: this period has no CPD records yet; the one before it, to 2025-11-30, has 1. "
                                                  "Choose it with --on 2025-11-30."))) << fresh.err.toStdString();

    const CliResult last = run({QStringLiteral("cpd"), QStringLiteral("export"), QStringLiteral("--on"), QStringLiteral("2025-11-30")});
    ASSERT_EQ(last.exitCode, 0) << last.err.toStdString();
    EXPECT_FALSE(last.err.contains(QStringLiteral("warning"))) << last.err.toStdString();
    EXPECT_TRUE(last.out.contains(QStringLiteral("Court skills course")));
    const CliResult check = run({QStringLiteral("cpd"), QStringLiteral("check"), QStringLiteral("--on"), QStringLiteral("2025-11-30")});
    EXPECT_TRUE(check.out.contains(QStringLiteral("says nothing about why it is relevant"))) << check.out.toStdString();
}
