#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <ostream>

// Readable QString values in gtest failure messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

namespace waymark::test {

inline QString dataPath(const QString& relative)
{
    return QStringLiteral(WAYMARK_TEST_DATA "/") + relative;
}

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(WAYMARK_SOURCE_DIR "/") + relative;
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real waymark-cli binary, as a user would from a shell.
inline CliResult runCli(const QStringList& args, const QByteArray& input = QByteArray())
{
    QProcess process;
    process.start(QStringLiteral(WAYMARK_CLI), args);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace waymark::test
