// Scripting a portfolio from the shell: runs the real waymark-cli against a portfolio in a
// temporary folder, as a user or a script would.

#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark::test;

namespace {

const QString itemA = QStringLiteral("camden-launch-pad:advanced-social-worker-req-specialist-field-experience");
const QString itemB = QStringLiteral("camden-launch-pad:advanced-social-worker-req-supporting-colleagues");
const QString offer = QStringLiteral("camden-launch-pad:advanced-social-worker-lo-aspiring-managers");
const QString offerTitle = QStringLiteral("Training for aspiring managers programme");

std::string show(const QStringList& args, const CliResult& r)
{
    return (args.join(QLatin1Char(' ')) + QStringLiteral("\nexit ") + QString::number(r.exitCode) + QStringLiteral("\nstdout:\n")
            + r.out + QStringLiteral("\nstderr:\n") + r.err).toStdString();
}

class StoreCli : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return dir.filePath(name); }

    // Runs waymark-cli on the test portfolio, without the user's own pathway files.
    CliResult cli(const QStringList& args, const QString& portfolio = QString(), const QByteArray& input = QByteArray()) const
    {
        return runCli(QStringList{QStringLiteral("--pathways-dir"), QStringLiteral("-"), QStringLiteral("--portfolio"),
                                  portfolio.isEmpty() ? path(QStringLiteral("portfolio.waymark")) : portfolio}
                          + args,
                      input);
    }

    // Runs a command that must succeed; returns its standard output.
    QString ok(const QStringList& args, const QString& portfolio = QString(), const QByteArray& input = QByteArray()) const
    {
        const CliResult r = cli(args, portfolio, input);
        EXPECT_EQ(r.exitCode, 0) << show(args, r);
        EXPECT_TRUE(r.err.isEmpty()) << show(args, r);
        return r.out;
    }

    QJsonDocument json(const QStringList& args, const QString& portfolio = QString()) const
    {
        const QString out = ok(args, portfolio);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << show(args, {0, out, QString()});
        return doc;
    }

    // Runs a command that must fail with the exit code, saying what is in expectedErr.
    void fails(const QStringList& args, int exitCode, const QString& expectedErr) const
    {
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, exitCode) << show(args, r);
        EXPECT_TRUE(r.err.contains(expectedErr)) << "expected on stderr: " << expectedErr.toStdString() << "\n" << show(args, r);
        EXPECT_TRUE(r.out.isEmpty()) << show(args, r);
    }

    // The first use creates the portfolio, and says so.
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        const CliResult r = cli({QStringLiteral("evidence"), QStringLiteral("list")});
        ASSERT_EQ(r.exitCode, 0) << show({}, r);
        EXPECT_TRUE(r.err.startsWith(QStringLiteral("waymark-cli: created a new portfolio at "))) << show({}, r);
        EXPECT_EQ(r.out, QStringLiteral("No evidence found.\n"));
    }

    QTemporaryDir dir;
};

} // namespace

