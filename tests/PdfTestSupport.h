#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

namespace waymark::test {

// Exported PDFs read back with the tools a panel member's computer has: poppler and qpdf.
struct ToolResult
{
    int exitCode = -1;
    QByteArray out;
};

inline ToolResult runPdfTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput() + p.readAllStandardError()};
}

// pdftotext's words in drawing order (each table cell whole) with line breaks folded, so
// statements that wrap compare whole; pages from-to (1-based), all when 0.
inline QString pdfWords(const QString& pdf, int from = 0, int to = 0)
{
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (from > 0)
        args << QStringLiteral("-f") << QString::number(from) << QStringLiteral("-l") << QString::number(to > 0 ? to : from);
    return QString::fromUtf8(runPdfTool(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-")).out).simplified();
}

inline QString pdfInfoField(const QString& pdf, const QString& field)
{
    const QString info = QString::fromUtf8(runPdfTool(QStringLiteral("pdfinfo"), {pdf}).out);
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
}

// qpdf --check: the structure, cross-reference table and every stream are sound.
inline ::testing::AssertionResult qpdfChecks(const QString& pdf)
{
    const ToolResult r = runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf});
    if (r.exitCode == 0 && r.out.contains("No syntax or stream encoding errors"))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "qpdf --check " << pdf.toStdString() << " exited " << r.exitCode << ": " << r.out.toStdString();
}

// The whole file with streams uncompressed and no object streams, for raw checks.
inline QByteArray qdfBytes(const QString& pdf)
{
    return runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, QStringLiteral("-")}).out;
}

struct Bookmark
{
    QString title;
    int page = 0; // 1-based
    int level = 0;
};

// Every bookmark in outline order, read by qpdf.
inline QList<Bookmark> pdfBookmarks(const QString& pdf)
{
    const QJsonObject json = QJsonDocument::fromJson(
        runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), pdf}).out).object();
    QList<Bookmark> out;
    std::function<void(const QJsonArray&, int)> walk = [&](const QJsonArray& items, int level) {
        for (const QJsonValue& v : items) {
            const QJsonObject o = v.toObject();
            out << Bookmark{o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("destpageposfrom1")).toInt(), level};
            walk(o.value(QStringLiteral("kids")).toArray(), level + 1);
        }
    };
    walk(json.value(QStringLiteral("outlines")).toArray(), 0);
    return out;
}

} // namespace waymark::test
