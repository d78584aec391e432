#include "FuzzApplication.h"

#include "waymark/PortfolioStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

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

// What 'waymark-cli import-archive ARCHIVE NEW_PORTFOLIO' does with an archive file's bytes.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using waymark::PortfolioStore;
    const QString archive = folder->filePath(QStringLiteral("input.archive"));
    const QString portfolio = folder->filePath(QStringLiteral("imported.waymark"));
    {
        QFile file(archive);
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size))
            std::abort();
    }
    QString error;
    if (PortfolioStore::importArchive(archive, portfolio, &error)) {
        // What was imported opens, as import-archive then opens it to count the records.
        PortfolioStore imported;
        if (!imported.open(portfolio, PortfolioStore::OpenMode::ReadOnly))
            std::abort();
        imported.evidenceCount(true);
    } else if (error.isEmpty() || QFile::exists(portfolio)) {
        std::abort(); // a refusal says why and leaves no portfolio behind
    }
    // The next input starts from an empty folder.
    const QStringList left = QDir(folder->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : left)
        QFile::remove(folder->filePath(name));
    return 0;
}
