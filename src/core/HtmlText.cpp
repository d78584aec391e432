#include "HtmlText.h"

#include <QHash>
#include <QStringList>

namespace waymark {

namespace {

bool isBreakTag(const QString& name)
{
    static const QStringList blocks = {QStringLiteral("br"), QStringLiteral("p"), QStringLiteral("div"),
                                       QStringLiteral("li"), QStringLiteral("ul"), QStringLiteral("ol"),
                                       QStringLiteral("tr"), QStringLiteral("h1"), QStringLiteral("h2"),
                                       QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                                       QStringLiteral("h6"), QStringLiteral("blockquote")};
    return blocks.contains(name);
}

QString entity(const QString& name)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QString(QChar(0x00a0))},
    };
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const uint code = name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                    : name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10ffff) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return QString();
    }
    return named.value(name);
}

} // namespace

QString HtmlText::toPlainText(const QString& html)
{
    QString out;
    bool space = false; // white space seen since the last word
    auto lineBreak = [&] {
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char('\n');
        space = false;
    };
    for (int i = 0; i < html.size(); ++i) {
        const QChar c = html[i];
        if (c == QLatin1Char('<') && i + 1 < html.size()
            && (html[i + 1].isLetter() || html[i + 1] == QLatin1Char('/') || html[i + 1] == QLatin1Char('!'))) {
            const int end = html.indexOf(QLatin1Char('>'), i);
            if (end < 0)
                break; // a cut-off tag shows nothing
            QString name = html.mid(i + 1, end - i - 1).trimmed().toLower();
            if (name.startsWith(QLatin1Char('/')))
                name.remove(0, 1);
            name = name.section(QLatin1Char(' '), 0, 0).remove(QLatin1Char('/'));
            if (isBreakTag(name))
                lineBreak();
            i = end;
            continue;
        }
        QString text(c);
        if (c == QLatin1Char('&')) {
            const int end = html.indexOf(QLatin1Char(';'), i);
            if (end > i + 1 && end - i <= 10) {
                const QString decoded = entity(html.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    text = decoded;
                    i = end;
                }
            }
        }
        if (text == QLatin1String(" ") || text == QLatin1String("\t") || text == QLatin1String("\n") || text == QLatin1String("\r")) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
            out += QLatin1Char(' ');
        space = false;
        out += text;
    }
    return out.trimmed();
}

} // namespace waymark
