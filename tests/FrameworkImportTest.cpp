#include "TestSupport.h"

#include "waymark/CaseExport.h"
#include "waymark/FrameworkImport.h"
#include "waymark/PathwayLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

FrameworkImportResult importSample(const QString& name)
{
    return FrameworkImport::importFile(dataPath(QStringLiteral("frameworks/") + name));
}

QString problemsOf(const FrameworkImportResult& r)
{
    return formatProblems(r.problems);
}

} // namespace

TEST(FrameworkImport, MoodleCsvKeepsIdNumbersAndWording)
{
    const FrameworkImportResult r = importSample(QStringLiteral("moodle-example.csv"));
    ASSERT_TRUE(r.ok()) << problemsOf(r).toStdString();
    const Pathway& p = *r.pathway;
    EXPECT_EQ(p.id, QStringLiteral("oecd-core"));
    EXPECT_EQ(p.title, QStringLiteral("OECD"));
    ASSERT_EQ(p.groups.size(), 2);
    EXPECT_EQ(p.groups[0].title, QStringLiteral("Levels"));
    EXPECT_EQ(p.groups[1].title, QStringLiteral("Competencies"));
    // 64 competency rows, two of them (levels, competencies) heading the groups.
    EXPECT_EQ(p.allAssessableIds().size(), 62);
    // The HTML description, with its CRLF line breaks, read as the words Moodle shows.
    EXPECT_EQ(p.statementOf(QStringLiteral("dr-mr-2")),
              QStringLiteral("Plans, coordinates and manages internal and external resources to accomplish assignments within the given deadlines."));
    EXPECT_EQ(p.item(QStringLiteral("dr-mr-2"))->title,
              QStringLiteral("Plans, coordinates and manages internal and external resources to accomplish assignments within the"));
    EXPECT_EQ(p.statementOf(QStringLiteral("i-ds-2")), QStringLiteral("Understands the reason behind, or motivation for someone’s actions."));
    // Document order: a competency comes before its behavioural indicators.
    const QStringList ids = p.assessableIds(QStringLiteral("competencies"));
    EXPECT_LT(ids.indexOf(QStringLiteral("analytical-thinking")), ids.indexOf(QStringLiteral("dr-at1")));
}

TEST(FrameworkImport, MaharaMatricesOfBothShapes)
{
    const FrameworkImportResult nested = importSample(QStringLiteral("example.matrix"));
    ASSERT_TRUE(nested.ok()) << problemsOf(nested).toStdString();
    // The standard without elements has nothing to judge and is left out.
    ASSERT_EQ(nested.pathway->groups.size(), 3);
    EXPECT_EQ(nested.pathway->groups[0].title, QStringLiteral("Know the students and how they learn"));
    EXPECT_EQ(nested.pathway->groups[0].id, QStringLiteral("professional-knowledge-1"));
    EXPECT_EQ(nested.pathway->statementOf(QStringLiteral("1-2-1")),
              QStringLiteral("This is the second sub standard of standard 1 with sub clause one"));
    EXPECT_EQ(nested.pathway->item(QStringLiteral("1-2-1"))->title, QStringLiteral("one point two point one"));

    const FrameworkImportResult apart = importSample(QStringLiteral("nace_usa.matrix"));
    ASSERT_TRUE(apart.ok()) << problemsOf(apart).toStdString();
    EXPECT_EQ(apart.pathway->id, QStringLiteral("career-readiness"));
    ASSERT_EQ(apart.pathway->groups.size(), 1);
    EXPECT_EQ(apart.pathway->groups[0].items.size(), 7);
    EXPECT_EQ(apart.pathway->item(QStringLiteral("3-0"))->title, QStringLiteral("Teamwork/Collaboration"));
}

TEST(FrameworkImport, CaseOrdersBySequenceNumberAndKeepsIdentifiers)
{
    const FrameworkImportResult r = importSample(QStringLiteral("SequenceNumberFramework.json"));
    ASSERT_TRUE(r.ok()) << problemsOf(r).toStdString();
    const QStringList ids = r.pathway->allAssessableIds();
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(ids[0], QStringLiteral("ea98ab46-c0ea-11e7-820f-a71b35976453"));
    EXPECT_EQ(r.pathway->statementOf(ids[0]), QStringLiteral("Second added item, but should be first"));
    EXPECT_EQ(r.pathway->item(ids[0])->title, QStringLiteral("SNT.2"));
    EXPECT_EQ(r.pathway->publisher, QStringLiteral("OpenSALT Testing"));
    EXPECT_TRUE(r.pathway->source.contains(QStringLiteral("d0000000-0000-0000-0000-000000000000")));
}

TEST(FrameworkImport, GuessesTheFormatFromTheContent)
{
    auto guess = [](const QString& name) {
        QFile f(dataPath(QStringLiteral("frameworks/") + name));
        f.open(QIODevice::ReadOnly);
        return FrameworkImport::guessFormat(f.readAll());
    };
    EXPECT_EQ(guess(QStringLiteral("moodle-example.csv")), FrameworkFormat::MoodleCsv);
    EXPECT_EQ(guess(QStringLiteral("nace_usa.matrix")), FrameworkFormat::MaharaMatrix);
    EXPECT_EQ(guess(QStringLiteral("SequenceNumberFramework.json")), FrameworkFormat::Case);
    EXPECT_EQ(FrameworkImport::guessFormat("hello, world\n"), FrameworkFormat::Unknown);
}

