#include "waymark/FileProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStorageInfo>

#include <unistd.h>

namespace waymark {

namespace {

// Below this much room SQLite cannot make a journal (-wal) or its index (-shm, 32 KiB).
constexpr qint64 fullDiskBytes = 64 * 1024;

} // namespace

StoreError writeProblem(const QString& folder, StoreError::Code seen)
{
    const QString shown = QDir::toNativeSeparators(folder);
    const QStorageInfo disk(folder);
    if (disk.isValid() && disk.isReadOnly())
        return {StoreError::Code::ReadOnly, QCoreApplication::translate("FileProblem", "the disk holding %1 is read-only").arg(shown)};
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0)
        return {StoreError::Code::ReadOnly, QCoreApplication::translate("FileProblem", "the folder %1 is read-only").arg(shown)};
    if (seen == StoreError::Code::DiskFull || (disk.isValid() && disk.bytesAvailable() < fullDiskBytes))
        return {StoreError::Code::DiskFull, QCoreApplication::translate("FileProblem", "the disk holding %1 is full").arg(shown)};
    return {};
}

int longestFileName(const QString& folder)
{
    const long longest = ::pathconf(QFile::encodeName(folder).constData(), _PC_NAME_MAX);
    return longest > 0 ? int(longest) : 255;
}

} // namespace waymark