TEST_F(StoreCli, FullSession)
{
    // Profile, role, award.
    EXPECT_EQ(ok({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Alex Smith"),
                  QStringLiteral("--profession"), QStringLiteral("social-worker"), QStringLiteral("--registration-body"),
                  QStringLiteral("Social Work England"), QStringLiteral("--registration-number"), QStringLiteral("SW123456"),
                  QStringLiteral("--qualified"), QStringLiteral("2019-07-01"), QStringLiteral("--pathway"),
                  QStringLiteral("camden-launch-pad"), QStringLiteral("--current-step"), QStringLiteral("social-worker"),
                  QStringLiteral("--target-step"), QStringLiteral("advanced-social-worker"), QStringLiteral("--supervisor"),
                  QStringLiteral("Sam Jones"), QStringLiteral("--supervisor-role"), QStringLiteral("Team manager")}),
              QStringLiteral("Profile saved.\n"));
    // Only the given fields change.
    ok({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--supervisor"), QStringLiteral("Kim Lee")});
    EXPECT_EQ(ok({QStringLiteral("profile"), QStringLiteral("role"), QStringLiteral("add"), QStringLiteral("--title"),
                  QStringLiteral("Social worker"), QStringLiteral("--grade"), QStringLiteral("Level 4"), QStringLiteral("--start"),
                  QStringLiteral("2020-01-06"), QStringLiteral("--supervised-others")}),
              QStringLiteral("1\n"));
    EXPECT_EQ(ok({QStringLiteral("profile"), QStringLiteral("award"), QStringLiteral("add"), QStringLiteral("--award"),
                  QStringLiteral("peps2"), QStringLiteral("--in-progress")}),
              QStringLiteral("1\n"));
    const QJsonObject profile = json({QStringLiteral("profile"), QStringLiteral("--json")}).object();
    EXPECT_EQ(profile.value(QStringLiteral("name")).toString(), QStringLiteral("Alex Smith"));
    EXPECT_EQ(profile.value(QStringLiteral("supervisorName")).toString(), QStringLiteral("Kim Lee"));
    EXPECT_EQ(profile.value(QStringLiteral("supervisorRole")).toString(), QStringLiteral("Team manager"));
    EXPECT_EQ(profile.value(QStringLiteral("qualified")).toString(), QStringLiteral("2019-07-01"));
    EXPECT_EQ(profile.value(QStringLiteral("targetStep")).toString(), QStringLiteral("advanced-social-worker"));
    ASSERT_EQ(profile.value(QStringLiteral("roles")).toArray().size(), 1);
    EXPECT_TRUE(profile.value(QStringLiteral("roles")).toArray().first().toObject().value(QStringLiteral("supervisedOthers")).toBool());
    const QJsonObject award = profile.value(QStringLiteral("awards")).toArray().first().toObject();
    EXPECT_EQ(award.value(QStringLiteral("title")).toString(), QStringLiteral("Practice Educator Professional Standards stage 2"));
    EXPECT_EQ(award.value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
    const QString shown = ok({QStringLiteral("profile")});
    EXPECT_TRUE(shown.contains(QStringLiteral("Target step:   advanced-social-worker (Advanced social worker)"))) << shown.toStdString();
    EXPECT_EQ(json({QStringLiteral("profile"), QStringLiteral("role"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);
    EXPECT_EQ(json({QStringLiteral("profile"), QStringLiteral("award"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);

    // Evidence with two mappings and an attachment, in one step.
    const QString attachment = path(QStringLiteral("court-notes.txt"));
    const QByteArray attachmentData("Notes from the hearing, anonymised.\n");
    {
        QFile f(attachment);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(attachmentData);
    }
    EXPECT_EQ(ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Parenting assessment for court"),
                  QStringLiteral("--date"), QStringLiteral("2024-03-01"), QStringLiteral("--kind"), QStringLiteral("direct-practice"),
                  QStringLiteral("--source"), QStringLiteral("Family court"), QStringLiteral("--narrative"),
                  QStringLiteral("I wrote a parenting assessment and gave evidence at the final hearing."),
                  QStringLiteral("--reflection-file"), QStringLiteral("-"),
                  QStringLiteral("--map"), itemA + QStringLiteral("=complex case with court work"),
                  QStringLiteral("--map"), itemB, QStringLiteral("--attach"), attachment},
                 QString(), QByteArray("Cross-examination taught me to evidence every recommendation.\n")),
              QStringLiteral("1\n"));
    const QJsonObject evidence = json({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).object();
    EXPECT_EQ(evidence.value(QStringLiteral("kind")).toString(), QStringLiteral("direct-practice"));
    EXPECT_EQ(evidence.value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(evidence.value(QStringLiteral("versionCount")).toInt(), 1);
    EXPECT_TRUE(evidence.value(QStringLiteral("reflection")).toString().startsWith(QStringLiteral("Cross-examination")));
    const QJsonArray mappings = evidence.value(QStringLiteral("mappings")).toArray();
    ASSERT_EQ(mappings.size(), 2);
    EXPECT_EQ(mappings[0].toObject().value(QStringLiteral("item")).toString(), itemA);
    EXPECT_EQ(mappings[0].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("complex case with court work"));
    EXPECT_EQ(mappings[1].toObject().value(QStringLiteral("item")).toString(), itemB);
    const QJsonArray attachments = evidence.value(QStringLiteral("attachments")).toArray();
    ASSERT_EQ(attachments.size(), 1);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(attachmentData, QCryptographicHash::Sha256).toHex());
    EXPECT_EQ(attachments[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("court-notes.txt"));
    EXPECT_EQ(attachments[0].toObject().value(QStringLiteral("sha256")).toString(), sha);
    const QString human = ok({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1")});
    EXPECT_TRUE(human.contains(sha)) << human.toStdString();
    EXPECT_TRUE(human.contains(itemA)) << human.toStdString();

    // The attachment comes back byte for byte.
    const QString saved = path(QStringLiteral("saved.txt"));
    ok({QStringLiteral("evidence"), QStringLiteral("attachment-save"), QString::number(attachments[0].toObject().value(QStringLiteral("id")).toInteger()), saved});
    {
        QFile f(saved);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_EQ(f.readAll(), attachmentData);
    }

    // Search finds it by a word of the narrative; the reverse view lists it under the item.
    const QJsonArray found = json({QStringLiteral("evidence"), QStringLiteral("search"), QStringLiteral("hearing"), QStringLiteral("--json")}).array();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found[0].toObject().value(QStringLiteral("id")).toInt(), 1);
    EXPECT_TRUE(ok({QStringLiteral("evidence"), QStringLiteral("search"), QStringLiteral("zebra")}).contains(QStringLiteral("No evidence matches")));
    const QJsonObject forItem = json({QStringLiteral("map"), QStringLiteral("list"), QStringLiteral("--item"), itemB, QStringLiteral("--json")}).object();
    ASSERT_EQ(forItem.value(QStringLiteral("evidence")).toArray().size(), 1);
    EXPECT_EQ(forItem.value(QStringLiteral("evidence")).toArray()[0].toObject().value(QStringLiteral("evidenceId")).toInt(), 1);
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--item"), itemA, QStringLiteral("--json")}).array().size(), 1);
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("audit"), QStringLiteral("--json")}).array().size(), 0);
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("2024-03-02"), QStringLiteral("--json")}).array().size(), 0);

    // A session, a judgement in it, and the history.
    EXPECT_EQ(ok({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-04-02"),
                  QStringLiteral("--supervisor"), QStringLiteral("Kim Lee"), QStringLiteral("--item"), itemA}),
              QStringLiteral("1\n"));
    EXPECT_EQ(json({QStringLiteral("session"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);
    EXPECT_EQ(ok({QStringLiteral("judge"), itemA, QStringLiteral("--verdict"), QStringLiteral("reached"), QStringLiteral("--by"),
                  QStringLiteral("Kim Lee"), QStringLiteral("--role"), QStringLiteral("Team manager"), QStringLiteral("--date"),
                  QStringLiteral("2024-04-02"), QStringLiteral("--session"), QStringLiteral("1"), QStringLiteral("--comment"),
                  QStringLiteral("Court work well evidenced.")}),
              QStringLiteral("1\n"));
    QString history = ok({QStringLiteral("judge"), QStringLiteral("history")});
    EXPECT_TRUE(history.contains(QStringLiteral("Reached, by Kim Lee, Team manager, in supervision session 1"))) << history.toStdString();
    EXPECT_TRUE(history.contains(itemA)) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("evidence 1 version 1: Parenting assessment for court"))) << history.toStdString();
    EXPECT_FALSE(history.contains(QStringLiteral("evidence changed since sign-off"))) << history.toStdString();

    // Editing the evidence the judgement relied on shows in the history.
    EXPECT_EQ(ok({QStringLiteral("evidence"), QStringLiteral("edit"), QStringLiteral("1"), QStringLiteral("--title"),
                  QStringLiteral("Parenting assessment for the final hearing")}),
              QStringLiteral("Saved evidence 1 as version 2.\n"));
    history = ok({QStringLiteral("judge"), QStringLiteral("history"), itemA});
    EXPECT_TRUE(history.contains(QStringLiteral("evidence changed since sign-off"))) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("(now version 2)"))) << history.toStdString();
    const QJsonArray judgements = json({QStringLiteral("judge"), QStringLiteral("history"), QStringLiteral("--json")}).array();
    ASSERT_EQ(judgements.size(), 1);
    EXPECT_TRUE(judgements[0].toObject().value(QStringLiteral("evidenceChanged")).toBool());
    EXPECT_EQ(judgements[0].toObject().value(QStringLiteral("sessionId")).toInt(), 1);
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--json")}).array().size(), 2);

    // Delete and restore.
    ok({QStringLiteral("evidence"), QStringLiteral("delete"), QStringLiteral("1")});
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);
    const QJsonArray withDeleted = json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--deleted"), QStringLiteral("--json")}).array();
    ASSERT_EQ(withDeleted.size(), 1);
    EXPECT_TRUE(withDeleted[0].toObject().value(QStringLiteral("deleted")).toBool());
    ok({QStringLiteral("evidence"), QStringLiteral("restore"), QStringLiteral("1")});
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 1);

    // A comment.
    EXPECT_EQ(ok({QStringLiteral("comment"), itemB, QStringLiteral("--author"), QStringLiteral("Kim Lee"), QStringLiteral("--role"),
                  QStringLiteral("supervisor"), QStringLiteral("--text"), QStringLiteral("Add colleague feedback.")}),
              QStringLiteral("1\n"));
    EXPECT_EQ(json({QStringLiteral("comment"), QStringLiteral("list"), itemB, QStringLiteral("--json")}).array().size(), 1);
    EXPECT_EQ(json({QStringLiteral("comment"), QStringLiteral("list"), itemA, QStringLiteral("--json")}).array().size(), 0);

    // A plan item from a learning offer takes the offer's title.
    EXPECT_EQ(ok({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--offer"), offer, QStringLiteral("--item"), itemB,
                  QStringLiteral("--target"), QStringLiteral("2024-12-31")}),
              QStringLiteral("1\n"));
    ok({QStringLiteral("plan"), QStringLiteral("status"), QStringLiteral("1"), QStringLiteral("in-progress")});
    const QJsonArray plan = json({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")}).array();
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan[0].toObject().value(QStringLiteral("activity")).toString(), offerTitle);
    EXPECT_EQ(plan[0].toObject().value(QStringLiteral("learningOffer")).toString(), offer);
    EXPECT_EQ(plan[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("in-progress"));
    EXPECT_TRUE(ok({QStringLiteral("plan"), QStringLiteral("list")}).contains(offerTitle));

    // CPD with its total.
    ok({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-01"), QStringLiteral("--activity"),
        QStringLiteral("Court skills workshop"), QStringLiteral("--hours"), QStringLiteral("3"), QStringLiteral("--evidence"), QStringLiteral("1")});
    ok({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-02-09"), QStringLiteral("--activity"),
        QStringLiteral("Reading on attachment"), QStringLiteral("--hours"), QStringLiteral("1.5")});
    EXPECT_TRUE(ok({QStringLiteral("cpd"), QStringLiteral("list")}).contains(QStringLiteral("Total: 4.5 hours in 2 entries")));
    const QJsonObject cpd = json({QStringLiteral("cpd"), QStringLiteral("list"), QStringLiteral("--json")}).object();
    EXPECT_DOUBLE_EQ(cpd.value(QStringLiteral("totalHours")).toDouble(), 4.5);
    EXPECT_EQ(cpd.value(QStringLiteral("entries")).toArray().size(), 2);

    // Export, import into a new portfolio, and the imported one lists the same evidence.
    const QString archive = path(QStringLiteral("backup.waymark-archive"));
    const QString imported = path(QStringLiteral("imported.waymark"));
    EXPECT_TRUE(ok({QStringLiteral("export-archive"), archive}).contains(QStringLiteral("1 evidence record")));
    EXPECT_TRUE(ok({QStringLiteral("import-archive"), archive, imported}).contains(imported));
    const QStringList list{QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--deleted"), QStringLiteral("--json")};
    const QJsonArray original = json(list).array();
    EXPECT_EQ(original.size(), 1);
    EXPECT_EQ(json(list, imported).array(), original);
    EXPECT_EQ(json({QStringLiteral("judge"), QStringLiteral("history"), QStringLiteral("--json")}, imported).array(), judgements);
    // Import never overwrites.
    const CliResult again = cli({QStringLiteral("import-archive"), archive, imported});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("already exists"))) << again.err.toStdString();
}

TEST_F(StoreCli, PurgedEvidenceStaysInTheJudgementRecord)
{
    ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Observation by a senior"),
        QStringLiteral("--date"), QStringLiteral("2024-05-01"), QStringLiteral("--kind"), QStringLiteral("observation"),
        QStringLiteral("--map"), itemB});
    ok({QStringLiteral("judge"), itemB, QStringLiteral("--verdict"), QStringLiteral("not-yet-reached"), QStringLiteral("--by"), QStringLiteral("Kim Lee")});
    // Only deleted evidence can be purged.
    fails({QStringLiteral("evidence"), QStringLiteral("purge"), QStringLiteral("1")}, 1, QStringLiteral("only be purged after it has been deleted"));
    ok({QStringLiteral("evidence"), QStringLiteral("delete"), QStringLiteral("1")});
    ok({QStringLiteral("evidence"), QStringLiteral("purge"), QStringLiteral("1")});
    fails({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1")}, 1, QStringLiteral("There is no evidence 1"));
    const QString history = ok({QStringLiteral("judge"), QStringLiteral("history")});
    EXPECT_TRUE(history.contains(QStringLiteral("evidence 1 version 1: Observation by a senior  (purged since)"))) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("evidence changed since sign-off"))) << history.toStdString();
}

