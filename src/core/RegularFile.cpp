#include "waymark/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <limits>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegularFile", text);
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString typeName(mode_t mode)
{
    if (S_ISDIR(mode))
        return tr("a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return tr("a device");
    if (S_ISFIFO(mode))
        return tr("a named pipe");
    if (S_ISSOCK(mode))
        return tr("a socket");
    return tr("a special file");
}

StoreError notRegular(const QString& path, mode_t mode)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return StoreError(StoreError::Code::Invalid,
                          tr("%1 is a link to %2, which is %3, not a regular file; use a saved file instead.")
                              .arg(shown(path), shown(info.symLinkTarget()), typeName(mode)));
    return StoreError(StoreError::Code::Invalid,
                      tr("%1 is %2, not a regular file; use a saved file instead.").arg(shown(path), typeName(mode)));
}

StoreError systemError(const QString& path, int error)
{
    if (error == ENOENT || error == ENOTDIR)
        return StoreError(StoreError::Code::NotFound, tr("%1 does not exist.").arg(shown(path)));
    return StoreError(StoreError::Code::Io, tr("%1 cannot be read: %2.").arg(shown(path), QString::fromLocal8Bit(std::strerror(error))));
}

FileContent failed(const StoreError& error)
{
    FileContent out;
    out.error = error;
    return out;
}

FileContent tooLarge(const QString& path, qint64 size, qint64 maxBytes)
{
    FileContent out = failed(StoreError(StoreError::Code::Invalid, tr("%1 is larger than %2 MiB.")
                                                                       .arg(shown(path))
                                                                       .arg(maxBytes / (1024 * 1024))));
    out.size = size;
    out.tooLarge = true;
    return out;
}

// The file's bytes, up to limit + 1 of them, by POSIX calls: QFile would open a pipe blocking.
FileContent readOpened(const QString& path, int fd, qint64 maxBytes)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return failed(systemError(path, errno));
    // The path may have been replaced since it was looked at: what was opened is checked too.
    if (!S_ISREG(st.st_mode))
        return failed(notRegular(path, st.st_mode));
    if (maxBytes >= 0 && st.st_size > maxBytes)
        return tooLarge(path, st.st_size, maxBytes);
    const qint64 wanted = maxBytes >= 0 ? maxBytes + 1 : std::numeric_limits<qint64>::max();
    FileContent out;
    out.data.reserve(qsizetype(qMin<qint64>(st.st_size, wanted)) + 1);
    char chunk[64 * 1024];
    while (out.data.size() < wanted) {
        const ssize_t n = ::read(fd, chunk, size_t(qMin<qint64>(sizeof chunk, wanted - out.data.size())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return failed(systemError(path, errno));
        if (n == 0)
            break;
        out.data.append(chunk, qsizetype(n));
    }
    if (maxBytes >= 0 && out.data.size() > maxBytes)
        return tooLarge(path, out.data.size(), maxBytes);
    out.size = out.data.size();
    return out;
}

} // namespace

StoreError regularFileProblem(const QString& path)
{
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return systemError(path, errno);
    return S_ISREG(st.st_mode) ? StoreError() : notRegular(path, st.st_mode);
}

FileContent readRegularFile(const QString& path, qint64 maxBytes)
{
    if (path.startsWith(QLatin1Char(':'))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return failed(StoreError(StoreError::Code::NotFound, tr("%1 does not exist.").arg(path)));
        FileContent out;
        out.data = resource.readAll();
        out.size = out.data.size();
        return maxBytes >= 0 && out.size > maxBytes ? tooLarge(path, out.size, maxBytes) : out;
    }
    // Asked before opening: opening a named pipe would wait for a writer, a device may act.
    if (const StoreError problem = regularFileProblem(path); problem.isError())
        return failed(problem);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return failed(systemError(path, errno));
    FileContent out = readOpened(path, fd, maxBytes);
    ::close(fd);
    return out;
}

} // namespace waymark
