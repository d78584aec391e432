#include "TestSupport.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PathwayLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using waymark::test::dataPath;

namespace {

PathwayLoadResult loadBroken(const char* name)
{
    return PathwayLoader::loadFile(dataPath(QStringLiteral("pathways/") + QLatin1String(name)));
}

const PathwayProblem* findProblem(const PathwayLoadResult& r, const QString& pointer)
{
    for (const PathwayProblem& p : r.problems)
        if (p.pointer == pointer)
            return &p;
    return nullptr;
}

} // namespace

TEST(PathwayLoader, LoadsMinimalFileWithEveryShape)
{
    const PathwayLoadResult r = PathwayLoader::loadFile(dataPath(QStringLiteral("pathways/minimal-valid.json")));
    ASSERT_TRUE(r.ok()) << formatProblems(r.problems).toStdString();
    const Pathway& p = *r.pathway;
    EXPECT_EQ(p.id, QStringLiteral("minimal"));
    EXPECT_EQ(p.steps.size(), 2);
    EXPECT_EQ(p.kindOf(QStringLiteral("cap-2")), Pathway::Kind::Indicator);
    EXPECT_EQ(p.owningItem(QStringLiteral("cap-2"))->id, QStringLiteral("cap"));
    EXPECT_EQ(p.owningStep(QStringLiteral("s1"))->id, QStringLiteral("senior"));
    EXPECT_EQ(p.assessableIds(QStringLiteral("caps")), QStringList({QStringLiteral("cap-1"), QStringLiteral("cap-2")}));
    EXPECT_EQ(p.stageIndex(QStringLiteral("established")), 1);
    ASSERT_TRUE(p.transitionTo(QStringLiteral("senior")));
    ASSERT_TRUE(p.transitionTo(QStringLiteral("senior"))->rule.has_value());
    EXPECT_EQ(p.transitionTo(QStringLiteral("senior"))->rule->children.size(), 5);
}

TEST(PathwayLoader, EmptyFileIsReported)
{
    const PathwayLoadResult r = loadBroken("empty.json");
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].file, QStringLiteral("empty.json"));
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("empty")));
}

TEST(PathwayLoader, TruncatedFileNamesLineAndColumn)
{
    const PathwayLoadResult r = loadBroken("truncated.json");
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].line, 5);
    EXPECT_GT(r.problems[0].column, 1);
    EXPECT_TRUE(r.problems[0].toString().startsWith(QStringLiteral("truncated.json:5:"))) << r.problems[0].toString().toStdString();
}

TEST(PathwayLoader, TextThatIsNotUtf8IsRejected)
{
    const PathwayLoadResult r = loadBroken("not-utf8.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("UTF-8"))) << r.problems[0].message.toStdString();
    EXPECT_EQ(r.problems[0].line, 1);
}

TEST(PathwayLoader, BinaryFileIsRejected)
{
    const PathwayLoadResult r = loadBroken("binary.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.startsWith(QStringLiteral("not valid JSON")));
}

TEST(PathwayLoader, DeepNestingStopsWithoutCrashing)
{
    const QByteArray deep = QByteArray(200000, '[') + QByteArray(200000, ']');
    const PathwayLoadResult r = PathwayLoader::loadBytes(deep, QStringLiteral("deep.json"));
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("nested")));
}

TEST(PathwayLoader, HugeFileIsRefusedBeforeParsing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("{\"title\": \"");
    f.write(QByteArray(PathwayLoader::maxFileBytes + 10, 'a'));
    f.write("\"}");
    f.close();
    const PathwayLoadResult r = PathwayLoader::loadFile(path);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.problems[0].message.contains(QStringLiteral("MiB")));
}

TEST(PathwayLoader, DuplicateIdNamesBothPlaces)
{
    const PathwayLoadResult r = loadBroken("duplicate-id.json");
    ASSERT_FALSE(r.ok());
    const PathwayProblem* p = findProblem(r, QStringLiteral("/steps/0/groups/0/items/0/id"));
    ASSERT_TRUE(p) << formatProblems(r.problems).toStdString();
    EXPECT_TRUE(p->message.contains(QStringLiteral("/steps/0/id")));
    EXPECT_EQ(p->line, 8);
}

