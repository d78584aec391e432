#include "TestSupport.h"

#include "waymark/PathwayLoader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark::test;

TEST(FrameworkCli, ImportWritesAValidPathway)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("oecd.json"));
    const CliResult r = runCli({QStringLiteral("import-framework"), dataPath(QStringLiteral("frameworks/moodle-example.csv")),
                                QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("pathway oecd-core, 62 item(s)")));
    const CliResult valid = runCli({QStringLiteral("validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << valid.out.toStdString();
}

TEST(FrameworkCli, BadInputIsRefusedWithFileLineAndField)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("never.json"));
    const QString bad = dataPath(QStringLiteral("frameworks/matrix-missing-name.matrix"));
    const CliResult r = runCli({QStringLiteral("import-framework"), bad, QStringLiteral("-o"), out});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(bad + QStringLiteral(":38:8: /framework/standardelements/2: missing required field \"name\"")))
        << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    const CliResult wrong = runCli({QStringLiteral("import-framework"), bad, QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(wrong.exitCode, 2);
}

TEST(FrameworkCli, ExportToCaseAndBack)
{
    QTemporaryDir dir;
    const QString package = dir.filePath(QStringLiteral("bucks.case.json"));
    const QString back = dir.filePath(QStringLiteral("bucks.json"));
    const CliResult exported = runCli({QStringLiteral("export-framework"), QStringLiteral("buckinghamshire-social-worker-r6-r7"),
                                       QStringLiteral("--format"), QStringLiteral("case"), QStringLiteral("-o"), package});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    const CliResult imported = runCli({QStringLiteral("import-framework"), package, QStringLiteral("-o"), back});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const auto original = waymark::PathwayLoader::loadFile(sourcePath(QStringLiteral("frameworks/buckinghamshire-social-worker-r6-r7.json")));
    const auto roundTrip = waymark::PathwayLoader::loadFile(back);
    ASSERT_TRUE(original.ok() && roundTrip.ok());
    EXPECT_EQ(roundTrip.pathway->allAssessableIds(), original.pathway->allAssessableIds());
    for (const QString& id : original.pathway->allAssessableIds())
        EXPECT_EQ(roundTrip.pathway->statementOf(id), original.pathway->statementOf(id));
    const CliResult noFormat = runCli({QStringLiteral("export-framework"), QStringLiteral("camden-launch-pad")});
    EXPECT_EQ(noFormat.exitCode, 2);
}
