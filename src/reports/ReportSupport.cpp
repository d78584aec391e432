#include "ReportSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTextCursor>

namespace waymark::report {

QString panelDate(const QDate& d)
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

QTextCharFormat text(qreal size, bool bold, const QColor& colour)
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

QTextBlockFormat paragraph(qreal before, qreal after)
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
    c.insertBlock(paragraph(0, 3), text());
    c.insertText(label + QStringLiteral(": "), text(10, true));
    c.insertText(value, text());
}

void hashLine(QTextCursor& c, const QString& label, const QString& hash)
{
    c.insertBlock(paragraph(4, 0), text(10, true));
    c.insertText(label, text(10, true));
    QTextCharFormat mono = text(8.5);
    mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
    c.insertBlock(paragraph(0, 3), mono);
    c.insertText(hash, mono);
}

bool savePdf(const QByteArray& bytes, const QString& path, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(QCoreApplication::translate("PanelReport", "Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failWith(QCoreApplication::translate("PanelReport", "Cannot write %1: %2. No file was left behind.")
                            .arg(QFileInfo(path).fileName(), file.errorString()));
    return true;
}

} // namespace waymark::report
