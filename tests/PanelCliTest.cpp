#include "PdfTestSupport.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark::test;

namespace {

// waymark-cli readiness, anonymity and export-pdf, run as a user would against a real file.
class PanelCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_portfolio = m_dir.filePath(QStringLiteral("cli.waymark"));
        ASSERT_EQ(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Alex Practitioner"),
                       QStringLiteral("--profession"), QStringLiteral("social-worker"), QStringLiteral("--qualified"), QStringLiteral("2023-07-01"),
                       QStringLiteral("--pathway"), QStringLiteral("camden-launch-pad"), QStringLiteral("--current-step"), QStringLiteral("social-worker"),
                       QStringLiteral("--target-step"), QStringLiteral("advanced-social-worker")}).exitCode, 0);
    }

    CliResult run(const QStringList& args)
    {
        return runCli(QStringList{QStringLiteral("--portfolio"), m_portfolio} + args);
    }

    void addEvidence(const QString& title, const QString& narrative)
    {
        const CliResult r = run({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), title, QStringLiteral("--date"),
                                 QStringLiteral("2026-01-05"), QStringLiteral("--kind"), QStringLiteral("direct-practice"), QStringLiteral("--narrative"),
                                 narrative, QStringLiteral("--map"), QStringLiteral("camden-launch-pad:advanced-social-worker-req-specialist-field-experience")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }

    QTemporaryDir m_dir;
    QString m_portfolio;
};

} // namespace

TEST_F(PanelCli, ReadinessExplainsTheVerdictAsTextAndJson)
{
    const CliResult text = run({QStringLiteral("readiness"), QStringLiteral("--today"), QStringLiteral("2026-11-26")});
    EXPECT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Not yet ready for Advanced social worker")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("[met]     At least 3 years' post-qualifying experience")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Specialist field experience holding complex cases including court work — no evidence yet")));

    const CliResult json = run({QStringLiteral("readiness"), QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-01-01")});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("verdict")).toString(), QStringLiteral("not-yet"));
    EXPECT_EQ(o.value(QStringLiteral("tree")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("all"));

    const CliResult whatIf = run({QStringLiteral("readiness"), QStringLiteral("--pathway"), QStringLiteral("sssc-clf-personal-capabilities"),
                                  QStringLiteral("--profile"), QStringLiteral("nursery-manager")});
    EXPECT_EQ(whatIf.exitCode, 0) << whatIf.err.toStdString();
    EXPECT_TRUE(whatIf.out.contains(QStringLiteral("Nursery manager")));

    const CliResult bad = run({QStringLiteral("readiness"), QStringLiteral("--target"), QStringLiteral("astronaut")});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("no step or role profile \"astronaut\"")));
}

TEST_F(PanelCli, ExportIsRefusedWhileFindingsAreUnresolved)
{
    addEvidence(QStringLiteral("Home visit"), QStringLiteral("Visited the family at SW1A 1AA with the social worker."));
    const QString pdf = m_dir.filePath(QStringLiteral("panel.pdf"));
    const CliResult refused = run({QStringLiteral("export-pdf"), pdf});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("[[SW1A 1AA]]")));
    EXPECT_TRUE(refused.err.contains(QStringLiteral("nothing was written")));
    EXPECT_FALSE(QFile::exists(pdf));

    const CliResult check = run({QStringLiteral("anonymity"), QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_EQ(QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("unresolved")).toInt(), 1);
    EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("confirm"), QStringLiteral("1"), QStringLiteral("postcode:sw1a 1aa")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("check")}).exitCode, 0);

    const CliResult written = run({QStringLiteral("export-pdf"), pdf, QStringLiteral("--today"), QStringLiteral("2026-11-26")});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(written.out.contains(QStringLiteral("1 evidence item(s)")));
    EXPECT_TRUE(qpdfChecks(pdf));
}

