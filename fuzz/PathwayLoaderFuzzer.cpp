#include "FuzzApplication.h"
#include "PathwayResultCheck.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PathwayLoader.h"

#include <cstddef>
#include <cstdint>

namespace {

// The bundled pathways, which references into other pathways are checked against.
const waymark::PathwayLibrary* bundled = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** argv)
{
    waymark::fuzz::startApplication((*argv)[0]);
    static waymark::PathwayLibrary library;
    library.load(QStringLiteral("-"));
    bundled = &library;
    return 0;
}

// What 'waymark-cli validate FILE' does with the file's bytes once they are read.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto check = [&bytes](const PathwayLoadResult& result) {
        if (const QString fault = fuzz::pathwayResultFault(bytes, result); !fault.isEmpty())
            qFatal("%s", qPrintable(fault));
    };
    PathwayLoadResult result = PathwayLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    check(result);
    // References into other pathways, checked as validate checks them.
    if (result.ok() && !result.pathway->crossReferences.isEmpty()) {
        result.problems = bundled->crossReferenceProblems(*result.pathway);
        if (!result.problems.isEmpty())
            result.pathway.reset();
        check(result);
    }
    formatProblems(result.problems); // as validate prints them
    return 0;
}