TEST(FrameworkImport, BadInputNamesLineAndField)
{
    const FrameworkImportResult csv = importSample(QStringLiteral("moodle-truncated.csv"));
    ASSERT_FALSE(csv.ok());
    EXPECT_EQ(csv.problems.first().line, 7);
    EXPECT_TRUE(csv.problems.first().message.contains(QStringLiteral("never closed")));

    const FrameworkImportResult cycle = importSample(QStringLiteral("case-cycle.json"));
    ASSERT_EQ(cycle.problems.size(), 1) << problemsOf(cycle).toStdString();
    EXPECT_EQ(cycle.problems.first().line, 43);
    EXPECT_EQ(cycle.problems.first().pointer, QStringLiteral("/CFAssociations/1"));
    EXPECT_TRUE(cycle.problems.first().message.contains(QStringLiteral("SNT.2 → SNT.1 → SNT.2")));

    const FrameworkImportResult dangling = importSample(QStringLiteral("case-dangling.json"));
    ASSERT_FALSE(dangling.ok());
    EXPECT_TRUE(problemsOf(dangling).contains(QStringLiteral(
        "case-dangling.json:49:9: /CFAssociations/1/originNodeURI/identifier: dangling association")))
        << problemsOf(dangling).toStdString();

    const FrameworkImportResult matrix = importSample(QStringLiteral("matrix-missing-name.matrix"));
    ASSERT_EQ(matrix.problems.size(), 1);
    EXPECT_EQ(matrix.problems.first().toString(),
              QStringLiteral("matrix-missing-name.matrix:38:8: /framework/standardelements/2: missing required field \"name\""));
}

// Every bundled pathway survives CASE and back: same steps, groups, items, indicators and wording.
TEST(CaseExport, RoundTripOfEveryBundledPathway)
{
    PathwayLibrary library;
    library.load(QStringLiteral("-"));
    ASSERT_EQ(library.pathways().size(), 5);
    const QDateTime changed(QDate(2025, 1, 31), QTime(12, 0), Qt::UTC);
    for (const Pathway& original : library.pathways()) {
        const QByteArray package = CaseExport::toJson(original, changed);
        EXPECT_EQ(package, CaseExport::toJson(original, changed)) << "export is repeatable";
        const FrameworkImportResult back = FrameworkImport::importBytes(package, original.id + QStringLiteral(".case.json"));
        ASSERT_TRUE(back.ok()) << problemsOf(back).toStdString();
        const Pathway& p = *back.pathway;
        EXPECT_EQ(p.id, original.id);
        EXPECT_EQ(p.allAssessableIds(), original.allAssessableIds()) << original.id.toStdString();
        for (const QString& id : original.allAssessableIds())
            EXPECT_EQ(p.statementOf(id), original.statementOf(id)) << id.toStdString();
        ASSERT_EQ(p.steps.size(), original.steps.size());
        for (int s = 0; s < p.steps.size(); ++s)
            EXPECT_EQ(p.steps[s].title, original.steps[s].title);
        for (const QString& id : original.allAssessableIds())
            if (const Indicator* ind = original.indicator(id))
                EXPECT_EQ(p.indicator(id)->stage, ind->stage);
    }
}

TEST(CaseExport, IdentifiersAreUuidV5AndEveryItemIsPlaced)
{
    PathwayLibrary library;
    library.load(QStringLiteral("-"));
    const Pathway* camden = library.find(QStringLiteral("camden-launch-pad"));
    ASSERT_NE(camden, nullptr);
    const QJsonObject package = QJsonDocument::fromJson(CaseExport::toJson(*camden, QDateTime::currentDateTimeUtc())).object();
    EXPECT_EQ(package[QStringLiteral("CFDocument")][QStringLiteral("caseVersion")].toString(), QStringLiteral("1.1"));
    // The CASE 1.1 schema's identifier pattern: version 5 and the RFC 4122 variant.
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    QSet<QString> items;
    for (const QJsonValue& v : package[QStringLiteral("CFItems")].toArray()) {
        EXPECT_TRUE(uuid.match(v[QStringLiteral("identifier")].toString()).hasMatch());
        items.insert(v[QStringLiteral("identifier")].toString());
    }
    const QJsonArray associations = package[QStringLiteral("CFAssociations")].toArray();
    EXPECT_EQ(associations.size(), items.size());
    for (const QJsonValue& a : associations) {
        EXPECT_EQ(a[QStringLiteral("associationType")].toString(), QStringLiteral("isChildOf"));
        EXPECT_GE(a[QStringLiteral("sequenceNumber")].toInt(), 1);
        EXPECT_TRUE(items.contains(a[QStringLiteral("originNodeURI")][QStringLiteral("identifier")].toString()));
    }
    EXPECT_EQ(CaseExport::identifier(QStringLiteral("camden-launch-pad"), QStringLiteral("x")),
              CaseExport::identifier(QStringLiteral("camden-launch-pad"), QStringLiteral("x")));
}
