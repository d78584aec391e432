#include "MoodleCsvReader.h"

#include "HtmlText.h"

#include <QCoreApplication>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FrameworkImport", text);
}

struct CsvField
{
    QString text;
    int line = 0, column = 0;
};

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks, so a
// record can span lines; each field remembers where it starts.
QList<QList<CsvField>> parseCsv(const QString& text, FrameworkTree& tree)
{
    QList<QList<CsvField>> records;
    QList<CsvField> record;
    CsvField field;
    int line = 1, column = 1;
    bool quoted = false, fieldStarted = false;
    int quoteLine = 0, quoteColumn = 0;
    auto endField = [&] {
        record << field;
        field = CsvField();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A line with nothing on it separates nothing; Moodle skips it too.
        if (!(record.size() == 1 && record.first().text.isEmpty()))
            records << record;
        record.clear();
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!fieldStarted) {
            field.line = line;
            field.column = column;
            fieldStarted = true;
        }
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field.text += c;
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                }
            } else {
                field.text += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field.text += c;
        }
        if (c == QLatin1Char('\n')) {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    if (quoted) {
        tree.problem({quoteLine, quoteColumn, QString()},
                     tr("the quoted field that starts here is never closed: the file ends inside it (is it cut short?)"));
        return records;
    }
    if (fieldStarted || !record.isEmpty())
        endRecord();
    return records;
}

bool truthy(const QString& s)
{
    // PHP's truth, which Moodle applies to "Is framework": "" and "0" are false.
    return !s.isEmpty() && s != QLatin1String("0");
}

} // namespace

const QStringList& MoodleCsvReader::columns()
{
    // The header Moodle writes (admin/tool/lpimportcsv/lang/en/tool_lpimportcsv.php), in its order.
    static const QStringList names = {
        QStringLiteral("Parent id number"), QStringLiteral("Id number"), QStringLiteral("Shortname"),
        QStringLiteral("Description"), QStringLiteral("Description format"), QStringLiteral("Scale values"),
        QStringLiteral("Scale configuration"), QStringLiteral("Rule type (optional)"),
        QStringLiteral("Rule outcome (optional)"), QStringLiteral("Rule config (optional)"),
        QStringLiteral("Cross referenced competency id numbers"), QStringLiteral("Exported id (optional)"),
        QStringLiteral("Is framework"), QStringLiteral("Taxonomy")};
    return names;
}

bool MoodleCsvReader::looksLike(const QByteArray& bytes)
{
    QString first = QString::fromUtf8(bytes.left(1024)).section(QLatin1Char('\n'), 0, 0);
    first.remove(QLatin1Char('"'));
    if (first.startsWith(QChar(0xfeff)))
        first.remove(0, 1);
    return first.startsWith(columns().constFirst() + QLatin1Char(','), Qt::CaseInsensitive);
}

void MoodleCsvReader::read(const QByteArray& bytes, FrameworkTree& tree, FrameworkInfo& info)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QList<QList<CsvField>> records = parseCsv(text, tree);
    if (records.isEmpty()) {
        tree.problem({}, tr("the file holds no rows"));
        return;
    }
    const QStringList& names = columns();
    const QList<CsvField>& header = records.first();
    for (int c = 0; c < names.size(); ++c) {
        const QString found = c < header.size() ? header[c].text.trimmed() : QString();
        if (found.compare(names[c], Qt::CaseInsensitive) != 0) {
            tree.problem({1, c < header.size() ? header[c].column : 0, found},
                         tr("column %1 of the header is \"%2\"; Moodle's competency framework CSV has \"%3\" there")
                             .arg(c + 1).arg(found, names[c]));
            return;
        }
    }
    enum { Parent, IdNumber, Shortname, Description, Format, IsFramework = 12 };
    bool haveFramework = false;
    int order = 0;
    for (int r = 1; r < records.size(); ++r) {
        const QList<CsvField>& row = records[r];
        const int line = row.first().line;
        if (row.size() != header.size()) {
            tree.problem({line, row.last().column, QString()},
                         tr("this row has %1 fields; the header has %2 (is the file cut short?)").arg(row.size()).arg(header.size()));
            continue;
        }
        auto at = [&](int c) { return SourceLocation{row[c].line, row[c].column, names[c]}; };
        const QString idNumber = row[IdNumber].text.trimmed();
        const QString shortname = row[Shortname].text.trimmed();
        QString description = row[Description].text;
        // Formats 0 (Moodle auto-format) and 1 (HTML) are HTML; 2 (plain) and 4 (Markdown) are text.
        const QString format = row[Format].text.trimmed();
        if (format.isEmpty() || format == QLatin1String("0") || format == QLatin1String("1"))
            description = HtmlText::toPlainText(description);
        else
            description = description.trimmed();
        if (truthy(row[IsFramework].text.trimmed())) {
            if (haveFramework) {
                tree.problem(at(IsFramework), tr("a second row says it is the framework; only one may"));
                continue;
            }
            haveFramework = true;
            info.idHint = idNumber.isEmpty() ? shortname : idNumber;
            info.title = shortname.isEmpty() ? idNumber : shortname;
            info.summary = description;
            if (info.title.isEmpty())
                tree.problem(at(Shortname), tr("the framework row has neither a shortname nor an id number"));
            continue;
        }
        if (idNumber.isEmpty()) {
            tree.problem(at(IdNumber), tr("the competency has no id number"));
            continue;
        }
        if (shortname.isEmpty()) {
            tree.problem(at(Shortname), tr("competency %1 has no shortname").arg(idNumber));
            continue;
        }
        FrameworkNode n;
        n.key = idNumber;
        n.parentKey = row[Parent].text.trimmed();
        n.idHint = idNumber;
        n.label = idNumber;
        n.title = shortname;
        n.statement = description;
        n.order = order++;
        n.at = at(IdNumber);
        n.parentAt = at(Parent);
        tree.add(n);
    }
    if (!haveFramework && tree.problems().isEmpty())
        tree.problem({}, tr("no row has \"Is framework\" set, so the file names no framework"));
}

} // namespace waymark
