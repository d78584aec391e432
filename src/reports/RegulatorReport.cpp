#include "waymark/RegulatorReport.h"

#include "PdfFinisher.h"
#include "ReportStyle.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {

namespace {

const QColor titleColour(0x1F, 0x3A, 0x5F);
const QColor quietColour(0x55, 0x55, 0x55);
const QColor warningColour(0xA3, 0x3B, 0x12);

// Writes the report's blocks; the document's first block is the title.
class RegulatorDocument
{
public:
    explicit RegulatorDocument(QTextDocument& doc) : m_cursor(&doc) {}

    void title(const QString& text)
    {
        m_cursor.setBlockFormat(report::reportParagraph(0, 6));
        m_cursor.setBlockCharFormat(report::reportText(18, true, titleColour));
        m_cursor.insertText(text);
    }

    // A block of the regulator's export, in the report's formats.
    void block(const CpdExportBlock& b)
    {
        using Kind = CpdExportBlock::Kind;
        switch (b.kind) {
        case Kind::Heading: {
            QTextBlockFormat f = report::reportParagraph(14, 4);
            f.setHeadingLevel(2);
            m_cursor.insertBlock(f, report::reportText(13, true, titleColour));
            m_cursor.insertText(b.text);
            break;
        }
        case Kind::Subheading: para(b.text, report::reportText(10, true), 6); break;
        case Kind::Field:
            m_cursor.insertBlock(report::reportParagraph(0, 3), report::reportText());
            m_cursor.insertText(b.label + QStringLiteral(": "), report::reportText(10, true));
            m_cursor.insertText(b.text, report::reportText());
            break;
        case Kind::Text:
            for (const QString& line : b.text.split(QLatin1Char('\n')))
                if (!line.trimmed().isEmpty())
                    para(line.trimmed());
            break;
        case Kind::Note: para(b.text, report::reportText(9, false, quietColour)); break;
        case Kind::Gap: para(b.text, report::reportText(10, true, warningColour)); break;
        case Kind::Item: para(QStringLiteral("• %1").arg(b.text)); break;
        }
    }

    void para(const QString& text, const QTextCharFormat& format = report::reportText(), qreal before = 0)
    {
        m_cursor.insertBlock(report::reportParagraph(before, 4), format);
        m_cursor.insertText(text);
    }

private:
    QTextCursor m_cursor;
};

} // namespace

QString RegulatorReport::title(Regulator regulator)
{
    switch (regulator) {
    case Regulator::SocialWorkEngland: return tr("Social Work England CPD record");
    case Regulator::Hcpc: return tr("HCPC CPD profile");
    case Regulator::Sssc: return tr("SSSC continuous professional learning log");
    }
    return QString();
}

bool RegulatorReport::writePdf(const CpdCheck& check, const Worker& worker, const QString& path, int* pages, QString* error)
{
    const QString docTitle = title(check.regulator);
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    int count = 0;
    {
        QPdfWriter writer(&pdf);
        const report::A4Page a4 = report::setUpA4(writer, docTitle);
        QTextDocument doc;
        report::layOutOn(doc, writer, a4);
        RegulatorDocument d(doc);
        d.title(docTitle);
        for (const auto& [label, value] : {std::pair{tr("Name"), worker.name},
                                           {tr("Profession"), professionTitle(worker.profession)},
                                           {tr("Registration number"), worker.registrationNumber},
                                           {tr("Period"), RegulatorCpd::periodTitle(check)}})
            if (!value.trimmed().isEmpty())
                d.block({CpdExportBlock::Kind::Field, label, value.trimmed()});
        d.para(RegulatorCpd::summary(check), report::reportText(10, true, check.met() ? quietColour : warningColour), 4);
        for (const CpdExportBlock& b : RegulatorCpd::exportBlocks(check))
            d.block(b);
        count = doc.pageCount();
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot start the PDF.");
            return false;
        }
        const QString header = QStringLiteral("%1 — %2").arg(worker.name, docTitle);
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                writer.newPage();
            report::drawPage(painter, doc, a4, i);
            report::drawHeaderAndFooter(painter, writer, a4, header, RegulatorCpd::periodTitle(check),
                                        tr("Page %1 of %2").arg(i + 1).arg(count));
        }
        painter.end();
    }
    QByteArray bytes = pdf.data();
    QString finishError;
    if (!PdfFinisher::finish(bytes, {docTitle, worker.name, QStringLiteral("en-GB"), {}}, {}, {}, &finishError)) {
        *error = tr("Cannot finish the PDF: %1").arg(finishError);
        return false;
    }
    if (!report::writeOwnerOnly(path, bytes, error))
        return false;
    if (pages)
        *pages = count;
    return true;
}

bool RegulatorReport::writeText(const CpdCheck& check, const Worker& worker, const QString& path, QString* error)
{
    return report::writeOwnerOnly(path, RegulatorCpd::exportText(check, worker).toUtf8(), error);
}

} // namespace waymark
