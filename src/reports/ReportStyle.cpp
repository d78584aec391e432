#include "ReportStyle.h"

#include "waymark/FileProblem.h"

#include <QTextCursor>

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace waymark::report {

namespace {

// Any letter spacing turns ligatures off, so "fi" stays two letters that readers can
// search and copy; 0.05 is the smallest step Qt does not round to 0.
constexpr qreal noLigatureSpacing = 0.05;

} // namespace

QString reportDate(const QDate& d)
{
    return d.isValid() ? QLocale::c().toString(d, QStringLiteral("d MMM yyyy")).replace(QLatin1Char(' '), QChar(0x00A0)) : QString();
}

QFont bodyFont(qreal size)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(size);
    font.setLetterSpacing(QFont::AbsoluteSpacing, noLigatureSpacing);
    return font;
}

QTextCharFormat reportText(qreal size, bool bold, const QColor& colour)
{
    QTextCharFormat f;
    f.setFontFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    f.setFontPointSize(size);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(colour);
    f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    f.setFontLetterSpacing(noLigatureSpacing);
    return f;
}

QTextBlockFormat reportParagraph(qreal before, qreal after)
{
    QTextBlockFormat b;
    b.setTopMargin(before);
    b.setBottomMargin(after);
    b.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
    return b;
}

void labelled(QTextCursor& c, const QString& label, const QString& value)
{
    if (value.trimmed().isEmpty())
        return;
    c.insertBlock(reportParagraph(0, 3), reportText());
    c.insertText(label + QStringLiteral(": "), reportText(10, true));
    c.insertText(value, reportText());
}

void hashLine(QTextCursor& c, const QString& label, const QString& hash)
{
    c.insertBlock(reportParagraph(4, 0), reportText(10, true));
    c.insertText(label, reportText(10, true));
    QTextCharFormat mono = reportText(8.5);
    mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    c.insertBlock(reportParagraph(0, 3), mono);
    c.insertText(hash, mono);
}

A4Page setUpA4(QPdfWriter& writer, const QString& title)
{
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Waymark"));
    writer.setResolution(300);
    return setUpA4(writer);
}

A4Page setUpA4(QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(0, 0, 0, 0));
    A4Page a4;
    a4.dpmm = device.logicalDpiX() / 25.4;
    a4.page = QRectF(0, 0, device.width(), device.height());
    a4.body = QRectF(20 * a4.dpmm, 24 * a4.dpmm, a4.page.width() - 40 * a4.dpmm, a4.page.height() - 44 * a4.dpmm);
    return a4;
}

void layOutOn(QTextDocument& doc, QPagedPaintDevice& device, const A4Page& a4)
{
    doc.setDefaultFont(bodyFont());
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDocumentMargin(0);
    doc.setPageSize(a4.body.size());
}

void drawPage(QPainter& painter, QTextDocument& doc, const A4Page& a4, int index)
{
    painter.save();
    painter.translate(a4.body.left(), a4.body.top() - index * a4.body.height());
    QAbstractTextDocumentLayout::PaintContext ctx;
    // One unit inside the page: a line that starts exactly at the next page's top would
    // be drawn here too (clipped from sight, but still in the text a reader copies).
    ctx.clip = QRectF(0, index * a4.body.height() + 1, a4.body.width(), a4.body.height() - 2);
    painter.setClipRect(ctx.clip);
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

void drawHeaderAndFooter(QPainter& painter, QPagedPaintDevice& device, const A4Page& a4, const QString& left, const QString& right,
                         const QString& footer)
{
    const QFont small = bodyFont(8);
    painter.setFont(small);
    painter.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF& body = a4.body;
    const QRectF top(body.left(), 10 * a4.dpmm, body.width(), 8 * a4.dpmm);
    const QFontMetricsF metrics(small, &device);
    const qreal room = top.width() - metrics.horizontalAdvance(right) - 6 * a4.dpmm;
    painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(left, Qt::ElideRight, room));
    painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, right);
    painter.drawLine(QPointF(body.left(), 18 * a4.dpmm), QPointF(body.right(), 18 * a4.dpmm));
    const QRectF bottom(body.left(), a4.page.height() - 16 * a4.dpmm, body.width(), 8 * a4.dpmm);
    painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, footer);
}

bool writeOwnerOnly(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    // The system's words for a full disk are often none at all ("Unknown error").
    auto why = [&] {
        const StoreError problem = writeProblem(QFileInfo(path).absolutePath(),
            file.error() == QFileDevice::ResourceError ? StoreError::Code::DiskFull : StoreError::Code::None);
        return problem.code() != StoreError::Code::None ? problem.message() : file.errorString();
    };
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("Report", "Cannot write %1: %2").arg(name, why());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("Report", "Cannot write %1: %2. No file was left behind.").arg(name, why());
        return false;
    }
    return true;
}

} // namespace waymark::report
