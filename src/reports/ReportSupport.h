#pragma once

#include <QByteArray>
#include <QColor>
#include <QDate>
#include <QFont>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QTextCursor;

// What every PDF Waymark writes shares: its font and formats, its date format, and how the
// finished bytes reach the disk.
namespace waymark::report {

// Any letter spacing turns ligatures off, so "fi" stays two letters that readers can
// search and copy; 0.05 is the smallest step Qt does not round to 0.
constexpr qreal noLigatureSpacing = 0.05;

// One date format everywhere, "14 Jan 2025", with no-break spaces so it never wraps.
QString panelDate(const QDate& d);
QFont bodyFont(qreal size = 10);
QTextCharFormat text(qreal size = 10, bool bold = false, const QColor& colour = QColor(0x22, 0x22, 0x22));
QTextBlockFormat paragraph(qreal before = 0, qreal after = 4);
// "Label: value" on a line of its own; nothing when value is blank.
void labelled(QTextCursor& c, const QString& label, const QString& value);
// A label, then a SHA-256 in a fixed-width face on a line of its own, so that it never wraps
// and reads back whole.
void hashLine(QTextCursor& c, const QString& label, const QString& hash);
// Writes a finished PDF owner-only and atomically: a failure leaves no file (and no half file).
bool savePdf(const QByteArray& bytes, const QString& path, QString* error);

} // namespace waymark::report