TEST_F(PanelCli, NamesListFeedsTheCheckAndAcceptFindingsOverrides)
{
    ASSERT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("names"), QStringLiteral("--add"), QStringLiteral("Kate Smith")}).exitCode, 0);
    addEvidence(QStringLiteral("Supporting Kate"), QStringLiteral("Kate Smith's carer asked for respite."));
    addEvidence(QStringLiteral("Clean item"), QStringLiteral("Chaired the strategy meeting."));
    const QString pdf = m_dir.filePath(QStringLiteral("forced.pdf"));
    const CliResult forced = run({QStringLiteral("export-pdf"), pdf, QStringLiteral("--accept-findings")});
    EXPECT_EQ(forced.exitCode, 0);
    EXPECT_TRUE(forced.err.contains(QStringLiteral("Name from your list")));
    EXPECT_TRUE(qpdfChecks(pdf));
    EXPECT_TRUE(pdfWords(pdf, 1).contains(QStringLiteral("Anonymisation check: not passed: 1 finding(s) accepted unresolved")));
    const CliResult excluded = run({QStringLiteral("export-pdf"), m_dir.filePath(QStringLiteral("clean.pdf")), QStringLiteral("--exclude"), QStringLiteral("1")});
    EXPECT_EQ(excluded.exitCode, 0) << excluded.err.toStdString(); // the only finding is left out
    EXPECT_TRUE(excluded.out.contains(QStringLiteral("1 evidence item(s)")));
    EXPECT_TRUE(qpdfChecks(m_dir.filePath(QStringLiteral("clean.pdf"))));
}