TEST(PathwayLoader, UnknownReferencesAreAllReported)
{
    const PathwayLoadResult r = loadBroken("unknown-references.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(findProblem(r, QStringLiteral("/steps/0/groups/0/items/0/indicators/0/stage")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/to")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/rule/rules/0/item")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/rule/rules/1/anyOf/0")));
    EXPECT_EQ(r.problems.size(), 4) << formatProblems(r.problems).toStdString();
    const PathwayProblem* stage = findProblem(r, QStringLiteral("/steps/0/groups/0/items/0/indicators/0/stage"));
    EXPECT_TRUE(stage->message.contains(QStringLiteral("exemplary")));
    EXPECT_EQ(stage->line, 10);
}

TEST(PathwayLoader, EachOfManyProblemsNamesItsOwnLineColumnAndField)
{
    QByteArray bytes = R"({"format": "waymark-pathway/1", "id": "big", "version": "1", "title": "t", "publisher": "p",
"groups": [{"id": "g", "title": "g", "items": [
)";
    const int count = 3000;
    for (int i = 0; i < count; ++i)
        bytes += QStringLiteral(R"(  {"id": "i%1", "statement": "caf\u00e9 é", "bogus": 1}%2)")
                     .arg(i)
                     .arg(i + 1 < count ? QStringLiteral(",\n") : QStringLiteral("\n"))
                     .toUtf8();
    bytes += "]}]}\n";
    const PathwayLoadResult r = PathwayLoader::loadBytes(bytes, QStringLiteral("big.json"));
    ASSERT_EQ(r.problems.size(), count);
    for (int i = 0; i < count; ++i) {
        const QString line = QStringLiteral(R"(  {"id": "i%1", "statement": "caf\u00e9 é", )").arg(i);
        EXPECT_EQ(r.problems[i].toString(), QStringLiteral("big.json:%1:%2: /groups/0/items/%3/bogus: unknown field \"bogus\"")
                                                .arg(i + 3).arg(line.size() + 1).arg(i));
    }
}

TEST(PathwayLoader, EmptyStatementIsNamedByPointer)
{
    const PathwayLoadResult r = loadBroken("empty-statement.json");
    ASSERT_FALSE(r.ok());
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].pointer, QStringLiteral("/steps/0/groups/0/items/1/statement"));
    EXPECT_EQ(r.problems[0].line, 10);
    EXPECT_EQ(r.problems[0].toString(),
              QStringLiteral("empty-statement.json:10:19: /steps/0/groups/0/items/1/statement: must be a non-empty string"));
}

TEST(PathwayLoader, WrongTypesAreReported)
{
    const PathwayLoadResult r = loadBroken("wrong-types.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(findProblem(r, QStringLiteral("/version")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/steps")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/groups/0/items/0/id")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/version"))->message.contains(QStringLiteral("number")));
}

TEST(PathwayLoader, MisspeltFieldIsReported)
{
    const PathwayLoadResult r = loadBroken("unknown-field.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(findProblem(r, QStringLiteral("/groups/0/items/0/statment")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/groups/0/items/0"))); // the statement is missing too
}

TEST(PathwayLoader, UnknownFieldWithSlashOrTildeIsNamedByItsPointerAndLine)
{
    const QByteArray bytes = R"({"format": "waymark-pathway/1", "id": "x", "version": "1", "title": "t", "publisher": "p",
 "groups": [{"id": "g", "title": "g",
  "items": [{"id": "i", "statement": "s",
   "a/b~c": 1}]}]})";
    const PathwayLoadResult r = PathwayLoader::loadBytes(bytes, QStringLiteral("slash.json"));
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].toString(), QStringLiteral(R"(slash.json:4:4: /groups/0/items/0/a~1b~0c: unknown field "a/b~c")"));
}

TEST(PathwayLoader, BadRuleIsReportedNodeByNode)
{
    const PathwayLoadResult r = loadBroken("bad-rule.json");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/rule/count")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/rule/rules/0/type")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/rule/rules/1/years")));
}

