#pragma once

#include <QIODevice>
#include <QStringDecoder>

#include <cstdio>

namespace waymark::cli {

// Standard output or standard error, as every command writes to them. Text is made safe for a
// terminal on the way (terminalSafe), and the first write that fails is remembered, so that
// main() can say so and exit 1 instead of leaving a short file behind with exit 0.
class StandardStream : public QIODevice
{
public:
    // error: the errno every write will fail with (EBADF for a stream that was closed).
    explicit StandardStream(FILE* file, int error = 0);

    bool isSequential() const override { return true; }
    // Bytes as they are (an attachment, a pathway file), not made safe for a terminal.
    bool writeRaw(const QByteArray& bytes);
    // Flushes; returns the errno of the first write that failed, 0 when none did.
    int finish();

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 length) override;

private:
    bool put(const QByteArray& bytes);

    FILE* m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    int m_error = 0;
};

// text with every character that could act on a terminal written as \uXXXX: C0 controls other
// than newline and tab (and a carriage return not before a newline), DEL, C1 controls, and the
// bidirectional controls that make text read differently from how it is stored. Inside a JSON
// string \uXXXX means the same character, so JSON output passes through unchanged in meaning.
QString terminalSafe(QStringView text);

// Puts /dev/null in place of a standard stream (0, 1 or 2) that was closed, before anything opens
// a file that would take its number: the portfolio opened as descriptor 1 would receive the
// output. True when it was closed.
bool holdClosedStream(int fd);

// Why writing failed, in plain words, for an errno.
QString writeFailure(int error);

} // namespace waymark::cli
