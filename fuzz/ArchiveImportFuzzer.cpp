#include "FuzzApplication.h"
#include "ImportCheck.h"

#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const QTemporaryDir* folder = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** argv)
{
    waymark::fuzz::startApplication((*argv)[0]);
    static const QTemporaryDir dir;
    if (!dir.isValid())
        std::abort();
    folder = &dir;
    return 0;
}

// The bytes are the archive file.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString archive = folder->filePath(QStringLiteral("input.archive"));
    QFile file(archive);
    if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
        std::abort();
    file.close();
    waymark::fuzz::importAndCheck(folder->path(), archive);
    return 0;
}