TEST(PathwayLoader, ApprovalStagesAreReadInOrder)
{
    const QByteArray bytes = R"({"format": "waymark-pathway/1", "id": "x", "version": "1", "title": "t", "publisher": "p",
 "steps": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
 "transitions": [{"id": "a-b", "from": "a", "to": "b", "approval": [
   {"role": "manager", "title": "Manager", "action": "recommend"},
   {"role": "director", "title": "Operational Director", "action": "decide"}]}]})";
    const PathwayLoadResult r = PathwayLoader::loadBytes(bytes, QStringLiteral("approval.json"));
    ASSERT_TRUE(r.ok()) << formatProblems(r.problems).toStdString();
    const QList<ApprovalStage> stages = r.pathway->approvalFor(QStringLiteral("b"));
    ASSERT_EQ(stages.size(), 2);
    EXPECT_EQ(stages[0].role, QStringLiteral("manager"));
    EXPECT_FALSE(stages[0].decides);
    EXPECT_EQ(stages[1].title, QStringLiteral("Operational Director"));
    EXPECT_TRUE(stages[1].decides);
    EXPECT_TRUE(r.pathway->approvalFor(QStringLiteral("a")).isEmpty());
}

TEST(PathwayLoader, BadApprovalStagesNameLineAndField)
{
    const QByteArray bytes = R"({"format": "waymark-pathway/1", "id": "x", "version": "1", "title": "t", "publisher": "p",
 "steps": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
 "transitions": [{"id": "a-b", "from": "a", "to": "b", "approval": [
   {"role": "director", "title": "Director", "action": "decide"},
   {"role": "janitor", "title": "J", "action": "recommend"}]},
  {"id": "b-a", "from": "b", "to": "a", "approval": []}]})";
    const PathwayLoadResult r = PathwayLoader::loadBytes(bytes, QStringLiteral("approval.json"));
    ASSERT_FALSE(r.ok());
    const PathwayProblem* early = findProblem(r, QStringLiteral("/transitions/0/approval/0/action"));
    ASSERT_TRUE(early);
    EXPECT_EQ(early->line, 4);
    EXPECT_TRUE(early->message.contains(QStringLiteral("only the last stage decides")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/approval/1/action"))->message.contains(QStringLiteral("must be \"decide\"")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/0/approval/1/role"))->message.contains(QStringLiteral("janitor")));
    EXPECT_TRUE(findProblem(r, QStringLiteral("/transitions/1/approval")));
    EXPECT_TRUE(r.problems[0].toString().startsWith(QStringLiteral("approval.json:")));
}

TEST(PathwayLoader, RandomBytesNeverCrash)
{
    const QByteArray good = []() {
        QFile f(dataPath(QStringLiteral("pathways/minimal-valid.json")));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    quint32 seed = 12345;
    auto next = [&seed]() { seed = seed * 1664525u + 1013904223u; return seed >> 8; };
    for (int round = 0; round < 2000; ++round) {
        QByteArray bytes = good;
        const int edits = 1 + int(next() % 4);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const int at = int(next() % quint32(bytes.size()));
            switch (next() % 3) {
            case 0: bytes[at] = char(next() & 0xFF); break;
            case 1: bytes.remove(at, 1 + int(next() % 20)); break;
            default: bytes.truncate(at); break;
            }
        }
        const PathwayLoadResult r = PathwayLoader::loadBytes(bytes, QStringLiteral("mutated.json"));
        EXPECT_TRUE(r.ok() != !r.problems.isEmpty());
    }
}

TEST(PathwayLibrary, UserFilesLoadBesideBundledAndBrokenOnesAreSkipped)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("pathways/minimal-valid.json")), dir.filePath(QStringLiteral("mine.json"))));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("pathways/truncated.json")), dir.filePath(QStringLiteral("broken.json"))));
    PathwayLibrary lib;
    lib.load(dir.path());
    EXPECT_EQ(lib.pathways().size(), 6);
    EXPECT_TRUE(lib.find(QStringLiteral("minimal")));
    EXPECT_TRUE(lib.find(QStringLiteral("camden-launch-pad")));
    ASSERT_EQ(lib.problems().size(), 1);
    EXPECT_EQ(lib.problems()[0].file, QStringLiteral("broken.json"));
}

TEST(PathwayLibrary, UserFileCannotReplaceABundledPathway)
{
    QTemporaryDir dir;
    QFile src(QStringLiteral(":/frameworks/camden-launch-pad.json"));
    ASSERT_TRUE(src.open(QIODevice::ReadOnly));
    QFile copy(dir.filePath(QStringLiteral("camden-copy.json")));
    ASSERT_TRUE(copy.open(QIODevice::WriteOnly));
    copy.write(src.readAll());
    copy.close();
    PathwayLibrary lib;
    lib.load(dir.path());
    EXPECT_EQ(lib.pathways().size(), 5);
    ASSERT_EQ(lib.problems().size(), 1);
    EXPECT_TRUE(lib.problems()[0].message.contains(QStringLiteral("already used")));
}

