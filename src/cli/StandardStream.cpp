#include "StandardStream.h"

#include "Cli.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace waymark::cli {

namespace {

bool actsOnTerminal(char32_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
        || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

} // namespace

QString terminalSafe(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        const bool lineEnd = c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n';
        if (actsOnTerminal(c) && !lineEnd)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QChar(c);
    }
    return out;
}

QString writeFailure(int error)
{
    switch (error) {
    case ENOSPC:
        return Cli::tr("the disk is full");
    case EDQUOT:
        return Cli::tr("your disk quota is used up");
    case EFBIG:
        return Cli::tr("the file would be larger than this system allows");
    case EBADF:
        return Cli::tr("standard output is closed");
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

bool holdClosedStream(int fd)
{
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
        return false;
    const int null = ::open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    if (null >= 0 && null != fd) {
        ::dup2(null, fd);
        ::close(null);
    }
    return true;
}

StandardStream::StandardStream(FILE* file, int error) : m_file(file), m_error(error)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

bool StandardStream::put(const QByteArray& bytes)
{
    // After one failure the rest is not tried: the output is incomplete whatever follows.
    if (m_error != 0)
        return false;
    errno = 0;
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file) == size_t(bytes.size()) && std::fflush(m_file) == 0)
        return true;
    m_error = errno != 0 ? errno : EIO;
    return false;
}

qint64 StandardStream::writeData(const char* data, qint64 length)
{
    // Stateful: a character split between two writes is decoded whole.
    const QString text = m_decoder.decode(QByteArrayView(data, length));
    return put(terminalSafe(text).toUtf8()) ? length : -1;
}

bool StandardStream::writeRaw(const QByteArray& bytes)
{
    return put(bytes);
}

int StandardStream::finish()
{
    if (m_error == 0 && std::fflush(m_file) != 0)
        m_error = errno != 0 ? errno : EIO;
    return m_error;
}

} // namespace waymark::cli
