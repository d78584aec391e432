#include "PdfAmendment.h"

#include <QRegularExpression>

namespace waymark {

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, written in hex so that no
// character of a title can end the string early.
QByteArray pdfText(const QString& s)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (QChar c : s) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray dictOf(const QByteArray& pdf, int objectNumber)
{
    const QRegularExpression re(QStringLiteral("(?:^|\\n)%1 0 obj\\s*<<(.*?)>>\\s*endobj").arg(objectNumber),
                                QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

} // namespace

bool PdfAmendment::addAuthorAndOutline(QByteArray& pdf, const QString& author, const QString& title,
                                       const QList<OutlineEntry>& outline, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString text = QString::fromLatin1(pdf);
    const QRegularExpressionMatch startxref = QRegularExpression(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$")).match(text);
    const QRegularExpressionMatch trailer = QRegularExpression(
        QStringLiteral("trailer\\s*<<(.*?)>>\\s*startxref"), QRegularExpression::DotMatchesEverythingOption).match(text);
    if (!startxref.hasMatch() || !trailer.hasMatch())
        return failWith(QStringLiteral("the PDF has no classic trailer"));
    const QString trailerDict = trailer.captured(1);
    const int size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(trailerDict).captured(1).toInt();
    const int root = QRegularExpression(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R")).match(trailerDict).captured(1).toInt();
    const int info = QRegularExpression(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R")).match(trailerDict).captured(1).toInt();
    const QByteArray catalog = dictOf(pdf, root);
    const QByteArray infoDict = dictOf(pdf, info);
    const int pagesObject = QRegularExpression(QStringLiteral("/Pages\\s+(\\d+)\\s+0\\s+R")).match(QString::fromLatin1(catalog)).captured(1).toInt();
    const QByteArray pagesDict = dictOf(pdf, pagesObject);
    if (size <= 0 || catalog.isEmpty() || infoDict.isEmpty() || pagesDict.isEmpty())
        return failWith(QStringLiteral("the PDF's catalog or information dictionary was not found"));
    QList<int> pageObjects;
    const QString kids = QRegularExpression(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]")).match(QString::fromLatin1(pagesDict)).captured(1);
    auto it = QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(kids);
    while (it.hasNext())
        pageObjects << it.next().captured(1).toInt();

    QList<std::pair<int, QByteArray>> objects; // number, body
    int next = size;
    const int newInfo = next++;
    // Qt writes the title as a binary string; it is written again here, readable by every tool.
    QByteArray infoBody = infoDict;
    infoBody.replace(QRegularExpression(QStringLiteral("/Title\\s*\\((?:\\\\.|[^\\\\)])*\\)")).match(QString::fromLatin1(infoDict)).captured(0).toLatin1(), QByteArray());
    objects << std::make_pair(newInfo, "<<" + infoBody + "/Title " + pdfText(title) + "\n/Author " + pdfText(author) + "\n>>");

    // Outline: a root, top-level entries, and children under the entry before them.
    QList<OutlineEntry> entries;
    for (const OutlineEntry& e : outline)
        if (e.pageIndex >= 0 && e.pageIndex < pageObjects.size())
            entries << e;
    QByteArray catalogBody = catalog;
    if (!entries.isEmpty()) {
        const int outlineRoot = next++;
        QList<int> numbers;
        for (int i = 0; i < entries.size(); ++i)
            numbers << next++;
        QList<int> parents, topLevel;
        int lastTop = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries[i].level == 0 || lastTop < 0) {
                lastTop = i;
                parents << -1;
                topLevel << i;
            } else {
                parents << lastTop;
            }
        }
        auto siblings = [&](int parent) {
            QList<int> out;
            for (int i = 0; i < entries.size(); ++i)
                if (parents[i] == parent)
                    out << i;
            return out;
        };
        for (int i = 0; i < entries.size(); ++i) {
            const QList<int> sibs = siblings(parents[i]);
            const int pos = int(sibs.indexOf(i));
            const QList<int> children = siblings(i);
            QByteArray body = "<< /Title " + pdfText(entries[i].title);
            body += " /Parent " + QByteArray::number(parents[i] < 0 ? outlineRoot : numbers[parents[i]]) + " 0 R";
            if (pos > 0)
                body += " /Prev " + QByteArray::number(numbers[sibs[pos - 1]]) + " 0 R";
            if (pos + 1 < sibs.size())
                body += " /Next " + QByteArray::number(numbers[sibs[pos + 1]]) + " 0 R";
            if (!children.isEmpty())
                body += " /First " + QByteArray::number(numbers[children.first()]) + " 0 R /Last "
                    + QByteArray::number(numbers[children.last()]) + " 0 R /Count -" + QByteArray::number(children.size());
            body += " /Dest [" + QByteArray::number(pageObjects[entries[i].pageIndex]) + " 0 R /XYZ null null null] >>";
            objects << std::make_pair(numbers[i], body);
        }
        objects << std::make_pair(outlineRoot, "<< /Type /Outlines /First " + QByteArray::number(numbers[topLevel.first()]) + " 0 R /Last "
                                                   + QByteArray::number(numbers[topLevel.last()]) + " 0 R /Count "
                                                   + QByteArray::number(topLevel.size()) + " >>");
        catalogBody += "/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n";
    }
    objects << std::make_pair(root, "<<" + catalogBody + ">>");

    QByteArray update = "\n";
    QList<std::pair<int, qint64>> offsets;
    for (const auto& [number, body] : objects) {
        offsets << std::make_pair(number, qint64(pdf.size() + update.size()));
        update += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    std::sort(offsets.begin(), offsets.end());
    const qint64 xrefAt = pdf.size() + update.size();
    update += "xref\n";
    for (int i = 0; i < offsets.size();) {
        int j = i;
        while (j + 1 < offsets.size() && offsets[j + 1].first == offsets[j].first + 1)
            ++j;
        update += QByteArray::number(offsets[i].first) + ' ' + QByteArray::number(j - i + 1) + '\n';
        for (int k = i; k <= j; ++k)
            update += QByteArray::number(offsets[k].second).rightJustified(10, '0') + " 00000 n \n";
        i = j + 1;
    }
    update += "trailer\n<<\n/Size " + QByteArray::number(next) + "\n/Root " + QByteArray::number(root) + " 0 R\n/Info "
        + QByteArray::number(newInfo) + " 0 R\n/Prev " + startxref.captured(1).toLatin1() + "\n>>\nstartxref\n"
        + QByteArray::number(xrefAt) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace waymark
