#include "FuzzApplication.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PathwayLoader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

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
    PathwayLoadResult result = PathwayLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    // The loader's promise: a pathway, or at least one problem, never both.
    if (result.ok() != result.problems.isEmpty())
        std::abort();
    if (result.ok() && !result.pathway->crossReferences.isEmpty())
        result.problems = bundled->crossReferenceProblems(*result.pathway);
    for (const PathwayProblem& p : result.problems)
        if (p.message.isEmpty() || p.line < 0 || p.column < 0)
            std::abort();
    formatProblems(result.problems); // as validate prints them
    return 0;
}
