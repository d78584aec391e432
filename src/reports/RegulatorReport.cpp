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

    void heading(const QString& text)
    {
        QTextBlockFormat b = report::reportParagraph(14, 4);
        b.setHeadingLevel(2);
        m_cursor.insertBlock(b, report::reportText(13, true, titleColour));
        m_cursor.insertText(text);
    }

    void para(const QString& text, const QTextCharFormat& format = report::reportText())
    {
        m_cursor.insertBlock(report::reportParagraph(0, 4), format);
        m_cursor.insertText(text);
    }

    // Text the worker wrote, or a grey "(not written)".
    void body(const QString& text)
    {
        if (text.trimmed().isEmpty())
            para(RegulatorReport::tr("(not written)"), report::reportText(10, false, quietColour));
        for (const QString& line : text.trimmed().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                para(line.trimmed());
    }

    void labelled(const QString& label, const QString& value)
    {
        if (value.trimmed().isEmpty())
            return;
        m_cursor.insertBlock(report::reportParagraph(0, 3), report::reportText());
        m_cursor.insertText(label + QStringLiteral(": "), report::reportText(10, true));
        m_cursor.insertText(value.trimmed(), report::reportText());
    }

private:
    QTextCursor m_cursor;
};

void writeSwe(RegulatorDocument& d, const CpdCheck& c)
{
    for (int i = 0; i < c.entries.size(); ++i) {
        const CpdEntry& e = c.entries[i];
        d.heading(RegulatorReport::tr("CPD record %1 of %2").arg(i + 1).arg(c.entries.size()));
        d.labelled(RegulatorReport::tr("Type of CPD"), e.type);
        d.labelled(RegulatorReport::tr("Date"), report::reportDate(e.date));
        d.labelled(RegulatorReport::tr("Activity"), e.activity);
        d.labelled(RegulatorReport::tr("Why it is relevant"), e.relevance);
        d.labelled(RegulatorReport::tr("What I learnt"), e.learnt);
        d.labelled(RegulatorReport::tr("Impact on my practice"), e.impactPractice);
        d.labelled(RegulatorReport::tr("Impact on the people I work with"), e.impactPeople);
        d.labelled(RegulatorReport::tr("Peer reflection"), e.peerReflection);
    }
}

void writeHcpc(RegulatorDocument& d, const CpdCheck& c)
{
    const QTextCharFormat quiet = report::reportText(9, false, quietColour);
    d.heading(RegulatorReport::tr("Summary of practice history"));
    d.para(RegulatorCpd::wordsAgainstGuide(CpdText::PracticeSummary, c.practiceSummary), quiet);
    d.body(c.practiceSummary);

    d.heading(RegulatorReport::tr("CPD activities, in date order"));
    int gap = 0;
    const auto gapLine = [&](const CpdGap& g) {
        d.para(RegulatorReport::tr("Gap: no CPD from %1 to %2 (%n month(s))", "", g.months)
                   .arg(report::reportDate(g.from), report::reportDate(g.to)),
               report::reportText(10, true, warningColour));
    };
    for (const CpdEntry& e : c.entries) {
        for (; gap < c.gaps.size() && c.gaps[gap].to <= e.date; ++gap)
            gapLine(c.gaps[gap]);
        d.labelled(report::reportDate(e.date), e.type.trimmed().isEmpty() ? e.activity : RegulatorReport::tr("%1 (%2)").arg(e.activity, e.type));
    }
    for (; gap < c.gaps.size(); ++gap)
        gapLine(c.gaps[gap]);
    if (c.entries.isEmpty())
        d.para(RegulatorReport::tr("(none)"), quiet);

    d.heading(RegulatorReport::tr("Personal statement"));
    d.para(RegulatorCpd::wordsAgainstGuide(CpdText::PersonalStatement, c.personalStatement), quiet);
    d.para(RegulatorReport::tr("HCPC's standards for CPD say that a registrant must:"), report::reportText(10, true));
    const QStringList standards = RegulatorCpd::hcpcStandards();
    for (int i = 0; i < standards.size(); ++i)
        d.para(QStringLiteral("%1. %2").arg(i + 1).arg(standards[i]));
    d.body(c.personalStatement);
    for (const CpdEntry& e : c.entries) {
        if (e.learnt.trimmed().isEmpty() && e.impactPractice.trimmed().isEmpty() && e.impactPeople.trimmed().isEmpty())
            continue;
        d.para(RegulatorReport::tr("%1, %2").arg(e.activity, report::reportDate(e.date)), report::reportText(10, true));
        d.labelled(RegulatorReport::tr("What I learnt"), e.learnt);
        d.labelled(RegulatorReport::tr("Benefit to my practice and service delivery (standard 3)"), e.impactPractice);
        d.labelled(RegulatorReport::tr("Benefit to service users (standard 4)"), e.impactPeople);
    }

    d.heading(RegulatorReport::tr("Supporting evidence"));
    if (c.evidence.isEmpty())
        d.para(RegulatorReport::tr("(none named)"), quiet);
    for (const EvidenceSummary& e : c.evidence) {
        QStringList activities;
        for (const CpdEntry& entry : c.entries)
            if (entry.evidenceId == e.id)
                activities << entry.activity;
        d.labelled(QStringLiteral("E%1").arg(e.id), RegulatorReport::tr("%1 (%2), for: %3")
                                                         .arg(e.title, report::reportDate(e.date), activities.join(QStringLiteral("; "))));
    }
}

void writeSssc(RegulatorDocument& d, const CpdCheck& c)
{
    d.heading(RegulatorReport::tr("Learning log"));
    if (c.entries.isEmpty())
        d.para(RegulatorReport::tr("(none)"), report::reportText(10, false, quietColour));
    for (const CpdEntry& e : c.entries) {
        d.para(RegulatorReport::tr("%1, %2").arg(e.activity, report::reportDate(e.date)), report::reportText(10, true));
        d.labelled(RegulatorReport::tr("Core learning element"), e.learningElement);
        d.labelled(RegulatorReport::tr("What I learnt"), e.learnt);
        d.labelled(RegulatorReport::tr("Contribution to my practice"), e.impactPractice);
    }
    d.heading(RegulatorReport::tr("Core learning elements"));
    if (c.coreElements.isEmpty())
        d.para(RegulatorReport::tr("(not listed)"), report::reportText(10, false, quietColour));
    for (const QString& element : c.coreElements)
        d.labelled(element, c.uncoveredElements.contains(element) ? RegulatorReport::tr("not covered yet") : RegulatorReport::tr("covered"));
}

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
        d.labelled(tr("Name"), worker.name);
        d.labelled(tr("Profession"), professionTitle(worker.profession));
        d.labelled(tr("Registration number"), worker.registrationNumber);
        d.labelled(tr("Period"), RegulatorCpd::periodTitle(check));
        d.para(RegulatorCpd::summary(check), report::reportText(10, true, check.met() ? quietColour : warningColour));
        switch (check.regulator) {
        case Regulator::SocialWorkEngland: writeSwe(d, check); break;
        case Regulator::Hcpc: writeHcpc(d, check); break;
        case Regulator::Sssc: writeSssc(d, check); break;
        }
        if (!check.problems.isEmpty() || !check.advice.isEmpty()) {
            d.heading(tr("Still to do"));
            for (const QString& p : check.problems + check.advice)
                d.para(QStringLiteral("• %1").arg(p));
        }
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
    if (!PdfFinisher::finish(bytes, {docTitle, worker.name, QStringLiteral("en-GB")}, {}, {}, &finishError)) {
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
