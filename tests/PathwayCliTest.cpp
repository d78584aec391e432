#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace waymark::test;

TEST(PathwayCli, ValidateAcceptsEveryBundledFile)
{
    QStringList files;
    for (const char* name : {"camden-launch-pad", "buckinghamshire-social-worker-r6-r7",
                             "buckinghamshire-occupational-therapist-r6-r7", "sssc-clf-personal-capabilities",
                             "sssc-clf-organisational-capabilities"})
        files << sourcePath(QStringLiteral("frameworks/%1.json").arg(QLatin1String(name)));
    const CliResult r = runCli(QStringList{QStringLiteral("validate")} + files);
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_EQ(r.out.count(QStringLiteral(": valid")), 5);
}

TEST(PathwayCli, ValidateFailsAndNamesFileLineAndField)
{
    const CliResult r = runCli({QStringLiteral("validate"), dataPath(QStringLiteral("pathways/minimal-valid.json")),
                                dataPath(QStringLiteral("pathways/empty-statement.json"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(QStringLiteral("empty-statement.json:10:")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("/steps/0/groups/0/items/1/statement")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 of 2 file(s) invalid")));
}

TEST(PathwayCli, PathwaysListsBundledAndUserFiles)
{
    const CliResult r = runCli({QStringLiteral("--pathways-dir"), dataPath(QStringLiteral("pathways")), QStringLiteral("pathways")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("camden-launch-pad")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("minimal\tMinimal pathway")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("skipped pathway file")));
}

TEST(PathwayCli, ShowPrintsTheWholePathway)
{
    const CliResult r = runCli({QStringLiteral("show"), QStringLiteral("sssc-clf-personal-capabilities")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("Managing relationships")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("Exemplary:")));
    const CliResult json = runCli({QStringLiteral("show"), QStringLiteral("camden-launch-pad"), QStringLiteral("--json")});
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_TRUE(json.out.contains(QStringLiteral("\"format\": \"waymark-pathway/1\"")));
    const CliResult bucks = runCli({QStringLiteral("show"), QStringLiteral("buckinghamshire-social-worker-r6-r7")});
    EXPECT_TRUE(bucks.out.contains(QStringLiteral("Approval: Manager (manager) recommends -> Head of Service (head-of-service) "
                                                  "recommends -> Operational Director (director) decides"))) << bucks.out.toStdString();
    const CliResult missing = runCli({QStringLiteral("show"), QStringLiteral("nope")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("camden-launch-pad")));
}

TEST(PathwayCli, EveryCommandHasHelp)
{
    for (const char* verb : {"pathways", "show", "validate"}) {
        const CliResult r = runCli({QLatin1String(verb), QStringLiteral("--help")});
        EXPECT_EQ(r.exitCode, 0) << verb;
        EXPECT_TRUE(r.out.contains(QStringLiteral("Usage:"))) << verb;
    }
    const CliResult top = runCli({QStringLiteral("--help")});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_TRUE(top.out.contains(QStringLiteral("validate")));
}

TEST(PathwayCli, ValidateChecksReferencesIntoOtherPathways)
{
    const CliResult good = runCli({QStringLiteral("validate"), dataPath(QStringLiteral("pathways/employer-sssc.json"))});
    EXPECT_EQ(good.exitCode, 0) << good.out.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("valid (employer-sssc, version 1)")));
    const QString bad = dataPath(QStringLiteral("pathways/unknown-cross-references.json"));
    const CliResult r = runCli({QStringLiteral("validate"), bad});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.contains(bad + QStringLiteral(":14:26: /transitions/0/rule/rules/0/item: "
                                                    "sssc-clf-personal-capabilities has no item with staged indicators \"managing-conflcit\"")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("1 of 1 file(s) invalid")));
}