TEST_F(PanelCli, RedactHidesAFindingInThePanelCopyOnly)
{
    ASSERT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("names"), QStringLiteral("--add"), QStringLiteral("Kate Smith")}).exitCode, 0);
    addEvidence(QStringLiteral("Supporting a carer"), QStringLiteral("Kate Smith's carer asked for respite."));
    ASSERT_EQ(run({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-01-06"), QStringLiteral("--activity"),
                   QStringLiteral("Carers' rights"), QStringLiteral("--hours"), QStringLiteral("2"), QStringLiteral("--notes"),
                   QStringLiteral("Applied it for the family at NW1 2DB")}).exitCode, 0);

    // The check reaches the CPD log too, and shows each match whole with both ways out.
    const CliResult check = run({QStringLiteral("anonymity"), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(QStringLiteral("E1 Supporting a carer (narrative) Name from your list: \"Kate Smith\""))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("CPD: Carers' rights (notes) Postcode: \"NW1 2DB\"")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("waymark-cli anonymity redact cpd:1 \"postcode:nw1 2db\"")));

    EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("redact"), QStringLiteral("evidence:1"), QStringLiteral("name:kate smith")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("redact"), QStringLiteral("cpd:1"), QStringLiteral("postcode:nw1 2db")}).exitCode, 0);
    EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("redact"), QStringLiteral("cpd:1"), QStringLiteral("name:nobody")}).exitCode, 1);
    const CliResult json = run({QStringLiteral("anonymity"), QStringLiteral("check"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0) << json.out.toStdString();

    const QString pdf = m_dir.filePath(QStringLiteral("redacted.pdf"));
    const CliResult written = run({QStringLiteral("export-pdf"), pdf, QStringLiteral("--today"), QStringLiteral("2026-11-26")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(qpdfChecks(pdf));
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("[redacted]'s carer asked for respite.")));
    EXPECT_TRUE(words.contains(QStringLiteral("Applied it for the family at [redacted]")));
    EXPECT_FALSE(words.contains(QStringLiteral("Kate Smith")));
    EXPECT_FALSE(words.contains(QStringLiteral("NW1 2DB")));
    // The evidence itself is untouched: still version 1, with the name.
    const CliResult shown = run({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject e = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    EXPECT_EQ(e.value(QStringLiteral("version")).toInt(), 1) << shown.out.toStdString();
    EXPECT_TRUE(e.value(QStringLiteral("narrative")).toString().contains(QStringLiteral("Kate Smith")));
}

TEST_F(PanelCli, AnAddressATitledNameAndAChildsAgeAreHeldBackUntilResolved)
{
    addEvidence(QStringLiteral("Home visit"), QStringLiteral("Visited Mrs Okafor at 14 Hartland Road, London, with her 7-year-old."));
    const QString pdf = m_dir.filePath(QStringLiteral("panel.pdf"));
    const CliResult refused = run({QStringLiteral("export-pdf"), pdf});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("[[14 Hartland Road]]"))) << refused.err.toStdString();
    EXPECT_FALSE(QFile::exists(pdf));

    const CliResult check = run({QStringLiteral("anonymity"), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 1);
    EXPECT_TRUE(check.out.contains(QStringLiteral("E1 Home visit (narrative) Street address: \"14 Hartland Road\""))) << check.out.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("Name with a title: \"Mrs Okafor\"")));
    EXPECT_TRUE(check.out.contains(QStringLiteral("Child's age: \"7-year-old\"")));

    // Accepted without change, the PDF says the check did not pass.
    const QString forced = m_dir.filePath(QStringLiteral("forced.pdf"));
    ASSERT_EQ(run({QStringLiteral("export-pdf"), forced, QStringLiteral("--accept-findings")}).exitCode, 0);
    EXPECT_TRUE(pdfWords(forced, 1).contains(QStringLiteral("Anonymisation check: not passed: 3 finding(s) accepted unresolved")));

    for (const QString& key : {QStringLiteral("address:14 hartland road"), QStringLiteral("titled-name:mrs okafor"), QStringLiteral("child-age:7-year-old")})
        EXPECT_EQ(run({QStringLiteral("anonymity"), QStringLiteral("redact"), QStringLiteral("evidence:1"), key}).exitCode, 0) << key.toStdString();
    const CliResult written = run({QStringLiteral("export-pdf"), pdf, QStringLiteral("--today"), QStringLiteral("2026-11-26")});
    ASSERT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(qpdfChecks(pdf));
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Visited [redacted] at [redacted], London, with her [redacted]."))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("Hartland")));
    EXPECT_FALSE(words.contains(QStringLiteral("Okafor")));
    EXPECT_TRUE(pdfWords(pdf, 1).contains(QStringLiteral("Anonymisation check: passed")));
}

TEST_F(PanelCli, TheMatrixShowsEveryStepOnlyWhenAsked)
{
    const QString byDefault = m_dir.filePath(QStringLiteral("default.pdf"));
    const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
    ASSERT_EQ(run({QStringLiteral("export-pdf"), byDefault}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("export-pdf"), all, QStringLiteral("--all-steps")}).exitCode, 0);
    EXPECT_TRUE(qpdfChecks(byDefault));
    EXPECT_TRUE(qpdfChecks(all));
    EXPECT_TRUE(pdfWords(byDefault).contains(QStringLiteral("Advanced social worker – Requirements")));
    EXPECT_FALSE(pdfWords(byDefault).contains(QStringLiteral("Team manager – Requirements")));
    EXPECT_TRUE(pdfWords(all).contains(QStringLiteral("Team manager – Requirements")));
}

TEST_F(PanelCli, NewVerbsHaveHelp)
{
    for (const QStringList& verb : {QStringList{QStringLiteral("readiness")}, QStringList{QStringLiteral("export-pdf")},
                                    QStringList{QStringLiteral("anonymity"), QStringLiteral("check")},
                                    QStringList{QStringLiteral("anonymity"), QStringLiteral("names")},
                                    QStringList{QStringLiteral("anonymity"), QStringLiteral("redact")}}) {
        const CliResult r = run(verb + QStringList{QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << verb.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage: waymark-cli ") + verb.join(QLatin1Char(' ')))) << r.out.toStdString();
    }
}