TEST_F(StoreCli, BadUsageSaysWhatIsWrong)
{
    const QStringList add{QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T"),
                          QStringLiteral("--kind"), QStringLiteral("audit")};

    // Unknown items and pathways: exit 2, naming valid ids.
    fails({QStringLiteral("judge"), QStringLiteral("camden-launch-pad:no-such-item"), QStringLiteral("--verdict"), QStringLiteral("reached"),
           QStringLiteral("--by"), QStringLiteral("Kim")},
          2, QStringLiteral("pathway camden-launch-pad has no item \"no-such-item\". Perhaps: asye-req-registered-social-worker"));
    fails(add + QStringList{QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--map"), QStringLiteral("nowhere:x")},
          2, QStringLiteral("there is no pathway \"nowhere\". Known pathways: buckinghamshire-occupational-therapist-r6-r7"));
    fails(add + QStringList{QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--map"), QStringLiteral("camden-launch-pad")},
          2, QStringLiteral("write pathway-id:item-id"));
    fails({QStringLiteral("judge"), QStringLiteral("sssc-clf-personal-capabilities:self-confidence"), QStringLiteral("--verdict"),
           QStringLiteral("reached"), QStringLiteral("--by"), QStringLiteral("Kim")},
          2, QStringLiteral("is judged through its indicators"));
    fails({QStringLiteral("plan"), QStringLiteral("add"), QStringLiteral("--offer"), QStringLiteral("camden-launch-pad:nope")},
          2, QStringLiteral("has no learning offer \"nope\""));
    fails({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--pathway"), QStringLiteral("camden-launch-pad"),
           QStringLiteral("--current-step"), QStringLiteral("r7")},
          2, QStringLiteral("has no step \"r7\". Its steps: asye, social-worker"));

    // Dates: ISO only.
    fails(add + QStringList{QStringLiteral("--date"), QStringLiteral("01/03/2024")}, 2,
          QStringLiteral("--date must be a date written YYYY-MM-DD"));
    fails(add + QStringList{QStringLiteral("--date"), QStringLiteral("2024-02-30")}, 2, QStringLiteral("\"2024-02-30\" is not"));
    fails({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("yesterday"), QStringLiteral("--activity"),
           QStringLiteral("x"), QStringLiteral("--hours"), QStringLiteral("1")},
          2, QStringLiteral("--date must be a date written YYYY-MM-DD"));

    // Kinds, verdicts, roles, numbers.
    fails({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--date"),
           QStringLiteral("2024-01-01"), QStringLiteral("--kind"), QStringLiteral("blog")},
          2, QStringLiteral("unknown evidence kind \"blog\"; the kinds are direct-practice, observation"));
    fails({QStringLiteral("judge"), itemA, QStringLiteral("--verdict"), QStringLiteral("yes"), QStringLiteral("--by"), QStringLiteral("Kim")},
          2, QStringLiteral("--verdict must be one of reached, not-yet-reached, ready-for-review"));
    fails({QStringLiteral("comment"), itemA, QStringLiteral("--author"), QStringLiteral("Kim"), QStringLiteral("--role"),
           QStringLiteral("boss"), QStringLiteral("--text"), QStringLiteral("x")},
          2, QStringLiteral("--role must be one of manager, worker, supervisor"));
    fails({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--activity"),
           QStringLiteral("x"), QStringLiteral("--hours"), QStringLiteral("lots")},
          2, QStringLiteral("--hours must be a number"));
    fails({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--activity"),
           QStringLiteral("x"), QStringLiteral("--hours"), QStringLiteral("-2")},
          2, QStringLiteral("--hours must be a number of hours from 0 to 1000"));
    fails({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("first")}, 2, QStringLiteral("the evidence id must be a number"));

    // Missing required options and arguments.
    fails({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-01-01"), QStringLiteral("--kind"),
           QStringLiteral("audit")},
          2, QStringLiteral("waymark-cli evidence add: --title is required.\nTry 'waymark-cli evidence add --help'."));
    fails({QStringLiteral("judge"), itemA, QStringLiteral("--verdict"), QStringLiteral("reached")}, 2, QStringLiteral("--by is required"));
    fails({QStringLiteral("session"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2024-01-01")}, 2,
          QStringLiteral("--supervisor is required"));
    fails({QStringLiteral("map"), QStringLiteral("1")}, 2, QStringLiteral("give an evidence id and an item"));
    fails({QStringLiteral("profile"), QStringLiteral("set")}, 2, QStringLiteral("give at least one field to change"));
    fails({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--colour")}, 2, QStringLiteral("Unknown option 'colour'"));
    fails({QStringLiteral("evidence"), QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown subcommand \"frobnicate\""));
    fails({QStringLiteral("evidence")}, 2, QStringLiteral("Subcommands"));

    // Failed actions: exit 1.
    fails({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("42")}, 1, QStringLiteral("There is no evidence 42."));
    fails({QStringLiteral("map"), QStringLiteral("42"), itemA}, 1, QStringLiteral("There is no evidence 42."));
    fails({QStringLiteral("judge"), itemA, QStringLiteral("--verdict"), QStringLiteral("reached"), QStringLiteral("--by"), QStringLiteral("Kim"),
           QStringLiteral("--session"), QStringLiteral("7")},
          1, QStringLiteral("there is no supervision session 7"));
    fails({QStringLiteral("plan"), QStringLiteral("status"), QStringLiteral("9"), QStringLiteral("done")}, 1, QStringLiteral("no learning plan item 9"));
    fails({QStringLiteral("cpd"), QStringLiteral("remove"), QStringLiteral("9")}, 1, QStringLiteral("There is no CPD entry 9."));

    // Nothing was saved by any of it.
    EXPECT_EQ(json({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--deleted"), QStringLiteral("--json")}).array().size(), 0);
    EXPECT_EQ(json({QStringLiteral("judge"), QStringLiteral("history"), QStringLiteral("--json")}).array().size(), 0);
    EXPECT_EQ(json({QStringLiteral("plan"), QStringLiteral("list"), QStringLiteral("--json")}).array().size(), 0);
}

TEST_F(StoreCli, APortfolioThatCannotBeOpenedIsAFailedAction)
{
    const QString notPortfolio = path(QStringLiteral("notes.txt"));
    {
        QFile f(notPortfolio);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("just some text, not a database\n");
    }
    // Bad usage never creates a portfolio.
    const QString neverMade = path(QStringLiteral("never.waymark"));
    EXPECT_EQ(cli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("nope")}, neverMade).exitCode, 2);
    EXPECT_FALSE(QFile::exists(neverMade));

    const CliResult r = cli({QStringLiteral("evidence"), QStringLiteral("list")}, notPortfolio);
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot open the portfolio"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("is not a Waymark portfolio"))) << r.err.toStdString();
    QFile f(notPortfolio);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("just some text, not a database\n"));
}

TEST_F(StoreCli, EveryVerbAndSubcommandHasHelp)
{
    const QStringList commands = {
        QStringLiteral("profile"), QStringLiteral("profile show"), QStringLiteral("profile set"), QStringLiteral("profile role"),
        QStringLiteral("profile role add"), QStringLiteral("profile role list"), QStringLiteral("profile role remove"),
        QStringLiteral("profile award"), QStringLiteral("profile award add"), QStringLiteral("profile award list"),
        QStringLiteral("profile award remove"), QStringLiteral("evidence"), QStringLiteral("evidence add"), QStringLiteral("evidence edit"),
        QStringLiteral("evidence show"), QStringLiteral("evidence history"), QStringLiteral("evidence list"), QStringLiteral("evidence search"),
        QStringLiteral("evidence delete"), QStringLiteral("evidence restore"), QStringLiteral("evidence purge"),
        QStringLiteral("evidence attach"), QStringLiteral("evidence attachment-save"), QStringLiteral("map"), QStringLiteral("map remove"),
        QStringLiteral("map list"), QStringLiteral("judge"), QStringLiteral("judge history"), QStringLiteral("comment"),
        QStringLiteral("comment list"), QStringLiteral("session"), QStringLiteral("session add"), QStringLiteral("session list"),
        QStringLiteral("plan"), QStringLiteral("plan add"), QStringLiteral("plan list"), QStringLiteral("plan status"),
        QStringLiteral("plan remove"), QStringLiteral("cpd"), QStringLiteral("cpd add"), QStringLiteral("cpd list"),
        QStringLiteral("cpd remove"), QStringLiteral("cpd update"), QStringLiteral("cpd check"), QStringLiteral("cpd export"),
        QStringLiteral("cpd text"), QStringLiteral("export-archive"), QStringLiteral("import-archive"), QStringLiteral("stages"), QStringLiteral("next"),
    };
    for (const QString& command : commands) {
        const QStringList args = command.split(QLatin1Char(' ')) << QStringLiteral("--help");
        const CliResult r = cli(args);
        EXPECT_EQ(r.exitCode, 0) << show(args, r);
        EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: waymark-cli ") + command + QLatin1Char(' '))) << show(args, r);
        EXPECT_TRUE(r.err.isEmpty()) << show(args, r);
    }
    // The verbs with subcommands list them; listing commands offer --json.
    EXPECT_TRUE(cli({QStringLiteral("evidence"), QStringLiteral("--help")}).out.contains(QStringLiteral("attachment-save")));
    EXPECT_TRUE(cli({QStringLiteral("judge"), QStringLiteral("--help")}).out.contains(QStringLiteral("history")));
    EXPECT_TRUE(cli({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--help")}).out.contains(QStringLiteral("service-user-feedback")));
    for (const char* listing : {"profile", "profile role list", "profile award list", "evidence show", "evidence history", "evidence list",
                                "evidence search", "map list", "judge history", "comment list", "session list", "plan list", "cpd list", "cpd check"}) {
        const QStringList args = QString::fromLatin1(listing).split(QLatin1Char(' ')) << QStringLiteral("--help");
        EXPECT_TRUE(cli(args).out.contains(QStringLiteral("--json"))) << listing;
    }
    const CliResult top = runCli({QStringLiteral("--help")});
    for (const char* verb : {"profile", "evidence", "map", "judge", "comment", "session", "plan", "cpd", "export-archive", "import-archive"})
        EXPECT_TRUE(top.out.contains(QStringLiteral("\n  %1 ").arg(QLatin1String(verb)))) << verb;
}

// The judge and readiness verbs as a supervisor and a panel rely on them.
TEST_F(StoreCli, JudgementsAPanelCanTrust)
{
    const auto q = [](const char* s) { return QString::fromUtf8(s); };
    // Reached with nothing to rely on is refused unless confirmed, and then shown as such.
    fails({q("judge"), itemB, q("--verdict"), q("reached"), q("--by"), q("Kim Lee"), q("--date"), q("2026-06-01")}, 1, q("has no evidence"));
    ok({q("judge"), itemB, q("--verdict"), q("reached"), q("--by"), q("Kim Lee"), q("--date"), q("2026-06-01"), q("--without-evidence")});
    EXPECT_TRUE(ok({q("judge"), q("history"), itemB}).contains(q("signed off without evidence")));
    // Dates after today are refused.
    fails({q("judge"), itemB, q("--verdict"), q("not-yet-reached"), q("--by"), q("Kim Lee"), q("--date"), q("2999-01-01")}, 1,
          q("cannot be dated after today"));

    const QString id = ok({q("evidence"), q("add"), q("--title"), q("Court report"), q("--date"), q("2024-03-01"), q("--kind"),
                           q("direct-practice"), q("--map"), itemA})
                           .trimmed();
    ok({q("judge"), itemA, q("--verdict"), q("reached"), q("--by"), q("Kim Lee"), q("--date"), q("2026-06-01")});
    // Recorded later, dated earlier: kept, and said not to change the verdict.
    const QStringList earlier{q("judge"), itemA, q("--verdict"), q("not-yet-reached"), q("--by"), q("Sam Jones"), q("--date"), q("2026-05-01")};
    const CliResult late = cli(earlier);
    EXPECT_EQ(late.exitCode, 0) << show(earlier, late);
    EXPECT_TRUE(late.err.contains(q("does not change the verdict"))) << show(earlier, late);
    const QString history = ok({q("judge"), q("history"), itemA});
    EXPECT_LT(history.indexOf(q("2026-05-01")), history.indexOf(q("2026-06-01"))) << history.toStdString(); // by date
    EXPECT_TRUE(history.contains(q("2026-06-01  ") + itemA + q("  (counts)"))) << history.toStdString();
    EXPECT_TRUE(history.contains(q("does not change the verdict")));
    const QString recorded = ok({q("judge"), q("history"), itemA, q("--recorded")});
    EXPECT_LT(recorded.indexOf(q("2026-06-01")), recorded.indexOf(q("2026-05-01")));

    const QStringList readiness{q("readiness"), q("--pathway"), q("camden-launch-pad"), q("--target"), q("advanced-social-worker"), q("--json")};
    EXPECT_TRUE(json(readiness).object().value(q("reconfirm")).toArray().isEmpty());
    // As on 15 May 2026, only the "not yet" of 1 May had been made.
    const QString then = ok({q("readiness"), q("--pathway"), q("camden-launch-pad"), q("--target"), q("advanced-social-worker"),
                             q("--today"), q("2026-05-15")});
    EXPECT_TRUE(then.contains(q("judged not yet reached by Sam Jones on 1 May 2026"))) << then.toStdString();

    // An edit after the sign-off: readiness names the item and who signed it off, until re-confirmed.
    ok({q("evidence"), q("edit"), id, q("--title"), q("Court report, final version")});
    const QJsonArray reconfirm = json(readiness).object().value(q("reconfirm")).toArray();
    ASSERT_EQ(reconfirm.size(), 1);
    EXPECT_EQ(reconfirm[0].toObject().value(q("item")).toString(), itemA);
    EXPECT_EQ(reconfirm[0].toObject().value(q("signedOffBy")).toString(), q("Kim Lee"));
    fails({q("judge"), q("reconfirm"), itemB, q("--by"), q("Kim Lee")}, 1, q("nothing to re-confirm"));
    ok({q("judge"), q("reconfirm"), itemA, q("--by"), q("Kim Lee"), q("--date"), q("2026-06-02")});
    EXPECT_TRUE(json(readiness).object().value(q("reconfirm")).toArray().isEmpty());
}

TEST_F(StoreCli, StagesShowEachCapabilityAndWhatTheNextStageNeeds)
{
    const QString sssc = QStringLiteral("sssc-clf-personal-capabilities");
    fails({QStringLiteral("stages")}, 2, QStringLiteral("none of your pathways has capabilities with stages"));
    ok({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--pathway"), sssc});
    QString out = ok({QStringLiteral("stages")});
    EXPECT_TRUE(out.startsWith(QStringLiteral("Continuous Learning Framework: personal capabilities (sssc-clf-personal-capabilities)\n")))
        << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("\n  Managing conflict: Below engaged\n    Still to reach for engaged (2):\n"
                                            "      - sssc-clf-personal-capabilities:managing-conflict-engaged-1\n")))
        << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("(sssc-clf-organisational-capabilities)")));

    for (const char* id : {"managing-conflict-engaged-1", "managing-conflict-engaged-2"})
        ok({QStringLiteral("judge"), sssc + QLatin1Char(':') + QLatin1String(id), QStringLiteral("--verdict"), QStringLiteral("reached"),
            QStringLiteral("--by"), QStringLiteral("Kim Lee"), QStringLiteral("--without-evidence")});
    out = ok({QStringLiteral("stages"), QStringLiteral("--pathway"), sssc});
    EXPECT_TRUE(out.contains(QStringLiteral("\n  Managing conflict: Engaged\n    Still to reach for established (2):\n"))) << out.toStdString();

    const QJsonArray all = json({QStringLiteral("stages"), QStringLiteral("--json")}).array();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].toObject().value(QStringLiteral("pathway")).toString(), sssc);
    QJsonObject conflict;
    for (const QJsonValue& c : all[0].toObject().value(QStringLiteral("capabilities")).toArray())
        if (c.toObject().value(QStringLiteral("id")).toString() == sssc + QStringLiteral(":managing-conflict"))
            conflict = c.toObject();
    EXPECT_EQ(conflict.value(QStringLiteral("stage")).toString(), QStringLiteral("engaged"));
    EXPECT_EQ(conflict.value(QStringLiteral("stageTitle")).toString(), QStringLiteral("Engaged"));
    EXPECT_EQ(conflict.value(QStringLiteral("nextStage")).toString(), QStringLiteral("established"));
    EXPECT_EQ(conflict.value(QStringLiteral("missingForNext")).toArray().size(), 2);

    fails({QStringLiteral("stages"), QStringLiteral("--pathway"), QStringLiteral("camden-launch-pad")}, 2,
          QStringLiteral("camden-launch-pad has no capabilities with stages"));
}

TEST_F(StoreCli, StagesOfAnEmployersPathwayIncludeTheSsscCapabilitiesItNames)
{
    QTemporaryDir pathways;
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("pathways/employer-sssc.json")), pathways.filePath(QStringLiteral("employer-sssc.json"))));
    auto run = [&](const QStringList& args) {
        return runCli(QStringList{QStringLiteral("--pathways-dir"), pathways.path(), QStringLiteral("--portfolio"), path(QStringLiteral("portfolio.waymark"))} + args);
    };
    EXPECT_EQ(run({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--pathway"), QStringLiteral("employer-sssc"),
                   QStringLiteral("--current-step"), QStringLiteral("practitioner")}).exitCode, 0);
    const CliResult r = run({QStringLiteral("stages")});
    EXPECT_EQ(r.exitCode, 0) << show({}, r);
    EXPECT_TRUE(r.err.isEmpty()) << show({}, r);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Managing conflict: Below engaged"))) << show({}, r);
    // Readiness for the employer's step checks the SSSC capability its rule names.
    const CliResult readiness = run({QStringLiteral("readiness")});
    EXPECT_EQ(readiness.exitCode, 0) << show({}, readiness);
    EXPECT_TRUE(readiness.out.contains(QStringLiteral("Managing conflict must be at engaged"))) << show({}, readiness);
}

TEST_F(StoreCli, ARoleProfileCanBeTheTargetStep)
{
    const QString sssc = QStringLiteral("sssc-clf-personal-capabilities");
    ok({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--pathway"), sssc, QStringLiteral("--target-step"),
        QStringLiteral("nursery-manager")});
    EXPECT_TRUE(ok({QStringLiteral("profile")}).contains(QStringLiteral("Target step:   nursery-manager (role profile: Nursery manager)")));
    const QString readiness = ok({QStringLiteral("readiness")});
    EXPECT_TRUE(readiness.startsWith(QStringLiteral("Not yet ready for the Nursery manager role profile"))) << readiness.toStdString();
    EXPECT_FALSE(readiness.contains(QStringLiteral("has no step")));
    // --target names a step or a role profile of any pathway.
    const QJsonObject what = json({QStringLiteral("readiness"), QStringLiteral("--target"), QStringLiteral("nursery-practitioner"),
                                   QStringLiteral("--json")}).object();
    EXPECT_EQ(what.value(QStringLiteral("target")).toString(), QStringLiteral("nursery-practitioner"));
    EXPECT_EQ(what.value(QStringLiteral("tree")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("roleProfile"));

    fails({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--target-step"), QStringLiteral("nursery-boss")}, 2,
          QStringLiteral("pathway sssc-clf-personal-capabilities has no step or role profile \"nursery-boss\". Its steps: none. "
                         "Its role profiles: nursery-practitioner, nursery-manager."));
    // The step a worker is on is a step, never a role profile.
    fails({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--current-step"), QStringLiteral("nursery-manager")}, 2,
          QStringLiteral("has no step \"nursery-manager\""));
}

TEST_F(StoreCli, NextSaysWhomToAskAndWhatToAdd)
{
    const QString camden = QStringLiteral("camden-launch-pad:advanced-social-worker-req-");
    ok({QStringLiteral("profile"), QStringLiteral("set"), QStringLiteral("--name"), QStringLiteral("Alex Smith"), QStringLiteral("--pathway"),
        QStringLiteral("camden-launch-pad"), QStringLiteral("--current-step"), QStringLiteral("social-worker"), QStringLiteral("--supervisor"),
        QStringLiteral("Priya Shah")});
    ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Court report"), QStringLiteral("--date"),
        QStringLiteral("2024-03-01"), QStringLiteral("--kind"), QStringLiteral("direct-practice"), QStringLiteral("--map"),
        camden + QStringLiteral("specialist-field-experience")});
    ok({QStringLiteral("judge"), camden + QStringLiteral("specialist-field-experience"), QStringLiteral("--verdict"),
        QStringLiteral("ready-for-review"), QStringLiteral("--by"), QStringLiteral("Alex Smith")});
    const QString text = ok({QStringLiteral("next")});
    EXPECT_TRUE(text.startsWith(QStringLiteral("- Ask Priya Shah to sign off \"Specialist field experience holding complex cases including "
                                               "court work\"\n    ") + camden + QStringLiteral("specialist-field-experience\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("- Ask Priya Shah to judge \"3 years PQE/level 7 PCF\" (no evidence needed)\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("- Add the date you qualified to your profile\n")));
    const QJsonArray steps = json({QStringLiteral("next"), QStringLiteral("--json")}).array();
    ASSERT_EQ(steps.size(), 4);
    EXPECT_EQ(steps[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("ask-sign-off"));
    EXPECT_EQ(steps[2].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("add-evidence"));
    EXPECT_EQ(steps[3].toObject().value(QStringLiteral("items")).toArray().size(), 0);
}

TEST_F(StoreCli, JudgingSeveralItemsRecordsAllOrNone)
{
    const auto q = [](const char* s) { return QString::fromUtf8(s); };
    const QString sssc = q("sssc-clf-personal-capabilities:managing-conflict-engaged-1");
    // The second item has no evidence: nothing is recorded, the first included.
    fails({q("judge"), itemA, sssc, q("--verdict"), q("not-yet-reached"), q("--by"), q("Kim Lee"), q("--date"), q("2999-01-01")}, 1,
          q("after today"));
    ok({q("evidence"), q("add"), q("--title"), q("Court report"), q("--date"), q("2024-03-01"), q("--kind"), q("direct-practice"), q("--map"), itemA});
    fails({q("judge"), itemA, sssc, q("--verdict"), q("reached"), q("--by"), q("Kim Lee")}, 1, q("has no evidence"));
    EXPECT_EQ(ok({q("judge"), q("history")}), q("No judgements recorded.\n"));
    // Items of two pathways, confirmed: both recorded, in the order given.
    const QStringList ids = ok({q("judge"), itemA, sssc, q("--verdict"), q("reached"), q("--by"), q("Kim Lee"), q("--without-evidence")})
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(ids.size(), 2);
    const QJsonArray history = json({q("judge"), q("history"), q("--json"), q("--recorded")}).array();
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0].toObject().value(q("item")).toString(), itemA);
    EXPECT_FALSE(history[0].toObject().value(q("withoutEvidence")).toBool());
    EXPECT_TRUE(history[1].toObject().value(q("withoutEvidence")).toBool());
}

TEST_F(StoreCli, ListsCarrySummariesSoALongNarrativeStaysInShow)
{
    QFile text(path(QStringLiteral("narrative.md")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    const QByteArray line("Visited the family and recorded what was agreed. ");
    for (int written = 0; written < 20 * 1000 * 1000; written += int(line.size()))
        text.write(line);
    text.close();
    ok({QStringLiteral("evidence"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Long record"),
        QStringLiteral("--date"), QStringLiteral("2026-01-05"), QStringLiteral("--kind"), QStringLiteral("direct-practice"),
        QStringLiteral("--narrative-file"), text.fileName()});
    const QString list = ok({QStringLiteral("evidence"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_LT(list.size(), 2000) << "the list holds no narrative";
    const QJsonArray records = QJsonDocument::fromJson(list.toUtf8()).array();
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Long record"));
    EXPECT_FALSE(records[0].toObject().contains(QStringLiteral("narrative")));
    const QJsonObject shown = json({QStringLiteral("evidence"), QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json")}).object();
    EXPECT_GE(shown.value(QStringLiteral("narrative")).toString().size(), 20 * 1000 * 1000);
}

TEST_F(StoreCli, AReadThatFailsIsAFailedActionNotAnEmptyAnswer)
{
    ok({QStringLiteral("cpd"), QStringLiteral("add"), QStringLiteral("--date"), QStringLiteral("2026-01-05"),
        QStringLiteral("--activity"), QStringLiteral("Course"), QStringLiteral("--hours"), QStringLiteral("3")});
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        db.setDatabaseName(path(QStringLiteral("portfolio.waymark")));
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral("DROP TABLE cpd_entries")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    const QStringList args{QStringLiteral("cpd"), QStringLiteral("list")};
    const CliResult r = cli(args);
    EXPECT_EQ(r.exitCode, 1) << show(args, r);
    EXPECT_TRUE(r.out.isEmpty()) << show(args, r);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot read the CPD log"))) << show(args, r);
}
