#include "TestSupport.h"

#include "PathwayResultCheck.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PathwayLoader.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace waymark;

// Inputs the fuzzers found faults with (fuzz/, docs/fuzzing.md), read through the normal
// API and held to the promises the fuzzer checks. They are seeds for the fuzzer too.
TEST(FuzzRegression, PathwayLoaderInputs)
{
    PathwayLibrary bundled;
    bundled.load(QStringLiteral("-"));
    const QDir dir(test::dataPath(QStringLiteral("fuzz/pathway_loader")));
    const QStringList names = dir.entryList(QDir::Files);
    ASSERT_FALSE(names.isEmpty());
    for (const QString& name : names) {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        PathwayLoadResult result = PathwayLoader::loadFile(dir.filePath(name));
        EXPECT_EQ(fuzz::pathwayResultFault(bytes, result), QString()) << name.toStdString();
        if (result.ok() && !result.pathway->crossReferences.isEmpty()) {
            result.problems = bundled.crossReferenceProblems(*result.pathway);
            EXPECT_EQ(fuzz::pathwayResultFault(bytes, result), QString()) << name.toStdString();
        }
    }
}
