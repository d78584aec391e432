#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QTextFormat>

class QPainter;
class QPagedPaintDevice;
class QPdfWriter;
class QTextCursor;
class QTextDocument;

namespace waymark::report {

// What every Waymark PDF shares: its fonts and formats, the A4 page with its running header and
// page numbers, and the owner-only, all-or-nothing write.

// One date format everywhere, "14 Jan 2025", with no-break spaces so it never wraps.
QString reportDate(const QDate& d);

QFont bodyFont(qreal size = 10);
QTextCharFormat reportText(qreal size = 10, bool bold = false, const QColor& colour = QColor(0x22, 0x22, 0x22));
QTextBlockFormat reportParagraph(qreal before = 0, qreal after = 4);
// "Label: value" on a line of its own; nothing when value is blank.
void labelled(QTextCursor& c, const QString& label, const QString& value);
// A label, then a SHA-256 in a fixed-width face on a line of its own, so that it never wraps
// and reads back whole.
void hashLine(QTextCursor& c, const QString& label, const QString& hash);

// An A4 page at 300 dpi: the text body inside 20 mm margins, with room above for the running
// header and below for the page number.
struct A4Page
{
    QRectF page;
    QRectF body;
    qreal dpmm = 0; // device pixels per millimetre
};
A4Page setUpA4(QPdfWriter& writer, const QString& title);
// The same page on any paged device (a printer).
A4Page setUpA4(QPagedPaintDevice& device);
// Prepares doc to be laid out in pages of the body's size on the writer.
void layOutOn(QTextDocument& doc, QPagedPaintDevice& device, const A4Page& a4);
// Draws page index (0-based) of doc, laid out in pages of the body's size.
void drawPage(QPainter& painter, QTextDocument& doc, const A4Page& a4, int index);
// The running header (left, elided to leave room for right) and the footer under the body.
void drawHeaderAndFooter(QPainter& painter, QPagedPaintDevice& device, const A4Page& a4, const QString& left, const QString& right,
                         const QString& footer);

// Writes bytes to path through QSaveFile, readable by the owner only: a failed write leaves no
// file and no half file. False, with error set, when it failed.
bool writeOwnerOnly(const QString& path, const QByteArray& bytes, QString* error);

} // namespace waymark::report
