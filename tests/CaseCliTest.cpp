// Progression cases from the shell: the real waymark-cli on a portfolio in a temporary folder,
// the PDFs it writes read back with pdftotext, and a judgement edited behind its back.

#include "PdfTestSupport.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <initializer_list>

using namespace waymark::test;

namespace {

QStringList words(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* w : list)
        out << QString::fromUtf8(w);
    return out;
}

std::string show(const QStringList& args, const CliResult& r)
{
    return (args.join(QLatin1Char(' ')) + QStringLiteral("\nexit ") + QString::number(r.exitCode) + QStringLiteral("\nstdout:\n")
            + r.out + QStringLiteral("\nstderr:\n") + r.err).toStdString();
}

class CaseCli : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return dir.filePath(name); }

    CliResult cli(const QStringList& args, const QString& portfolio = QString()) const
    {
        return runCli(QStringList{QStringLiteral("--pathways-dir"), QStringLiteral("-"), QStringLiteral("--portfolio"),
                                  portfolio.isEmpty() ? path(QStringLiteral("alex.waymark")) : portfolio} + args);
    }

    QString ok(const QStringList& args) const
    {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << show(args, r);
        return r.out;
    }

    void fails(const QStringList& args, int exitCode, const QString& expected) const
    {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, exitCode) << show(args, r);
        EXPECT_TRUE(r.err.contains(expected)) << "expected on stderr: " << expected.toStdString() << "\n" << show(args, r);
    }

    QJsonObject caseJson(const QString& id) const
    {
        return QJsonDocument::fromJson(ok({QStringLiteral("case"), QStringLiteral("show"), id, QStringLiteral("--json")}).toUtf8()).object();
    }

    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        ok(words({"profile", "set", "--name", "Alex Smith", "--pathway", "buckinghamshire-social-worker-r6-r7",
                  "--current-step", "r6", "--target-step", "r7"}));
        ok(words({"evidence", "add", "--title", "Complex safeguarding case", "--date", "2025-01-10", "--kind", "direct-practice",
                  "--map", "buckinghamshire-social-worker-r6-r7:r7-key-1"}));
        ok(words({"judge", "buckinghamshire-social-worker-r6-r7:r7-key-1", "--verdict", "reached", "--by", "Kim Lee",
                  "--date", "2025-02-01"}));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(CaseCli, ACaseGoesThroughEveryStageAndTheLetterSaysWhoDecided)
{
    const QString id = ok(words({"case", "submit", "--target", "r7"})).trimmed();
    EXPECT_EQ(id, QStringLiteral("1"));
    EXPECT_TRUE(ok(words({"case", "list"})).contains(QStringLiteral("Awaits the Manager (stage 1 of 3)")));
    EXPECT_TRUE(ok(words({"case", "list", "--awaiting", "director"})).contains(QStringLiteral("No case awaits the Director")));
    const QJsonObject submitted = caseJson(id);
    EXPECT_EQ(submitted.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_EQ(submitted.value(QStringLiteral("snapshot")).toObject().value(QStringLiteral("evidence")).toArray().first().toObject()
                  .value(QStringLiteral("title")).toString(), QStringLiteral("Complex safeguarding case"));
    const QJsonObject worker = submitted.value(QStringLiteral("events")).toArray().first().toObject().value(QStringLiteral("by")).toObject();
    EXPECT_EQ(worker.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Smith"));
    EXPECT_FALSE(worker.value(QStringLiteral("signedIn")).toBool());

    // Refusals: the letter before a decision, the wrong stage, the wrong role, no reasons.
    fails(words({"case", "letter", "1", "-o"}) << path(QStringLiteral("early.pdf")), 1, QStringLiteral("is open"));
    fails(words({"case", "decide", "1", "--decision", "approve", "--by", "Dev Patel", "--role", "director"}), 1,
          QStringLiteral("awaits the Manager (stage 1 of 3) first"));
    fails(words({"case", "decide", "1", "--decision", "refer-back", "--by", "Mo Khan", "--role", "manager"}), 1, QStringLiteral("reasons"));
    fails(words({"case", "decide", "1", "--decision", "recommend", "--by", "Mo Khan", "--role", "boss"}), 2, QStringLiteral("--role"));

    EXPECT_TRUE(ok(words({"case", "decide", "1", "--decision", "recommend", "--by", "Mo Khan", "--role", "manager"}))
                    .contains(QStringLiteral("Awaits the Head of Service (stage 2 of 3)")));
    ok(words({"case", "decide", "1", "--decision", "recommend", "--by", "Hana Ito", "--role", "head-of-service", "--reason", "Strong evidence."}));
    EXPECT_TRUE(ok(words({"case", "list", "--awaiting", "director"})).contains(QStringLiteral("Advanced Practitioner Range 7")));
    ok(words({"case", "decide", "1", "--decision", "approve", "--by", "Dev Patel", "--role", "director"}));
    fails(words({"case", "decide", "1", "--decision", "approve", "--by", "Dev Patel", "--role", "director"}), 1, QStringLiteral("already approved"));
    fails(words({"case", "withdraw", "1"}), 1, QStringLiteral("already approved"));
    const QString shown = ok(words({"case", "show", "1"}));
    EXPECT_TRUE(shown.contains(QStringLiteral("Approved at stage 3 by Dev Patel (Director, not signed in)"))) << shown.toStdString();

    const QString letter = path(QStringLiteral("letter.pdf"));
    ok(words({"case", "letter", "1", "-o"}) << letter);
    const QString text = pdfWords(letter);
    EXPECT_TRUE(text.contains(QStringLiteral("Decision: Approved"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("approved by the Operational Director, Dev Patel (Director, not signed in)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Recommended at stage 2 of 3 (Head of Service) by Hana Ito (Head of service, not signed in)")));
    EXPECT_TRUE(text.contains(QStringLiteral("Reasons: Strong evidence.")));
    const QString sha = caseJson(id).value(QStringLiteral("snapshotSha256")).toString();
    const QJsonObject chain = QJsonDocument::fromJson(ok(words({"verify", "--json"})).toUtf8()).object();
    EXPECT_TRUE(text.contains(sha)) << "the snapshot hash is printed";
    EXPECT_TRUE(text.contains(chain.value(QStringLiteral("head")).toString())) << "the chain head is printed";
    EXPECT_EQ(chain.value(QStringLiteral("length")).toInt(), 5); // the judgement, submit, two recommendations, approval
    EXPECT_TRUE(ok(QStringList{QStringLiteral("verify-pdf"), letter}).contains(QStringLiteral("current head")));
    EXPECT_TRUE(qpdfChecks(letter));
}

TEST_F(CaseCli, ReferBackThenResubmitAndWithdraw)
{
    ok(words({"case", "submit", "--target", "r7"}));
    fails(words({"case", "submit", "--target", "r7"}), 1, QStringLiteral("already awaiting a decision"));
    ok(words({"case", "decide", "1", "--decision", "refer-back", "--by", "Mo Khan", "--role", "manager", "--reason", "Add a second source."}));
    const QString letter = path(QStringLiteral("referred.pdf"));
    ok(words({"case", "letter", "1", "-o"}) << letter);
    EXPECT_TRUE(pdfWords(letter).contains(QStringLiteral("referred back to you by the Manager, Mo Khan (Manager, not signed in)")));
    EXPECT_TRUE(pdfWords(letter).contains(QStringLiteral("Add a second source.")));
    const QString firstSha = caseJson(QStringLiteral("1")).value(QStringLiteral("snapshotSha256")).toString();
    EXPECT_EQ(ok(words({"case", "submit", "--target", "r7"})).trimmed(), QStringLiteral("1"));
    const QJsonObject again = caseJson(QStringLiteral("1"));
    EXPECT_NE(again.value(QStringLiteral("snapshotSha256")).toString(), firstSha);
    EXPECT_EQ(again.value(QStringLiteral("awaitedStage")).toInt(), 1);
    ok(words({"case", "withdraw", "1"}));
    EXPECT_EQ(caseJson(QStringLiteral("1")).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    fails(words({"case", "submit", "--profile", "nope"}), 2, QStringLiteral("no role profile \"nope\""));
    fails(words({"case", "show", "9"}), 1, QStringLiteral("There is no case 9"));
}

TEST_F(CaseCli, VerifyNamesAJudgementEditedBehindTheStoresBackAndVerifyPdfSeesIt)
{
    ok(words({"case", "submit", "--target", "r7"}));
    const QString panel = path(QStringLiteral("panel.pdf"));
    ok(words({"export-pdf", "--accept-findings"}) << panel);
    const QString sha = caseJson(QStringLiteral("1")).value(QStringLiteral("snapshotSha256")).toString();
    const QString head = QJsonDocument::fromJson(ok(words({"verify", "--json"})).toUtf8()).object().value(QStringLiteral("head")).toString();
    const QString text = pdfWords(panel, 1);
    EXPECT_TRUE(text.contains(QStringLiteral("Case snapshot SHA-256 ") + sha)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Record chain head ") + head)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Submitted by Alex Smith (Worker, not signed in)"))) << text.toStdString();
    EXPECT_TRUE(ok(QStringList{QStringLiteral("verify-pdf"), panel}).contains(QStringLiteral("Its case snapshot is case 1's")));

    // A later record: the PDF still matches, as an earlier point of the chain.
    ok(words({"judge", "buckinghamshire-social-worker-r6-r7:r7-key-2", "--verdict", "not-yet-reached", "--by", "Kim Lee"}));
    EXPECT_TRUE(ok(QStringList{QStringLiteral("verify-pdf"), panel}).contains(QStringLiteral("1 record(s) were added since")));

    // Another portfolio's PDF does not match.
    const CliResult other = cli(QStringList{QStringLiteral("verify-pdf"), panel}, path(QStringLiteral("other.waymark")));
    EXPECT_EQ(other.exitCode, 1) << show({}, other);
    EXPECT_TRUE(other.out.contains(QStringLiteral("does not match this portfolio"))) << show({}, other);

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(path(QStringLiteral("alex.waymark")));
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER judgements_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE judgements SET verdict = 'not-yet-reached' WHERE id = 1")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    const CliResult verify = cli(words({"verify"}));
    EXPECT_EQ(verify.exitCode, 1) << show({}, verify);
    EXPECT_TRUE(verify.out.contains(QStringLiteral("judgement:1 was changed after it was recorded"))) << show({}, verify);
    const CliResult pdf = cli(QStringList{QStringLiteral("verify-pdf"), panel});
    EXPECT_EQ(pdf.exitCode, 1) << show({}, pdf);
    EXPECT_TRUE(pdf.out.contains(QStringLiteral("The record chain is broken"))) << show({}, pdf);
    fails(QStringList{QStringLiteral("verify-pdf"), path(QStringLiteral("missing.pdf"))}, 1, QStringLiteral("Cannot read"));
}

TEST_F(CaseCli, TheCasePdfPrintsTheEvidenceAsFrozenAndMarksWhatChangedSince)
{
    ok(words({"evidence", "edit", "1", "--narrative", "Two of the four files audited were graded Requires improvement."}));
    ok(words({"case", "submit", "--target", "r7"}));
    ok(words({"case", "decide", "1", "--decision", "recommend", "--by", "Mo Khan", "--role", "manager"}));
    // After the submission: the worker rewrites the evidence and adds more.
    ok(words({"evidence", "edit", "1", "--narrative", "All four files audited were graded Outstanding."}));
    ok(words({"evidence", "add", "--title", "Added after submitting", "--date", "2025-03-01", "--kind", "direct-practice",
              "--map", "buckinghamshire-social-worker-r6-r7:r7-key-2"}));

    const QString panel = path(QStringLiteral("case.pdf"));
    ok(words({"export-pdf", "--accept-findings"}) << panel);
    const QString text = pdfWords(panel);
    EXPECT_TRUE(text.contains(QStringLiteral("Two of the four files audited were graded Requires improvement."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("graded Outstanding"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Added after submitting"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Changed after this case was submitted on"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Changed in the portfolio since it was submitted: E1 \"Complex safeguarding case\" (changed)")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("1 evidence item(s) added to the portfolio since are not part of the case"))) << text.toStdString();
    const QString verified = ok(QStringList{QStringLiteral("verify-pdf"), panel});
    EXPECT_TRUE(verified.contains(QStringLiteral("Its case snapshot is case 1's"))) << verified.toStdString();
    EXPECT_TRUE(verified.contains(QStringLiteral("1 evidence item(s) the PDF printed differ from the portfolio now (edited, deleted or "
                                                 "purged since): E1."))) << verified.toStdString();

    // A working copy prints the portfolio now, and says on every page that it is not the case.
    const QString working = path(QStringLiteral("working.pdf"));
    ok(words({"export-pdf", "--accept-findings", "--live"}) << working);
    const QString now = pdfWords(working);
    EXPECT_TRUE(now.contains(QStringLiteral("All four files audited were graded Outstanding."))) << now.toStdString();
    EXPECT_TRUE(now.contains(QStringLiteral("Added after submitting")));
    EXPECT_TRUE(now.contains(QStringLiteral("This is a working copy of the portfolio as it is now, not the case")));
    const int pages = pdfInfoField(working, QStringLiteral("Pages")).toInt();
    ASSERT_GT(pages, 1);
    for (int page = 2; page <= pages; ++page)
        EXPECT_TRUE(pdfWords(working, page).contains(QStringLiteral("Working copy, not the case"))) << "page " << page;
    const QString workingVerified = ok(QStringList{QStringLiteral("verify-pdf"), working});
    EXPECT_FALSE(workingVerified.contains(QStringLiteral("Its case snapshot is"))) << workingVerified.toStdString();
    EXPECT_TRUE(workingVerified.contains(QStringLiteral("Every evidence item the PDF printed is as it is in the portfolio now.")));
    ok(words({"evidence", "edit", "2", "--title", "Renamed"}));
    EXPECT_TRUE(ok(QStringList{QStringLiteral("verify-pdf"), working}).contains(QStringLiteral("differ from the portfolio now (edited, deleted or purged since): E2.")));
    fails(words({"export-pdf", "--live", "--case", "1", "x.pdf"}), 2, QStringLiteral("choose one"));
}

TEST_F(CaseCli, ACaseWhoseFrozenEvidenceIsGoneIsRefusedNotPrintedFromLiveData)
{
    ok(words({"case", "submit", "--target", "r7"}));
    ok(words({"evidence", "delete", "1"}));
    ok(words({"evidence", "purge", "1"}));
    const QString panel = path(QStringLiteral("case.pdf"));
    fails(words({"export-pdf", "--accept-findings"}) << panel, 1, QStringLiteral("evidence E1 (\"Complex safeguarding case\") version 1 is no longer in the portfolio"));
    EXPECT_FALSE(QFile::exists(panel));
    fails(words({"export-pdf", "--case", "7", "x.pdf"}), 1, QStringLiteral("There is no case 7"));
}

TEST_F(CaseCli, EveryRoundOfAResubmittedCaseReachesThePanelAndTheLetter)
{
    ok(words({"case", "submit", "--target", "r7"}));
    ok(words({"case", "decide", "1", "--decision", "refer-back", "--by", "Mo Khan", "--role", "manager", "--reason",
              "Add feedback from a second source."}));
    ok(words({"case", "submit", "--target", "r7"}));
    ok(words({"case", "decide", "1", "--decision", "decline", "--by", "Mo Khan", "--role", "manager", "--reason",
              "The second source does not speak to court work."}));

    const QString panel = path(QStringLiteral("rounds.pdf"));
    ok(words({"export-pdf", "--accept-findings"}) << panel);
    const QString cover = pdfWords(panel, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("Round 1:"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Reasons: Add feedback from a second source."))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Round 2, the snapshot this copy is of:"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("Reasons: The second source does not speak to court work.")));

    const QString letter = path(QStringLiteral("declined.pdf"));
    ok(words({"case", "letter", "1", "-o"}) << letter);
    const QString text = pdfWords(letter);
    EXPECT_TRUE(text.contains(QStringLiteral("Earlier rounds of this case Round 1"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Reasons: Add feedback from a second source."))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("The second source does not speak to court work.")));
}

TEST_F(CaseCli, AReasonGivenOnACaseIsCheckedLikeEveryTextThePdfPrints)
{
    ok(words({"case", "submit", "--target", "r7"}));
    ok(words({"case", "decide", "1", "--decision", "refer-back", "--by", "Mo Khan", "--role", "manager", "--reason",
              "Ask the family at SW1A 1AA for feedback."}));
    const QString held = path(QStringLiteral("held.pdf"));
    fails(words({"export-pdf"}) << held, 1, QStringLiteral("SW1A 1AA"));
    EXPECT_FALSE(QFile::exists(held));
}