namespace {

// A temporary user pathway folder holding copies of test files.
void copyInto(const QTemporaryDir& dir, std::initializer_list<const char*> names)
{
    for (const char* name : names)
        ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("pathways/") + QLatin1String(name)), dir.filePath(QLatin1String(name))));
}

} // namespace

TEST(PathwayLibrary, RulesMayNameCapabilitiesOfAnotherLoadedPathway)
{
    // The loader alone cannot check them, so it keeps them with their place in the file.
    const PathwayLoadResult alone = loadBroken("employer-sssc.json");
    ASSERT_TRUE(alone.ok()) << formatProblems(alone.problems).toStdString();
    ASSERT_EQ(alone.pathway->crossReferences.size(), 3);
    EXPECT_EQ(alone.pathway->crossReferences[0].ref, QStringLiteral("sssc-clf-personal-capabilities:managing-conflict"));
    EXPECT_EQ(alone.pathway->crossReferences[0].stage, QStringLiteral("established"));
    EXPECT_EQ(alone.pathway->crossReferences[0].pointer, QStringLiteral("/roleProfiles/0/requires/0/item"));
    EXPECT_EQ(alone.pathway->crossReferences[0].line, 15);

    QTemporaryDir dir;
    copyInto(dir, {"employer-sssc.json"});
    PathwayLibrary lib;
    lib.load(dir.path());
    EXPECT_TRUE(lib.problems().isEmpty()) << formatProblems(lib.problems()).toStdString();
    EXPECT_TRUE(lib.find(QStringLiteral("employer-sssc")));
}

TEST(PathwayLibrary, UnknownPathwaysItemsAndStagesInReferencesSkipTheFile)
{
    QTemporaryDir dir;
    copyInto(dir, {"unknown-cross-references.json"});
    PathwayLibrary lib;
    lib.load(dir.path());
    EXPECT_FALSE(lib.find(QStringLiteral("unknown-cross")));
    EXPECT_EQ(lib.pathways().size(), 5);
    ASSERT_EQ(lib.problems().size(), 3) << formatProblems(lib.problems()).toStdString();
    EXPECT_EQ(lib.problems()[0].toString(),
              QStringLiteral("unknown-cross-references.json:14:26: /transitions/0/rule/rules/0/item: "
                             "sssc-clf-personal-capabilities has no item with staged indicators \"managing-conflcit\""));
    EXPECT_EQ(lib.problems()[1].line, 15);
    EXPECT_TRUE(lib.problems()[1].message.contains(QStringLiteral("no stage \"expert\"")));
    EXPECT_EQ(lib.problems()[2].pointer, QStringLiteral("/transitions/0/rule/rules/2/item"));
    EXPECT_TRUE(lib.problems()[2].message.contains(QStringLiteral("the pathway \"no-such-pathway\", which is not loaded")));
}

TEST(PathwayLibrary, AFileThatLeansOnASkippedFileIsSkippedToo)
{
    QTemporaryDir dir;
    copyInto(dir, {"unknown-cross-references.json"});
    QFile leaning(dir.filePath(QStringLiteral("a-leaning.json")));
    ASSERT_TRUE(leaning.open(QIODevice::WriteOnly));
    leaning.write(R"({"format": "waymark-pathway/1", "id": "leaning", "version": "1", "title": "Leaning", "publisher": "Test",
  "steps": [{"id": "s", "title": "S", "groups": [{"id": "g", "title": "G", "items": [{"id": "i", "statement": "Does it."}]}]}],
  "transitions": [{"id": "t", "from": "s", "to": "s", "rule": {"type": "reached", "item": "unknown-cross:a1"}}]})");
    leaning.close();
    PathwayLibrary lib;
    lib.load(dir.path());
    EXPECT_FALSE(lib.find(QStringLiteral("leaning")));
    EXPECT_EQ(lib.problems().size(), 4) << formatProblems(lib.problems()).toStdString();
    EXPECT_EQ(lib.problems().last().file, QStringLiteral("a-leaning.json"));
    EXPECT_EQ(lib.problems().last().line, 3);
}
