#include "waymark/PanelReport.h"
#include "waymark/FrozenCase.h"
#include "waymark/StoreError.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PdfVerifier.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"
#include "waymark/WorkerMarkdown.h"

#include "PdfFinisher.h"
#include "ReportStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QMimeDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>

#include <algorithm>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <functional>

namespace waymark {

namespace {

// Evidence text may hold anything a worker pasted. Nothing it names is ever loaded:
// no images, no style sheets, no files.
class InertTextDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl&) override { return QVariant(); }
};

using report::bodyFont;
const auto panelDate = report::reportDate;
using report::labelled;

struct Heading
{
    QString title;
    int level = 1;
    int blockNumber = -1;
    int page = 0;         // 1-based, filled after layout
    bool bookmark = false;
};

struct Cell
{
    QString text;
    QTextCharFormat format;
};
using Row = QList<Cell>;

// Where one table row landed, for the page-break checks after layout.
struct RowSpan
{
    QString table;
    int row = 0;
    QList<std::pair<int, int>> cells; // first and last block number of each cell
    bool keepWithPrevious = false;    // a total row: never alone on a page
    int section = 0;
};

// A heading or label and the block it keeps on its page.
struct Keep
{
    int block = 0;
    int follow = 0;
    int section = 0;
};

// An attachment and how the report reproduces it.
struct AttachmentPlan
{
    enum class Way { Inline, Appended, Listed };
    qint64 evidenceId = 0;
    Attachment file;
    Way way = Way::Listed;
    QImage image;      // Inline: scaled for print
    QByteArray pdf;    // Appended
    int pages = 0;     // Appended
    QString problem;   // why a PDF could not be appended
};

// Page geometry of a laid-out document, in its units.
struct PageGeometry
{
    const QTextDocument& doc;
    qreal pageHeight;

    int pageOf(qreal y) const { return int(std::floor((y + 1) / pageHeight)); } // a rounding error above a page top
    // Top of the first line and bottom of the last line of a block. The box's top is the
    // layout's position (in the page, frames included); a page break moves lines below it.
    std::pair<qreal, qreal> lines(int blockNumber) const
    {
        const QTextBlock block = doc.findBlockByNumber(blockNumber);
        const QRectF box = doc.documentLayout()->blockBoundingRect(block);
        const QTextLayout* layout = block.layout();
        if (!layout || layout->lineCount() == 0)
            return {box.top(), box.bottom()};
        const qreal origin = box.top();
        const QTextLine last = layout->lineAt(layout->lineCount() - 1);
        return {origin + layout->lineAt(0).y(), origin + last.y() + last.height()};
    }
};

// Builds the report as a paginated text document.
class PanelDocumentBuilder
{
public:
    PanelDocumentBuilder(PortfolioStore& store, const PathwayLibrary& library, const PanelReportOptions& options)
        : m_store(store), m_library(library), m_options(options) {}

    QString error;
    Worker worker;
    const Pathway* pathway = nullptr;
    QString targetTitle;
    QString currentTitle;
    int evidenceIncluded = 0;
    QList<AnonymisationFinding> findings;
    QList<AttachmentPlan> attachments;
    QString chainHead; // the record chain's head, printed and embedded for verify-pdf
    std::optional<ProgressionCase> latestCase; // the case the report is for: the latest for its target, or the one asked for
    std::optional<FrozenCase> frozen;          // that case as its snapshot froze it, unless a working copy was asked for

    bool gather()
    {
        worker = m_store.worker();
        pathway = m_library.find(worker.pathwayId);
        if (!pathway) {
            error = worker.pathwayId.isEmpty() ? PanelReport::tr("Choose the pathway you follow in your profile before exporting for the panel.")
                                               : PanelReport::tr("Your pathway \"%1\" is not loaded.").arg(worker.pathwayId);
            return false;
        }
        m_names = m_store.privateNames();
        for (const FindingDecisionRecord& d : m_store.findingDecisions())
            if (d.decision == FindingDecision::Redact)
                m_redacted[d.record].insert(d.finding);
        m_target = m_options.targetStep.isEmpty() ? worker.targetStep : m_options.targetStep;
        m_facts = m_store.facts();
        const ReadinessEngine engine(m_library, m_options.today);
        m_readiness = engine.evaluateTargetOf(m_facts, pathway->id, m_target);
        // The readiness report says what is judged: a step or a role profile.
        targetTitle = m_readiness.targetTitle;
        if (const Step* s = pathway->step(m_readiness.targetId))
            targetTitle = s->title;
        if (const Step* s = pathway->step(worker.currentStep))
            currentTitle = s->title;
        m_judgements = m_store.judgements();
        QList<Evidence> evidence;
        try {
            latestCase = FrozenCaseReader::caseFor(m_store, pathway->id, m_readiness.targetId, m_options.caseId);
            if (latestCase && !m_options.live)
                frozen = FrozenCaseReader::read(m_store, *latestCase);
        } catch (const StoreError& e) {
            error = e.message();
            return false;
        }
        if (frozen) {
            // What the panel decided on: the verdict, the evidence and the judgements as frozen.
            m_readiness = frozen->readiness;
            evidence = frozen->evidence;
            m_judgements.erase(std::remove_if(m_judgements.begin(), m_judgements.end(), [&](const Judgement& j) {
                return j.recordedAt > latestCase->snapshot.frozenAt;
            }), m_judgements.end());
            m_facts = m_store.facts(latestCase->snapshot.frozenAt.toLocalTime().date());
        } else {
            evidence = m_store.findEvidence();
        }
        for (const Evidence& e : std::as_const(evidence))
            if (!m_options.excludedEvidence.contains(e.id))
                m_evidence << e;
        std::sort(m_evidence.begin(), m_evidence.end(), [](const Evidence& a, const Evidence& b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        evidenceIncluded = int(m_evidence.size());
        // The check reads what this copy prints.
        findings = AnonymisationCheck::scanPanel(m_store, m_options.excludedEvidence, frozen ? &m_evidence : nullptr);
        for (int i = 0; i < m_judgements.size(); ++i)
            m_judgementIndex.insert(m_judgements[i].id, i);
        m_sessions = m_store.sessions();
        chainHead = m_store.chainHead();
        planAttachments();
        return true;
    }

    const QList<Evidence>& evidence() const { return m_evidence; }

    // A working copy of a portfolio with a case says so on every page.
    bool workingCopy() const { return latestCase && !frozen; }

    // Where the case as frozen and the portfolio now part, for the evidence printed.
    QString sinceFrozen(qint64 evidenceId) const
    {
        if (!frozen)
            return QString();
        const QString submitted = panelDate(latestCase->snapshot.frozenAt.toLocalTime().date());
        switch (frozen->changeOf(evidenceId)) {
        case FrozenCase::Since::Changed:
            return PanelReport::tr("Changed after this case was submitted on %1; the version the panel decided on is shown.").arg(submitted);
        case FrozenCase::Since::Deleted:
            return PanelReport::tr("Deleted after this case was submitted on %1; the version the panel decided on is shown.").arg(submitted);
        case FrozenCase::Since::Unchanged:
            break;
        }
        return QString();
    }

    // An attachment's name as the panel copy shows it.
    QString fileName(const AttachmentPlan& a) const { return panel(QStringLiteral("attachment:%1").arg(a.file.id), a.file.name); }

    void setPage(const QSizeF& body, qreal devicePixelsPerCssPixel)
    {
        m_body = body;
        m_pxPerCss = devicePixelsPerCssPixel;
    }

    // Lays the whole report into doc, using what the previous pass placed: each heading's page
    // for the contents, the report's page count for appended attachments, the page breaks.
    QList<Heading> build(QTextDocument& doc, const QList<Heading>& previous, int previousPages)
    {
        doc.clear();
        m_headings.clear();
        m_keeps.clear();
        m_section = 0;
        m_rows.clear();
        m_previous = previous;
        m_previousPages = previousPages;
        for (const AttachmentPlan& a : std::as_const(attachments))
            if (a.way == AttachmentPlan::Way::Inline)
                doc.addResource(QTextDocument::ImageResource, attachmentUrl(a), a.image);
        QTextCursor c(&doc);
        writeCover(c);
        writeContents(c);
        writeReadiness(c);
        writeMatrix(c);
        writeEvidence(c);
        writeJudgements(c);
        writePlanAndCpd(c);
        writeAttachments(c);
        return m_headings;
    }

    // After layout: page breaks that would leave a heading or label last on a page, split a
    // table row that fits on one page, or leave a total row alone. True when a break was added.
    bool addPageBreaks(const QTextDocument& doc)
    {
        const PageGeometry g{doc, doc.pageSize().height()};
        bool added = false;
        // A break moves what follows it up to the next forced page break, so one break per
        // section per pass; later ones are judged on the next layout.
        QSet<int> moved;
        for (int i = 0; i < m_keeps.size(); ++i) {
            const int block = m_keeps[i].block;
            if (moved.contains(m_keeps[i].section))
                continue;
            int follow = m_keeps[i].follow; // the first block with text: Markdown starts with an empty one
            while (follow + 1 < doc.blockCount() && doc.findBlockByNumber(follow).text().isEmpty())
                ++follow;
            if (follow >= doc.blockCount() || m_keepBreaks.contains(i))
                continue;
            if (g.pageOf(g.lines(follow).first) > g.pageOf(g.lines(block).first)) {
                m_keepBreaks.insert(i);
                moved.insert(m_keeps[i].section);
                added = true;
            }
        }
        for (int i = 0; i < m_rows.size(); ++i) {
            const RowSpan& r = m_rows[i];
            if (moved.contains(r.section))
                continue;
            qreal top = 1e12, bottom = -1e12;
            for (const auto& [first, last] : r.cells) {
                top = std::min(top, g.lines(first).first);
                bottom = std::max(bottom, g.lines(last).second);
            }
            QSet<int>& breaks = m_tableBreaks[r.table];
            if (r.keepWithPrevious && i > 0 && m_rows[i - 1].table == r.table) {
                const qreal previousTop = g.lines(m_rows[i - 1].cells.first().first).first;
                if (g.pageOf(previousTop) != g.pageOf(top) && !breaks.contains(r.row - 1)) {
                    breaks.insert(r.row - 1);
                    moved.insert(r.section);
                    added = true;
                }
            } else if (g.pageOf(top) != g.pageOf(bottom - 2) && bottom - top < 0.8 * g.pageHeight && !breaks.contains(r.row)) {
                breaks.insert(r.row);
                moved.insert(r.section);
                added = true;
            }
        }
        return added;
    }

private:
    // ---- formatting helpers ----

    static QTextCharFormat text(qreal size = 10, bool bold = false, const QColor& colour = QColor(0x22, 0x22, 0x22))
    {
        return report::reportText(size, bold, colour);
    }

    static QTextBlockFormat paragraph(qreal before = 0, qreal after = 4) { return report::reportParagraph(before, after); }

    // A worker's text as the panel copy shows it: with the findings they chose to redact.
    QString panel(const QString& record, const QString& value) const
    {
        return AnonymisationCheck::redact(value, m_names, m_redacted.value(record));
    }

    void heading(QTextCursor& c, const QString& title, int level, bool newPage, bool bookmark = false)
    {
        QTextBlockFormat b = paragraph(level == 1 ? 0 : 14, level == 1 ? 10 : 6);
        b.setHeadingLevel(level);
        const bool breakBefore = newPage || m_keepBreaks.contains(int(m_keeps.size()));
        m_section += newPage ? 1 : 0;
        b.setPageBreakPolicy(breakBefore ? QTextFormat::PageBreak_AlwaysBefore : QTextFormat::PageBreak_Auto);
        c.insertBlock(b, text(level == 1 ? 18 : level == 2 ? 13 : 11, true, level == 1 ? QColor(0x1F, 0x3A, 0x5F) : QColor(0x22, 0x22, 0x22)));
        c.insertText(title);
        m_headings << Heading{title, level, c.block().blockNumber(), 0, bookmark || level == 1};
        keepWithNext(c.block().blockNumber());
    }

    // A bold label over what follows it ("Narrative"), kept on its page like a heading.
    void label(QTextCursor& c, const QString& title, qreal before)
    {
        QTextBlockFormat b = paragraph(before, 2);
        if (m_keepBreaks.contains(int(m_keeps.size())))
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        c.insertBlock(b, text(10, true));
        c.insertText(title);
        keepWithNext(c.block().blockNumber());
    }

    void keepWithNext(int block) { m_keeps << Keep{block, block + 1, m_section}; }

    void para(QTextCursor& c, const QString& body, const QTextCharFormat& format = text(), qreal after = 4)
    {
        c.insertBlock(paragraph(0, after), format);
        c.insertText(body);
    }

    // A format with no link in it: Qt's PDF writer makes a link of any AnchorHref, even empty.
    static QTextCharFormat withoutLink(QTextCharFormat f)
    {
        f.clearProperty(QTextFormat::AnchorHref);
        f.clearProperty(QTextFormat::IsAnchor);
        f.clearProperty(QTextFormat::AnchorName);
        f.setFontUnderline(false);
        f.setForeground(QColor(0x22, 0x22, 0x22));
        return f;
    }

    // Links keep no action but an http(s) address, and show that address: a reader of the
    // printed copy sees where it points, and nothing can run or open a local file.
    static void makeLinksInert(QTextDocument& md)
    {
        struct Link { int start, length; QString href; bool web; QTextCharFormat format; };
        QList<Link> links; // one entry per fragment; a web link's last fragment gets the address
        for (QTextBlock b = md.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment frag = it.fragment();
                const QTextCharFormat f = frag.charFormat();
                if (!f.isAnchor() && !f.hasProperty(QTextFormat::AnchorHref))
                    continue;
                const QString href = f.anchorHref();
                const QUrl url(href);
                const QString scheme = url.scheme().toLower();
                const bool web = (scheme == QLatin1String("http") || scheme == QLatin1String("https")) && url.isValid() && !url.host().isEmpty();
                links << Link{frag.position(), frag.length(), href, web, f};
            }
        for (int i = int(links.size()) - 1; i >= 0; --i) {
            const Link& l = links[i];
            QTextCursor cur(&md);
            cur.setPosition(l.start);
            cur.setPosition(l.start + l.length, QTextCursor::KeepAnchor);
            if (!l.web) {
                cur.setCharFormat(withoutLink(l.format));
                continue;
            }
            const bool lastOfLink = i + 1 == links.size() || links[i + 1].start != l.start + l.length || links[i + 1].href != l.href;
            int first = i;
            while (first > 0 && links[first - 1].start + links[first - 1].length == links[first].start && links[first - 1].href == l.href)
                --first;
            QString shown;
            for (int k = first; k <= i; ++k)
                shown += md.toPlainText().mid(links[k].start, links[k].length);
            if (lastOfLink && shown != l.href) {
                cur.clearSelection();
                cur.setPosition(l.start + l.length);
                cur.insertText(QStringLiteral(" (%1)").arg(l.href), withoutLink(l.format));
            }
        }
    }

    // Markdown from the worker, as text: raw HTML stays literal and nothing is loaded.
    void markdown(QTextCursor& c, const QString& source)
    {
        if (source.trimmed().isEmpty()) {
            para(c, PanelReport::tr("(none)"), text(10, false, QColor(0x66, 0x66, 0x66)));
            return;
        }
        InertTextDocument md;
        md.setDefaultFont(bodyFont());
        md.setMarkdown(source, workerMarkdown());
        // Images become their alternative text; a link stays text, never a fetched resource.
        for (QTextBlock b = md.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment frag = it.fragment();
                if (frag.charFormat().isImageFormat()) {
                    QTextCursor img(&md);
                    img.setPosition(frag.position());
                    img.setPosition(frag.position() + frag.length(), QTextCursor::KeepAnchor);
                    img.insertText(PanelReport::tr("[image: %1]").arg(frag.charFormat().toImageFormat().name()), text());
                }
            }
        makeLinksInert(md);
        // Headings in a narrative sit below the evidence title (level 2) in size and level.
        for (QTextBlock b = md.begin(); b.isValid(); b = b.next()) {
            const int level = b.blockFormat().headingLevel();
            if (level <= 0)
                continue;
            QTextCursor h(b);
            QTextBlockFormat bf = b.blockFormat();
            bf.setHeadingLevel(std::min(6, level + 2));
            bf.setTopMargin(6);
            bf.setBottomMargin(2);
            h.setBlockFormat(bf);
            struct Run { int position, length; QTextCharFormat format; };
            QList<Run> runs; // the importer sizes a heading by an adjustment, which is dropped
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                QTextCharFormat f = it.fragment().charFormat();
                f.clearProperty(QTextFormat::FontSizeAdjustment);
                f.setFontPointSize(level == 1 ? 11 : 10.5);
                f.setFontWeight(QFont::Bold);
                runs << Run{it.fragment().position(), it.fragment().length(), f};
            }
            for (const Run& r : runs) {
                h.setPosition(r.position);
                h.setPosition(r.position + r.length, QTextCursor::KeepAnchor);
                h.setCharFormat(r.format);
            }
        }
        // Markdown tables: a thin rule around each cell, as in the preview.
        for (QTextFrame* frame : md.rootFrame()->childFrames())
            if (auto* t = qobject_cast<QTextTable*>(frame)) {
                QTextTableFormat tf = t->format();
                tf.setBorder(0.5);
                tf.setBorderBrush(QColor(0xAA, 0xAA, 0xAA));
                tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                tf.setCellSpacing(0);
                tf.setCellPadding(3);
                t->setFormat(tf);
            }
        c.insertBlock(paragraph(0, 2), text());
        c.insertFragment(QTextDocumentFragment(&md));
    }

    QTextTable* table(QTextCursor& c, const QStringList& headers, const QList<int>& widths, int rows, bool newPage)
    {
        QTextTableFormat f;
        f.setBorder(0.5);
        f.setBorderBrush(QColor(0xAA, 0xAA, 0xAA));
        f.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        f.setCellPadding(4);
        f.setCellSpacing(0);
        f.setHeaderRowCount(1);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> lengths;
        for (int w : widths)
            lengths << QTextLength(QTextLength::PercentageLength, w);
        f.setColumnWidthConstraints(lengths);
        f.setTopMargin(4);
        f.setBottomMargin(8);
        if (newPage)
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextTable* t = c.insertTable(rows + 1, int(headers.size()), f);
        for (int i = 0; i < headers.size(); ++i) {
            QTextTableCell cell = t->cellAt(0, i);
            QTextCharFormat bg = cell.format();
            bg.setBackground(QColor(0xE4, 0xEA, 0xF2));
            cell.setFormat(bg);
            QTextCursor cc = cell.firstCursorPosition();
            cc.insertText(headers[i], text(8.5, true));
        }
        return t;
    }

    // A table in pieces: each page break found by an earlier pass starts a new piece on a new
    // page, with the header row again. id names the table across passes.
    void writeTable(QTextCursor& c, const QString& id, const QStringList& headers, const QList<int>& widths,
                    const QList<Row>& rows, bool lastIsTotal = false)
    {
        const QSet<int> breaks = m_tableBreaks.value(id);
        for (int from = 0; from < rows.size();) {
            int to = from + 1;
            while (to < rows.size() && !breaks.contains(to))
                ++to;
            QTextTable* t = table(c, headers, widths, to - from, breaks.contains(from));
            // A heading right above keeps the first row, not only the header row, on its page.
            if (from == 0 && !m_keeps.isEmpty() && t->cellAt(0, 0).firstCursorPosition().block().blockNumber() == m_keeps.last().follow)
                m_keeps.last().follow = t->cellAt(std::min(1, t->rows() - 1), 0).firstCursorPosition().block().blockNumber();
            for (int r = from; r < to; ++r) {
                RowSpan span{id, r, {}, lastIsTotal && r == rows.size() - 1, m_section};
                for (int col = 0; col < rows[r].size() && col < headers.size(); ++col) {
                    const QTextTableCell cell = t->cellAt(r - from + 1, col);
                    QTextCursor cc = cell.firstCursorPosition();
                    cc.insertText(rows[r][col].text, rows[r][col].format);
                    span.cells << std::make_pair(cell.firstCursorPosition().block().blockNumber(),
                                                 cell.lastCursorPosition().block().blockNumber());
                }
                m_rows << span;
            }
            c.movePosition(QTextCursor::End);
            from = to;
        }
    }

    static Cell cell(const QString& value, const QTextCharFormat& format = text(9)) { return Cell{value, format}; }

    QString itemRefTitle(const ItemRef& ref) const
    {
        const Pathway* p = m_library.find(ref.pathwayId);
        if (!p)
            return ref.toString();
        const QString statement = p->statementOf(ref.itemId);
        if (const Indicator* ind = p->indicator(ref.itemId)) {
            const Item* owner = p->owningItem(ref.itemId);
            const int s = p->stageIndex(ind->stage);
            return QStringLiteral("%1 (%2): %3").arg(owner->title, s >= 0 ? p->stages[s].title : ind->stage, statement);
        }
        return statement.isEmpty() ? ref.toString() : statement;
    }

    // ---- attachments ----

    static QUrl attachmentUrl(const AttachmentPlan& a) { return QUrl(QStringLiteral("waymark-attachment:%1").arg(a.file.id)); }

    void planAttachments()
    {
        const QMimeDatabase mime;
        for (const Evidence& e : std::as_const(m_evidence))
            for (const Attachment& file : m_store.attachments(e.id)) {
                if (frozen && !frozen->attachments.value(e.id).contains(file.sha256))
                    continue; // added after the case was frozen
                AttachmentPlan a;
                a.evidenceId = e.id;
                a.file = file;
                const std::optional<QByteArray> data = m_store.attachmentData(file.id);
                const QString type = mime.mimeTypeForFileNameAndData(file.name, data.value_or(QByteArray())).name();
                if (data && type.startsWith(QLatin1String("image/")) && a.image.loadFromData(*data)) {
                    // Print needs no more than about 200 dpi across the text column.
                    if (a.image.width() > 1400)
                        a.image = a.image.scaledToWidth(1400, Qt::SmoothTransformation);
                    a.way = AttachmentPlan::Way::Inline;
                } else if (data && type == QLatin1String("application/pdf")) {
                    a.pages = PdfFinisher::pageCount(*data, &a.problem);
                    if (a.pages > 0) {
                        a.pdf = *data;
                        a.way = AttachmentPlan::Way::Appended;
                    } else if (a.problem.isEmpty()) {
                        a.problem = PanelReport::tr("it has no pages");
                    }
                }
                attachments << a;
            }
    }

    void writeInlineImages(QTextCursor& c, qint64 evidenceId)
    {
        for (const AttachmentPlan& a : std::as_const(attachments)) {
            if (a.evidenceId != evidenceId || a.way != AttachmentPlan::Way::Inline)
                continue;
            // Within the text column and half a page, never enlarged.
            const qreal maxWidth = m_body.width() / m_pxPerCss;
            const qreal maxHeight = m_body.height() / m_pxPerCss / 2;
            const qreal scale = std::min({1.0, maxWidth / a.image.width(), maxHeight / a.image.height()});
            QTextBlockFormat centre = paragraph(8, 2);
            centre.setAlignment(Qt::AlignHCenter);
            c.insertBlock(centre, text());
            QTextImageFormat image;
            image.setName(attachmentUrl(a).toString());
            image.setWidth(a.image.width() * scale);
            image.setHeight(a.image.height() * scale);
            c.insertImage(image);
            QTextBlockFormat caption = paragraph(0, 8);
            caption.setAlignment(Qt::AlignHCenter);
            c.insertBlock(caption, text(8.5, false, QColor(0x55, 0x55, 0x55)));
            c.insertText(PanelReport::tr("Attachment: %1").arg(fileName(a)));
        }
    }

    // ---- sections ----

    void writeCover(QTextCursor& c)
    {
        c.setBlockFormat(paragraph(120, 8));
        c.setBlockCharFormat(text(11, false, QColor(0x55, 0x55, 0x55)));
        c.insertText(PanelReport::tr("Portfolio for the Progression Panel"), text(12, false, QColor(0x55, 0x55, 0x55)));
        c.insertBlock(paragraph(6, 24), text(26, true, QColor(0x1F, 0x3A, 0x5F)));
        c.insertText(worker.name.isEmpty() ? PanelReport::tr("(name not recorded)") : worker.name);
        labelled(c, PanelReport::tr("Profession"), professionTitle(worker.profession));
        labelled(c, PanelReport::tr("Registration"), QStringList({worker.registrationBody, worker.registrationNumber}).join(QLatin1Char(' ')).trimmed());
        labelled(c, PanelReport::tr("Qualified"), panelDate(worker.qualified));
        labelled(c, PanelReport::tr("Current step"), currentTitle);
        labelled(c, PanelReport::tr("Seeking"), targetTitle);
        labelled(c, PanelReport::tr("Pathway"), PanelReport::tr("%1 (%2), version %3").arg(pathway->title, pathway->publisher, pathway->version));
        labelled(c, PanelReport::tr("Supervisor"), QStringList({worker.supervisorName, worker.supervisorRole}).join(QStringLiteral(", ")).remove(QRegularExpression(QStringLiteral("^, |, $"))));
        labelled(c, PanelReport::tr("Exported"), panelDate(m_options.today));
        labelled(c, PanelReport::tr("Readiness"), readinessVerdictTitle(m_readiness.verdict));
        if (latestCase) {
            labelled(c, PanelReport::tr("Progression case"), PanelReport::tr("case %1, %2, snapshot frozen on %3")
                                                                 .arg(latestCase->id).arg(caseStatusTitle(latestCase->status()).toLower(),
                                                                      panelDate(latestCase->snapshot.frozenAt.toLocalTime().date())));
            writeCaseCopy(c);
            // Who acted, round by round, as recorded (in a personal portfolio, not signed in): an
            // earlier round's reasons let the panel see whether they were acted on.
            const QList<QList<CaseEvent>> rounds = latestCase->rounds();
            for (qsizetype r = 0; r < rounds.size(); ++r) {
                if (rounds.size() > 1)
                    para(c, r + 1 == rounds.size() ? PanelReport::tr("Round %1, the snapshot this copy is of:").arg(r + 1)
                                                   : PanelReport::tr("Round %1:").arg(r + 1),
                         text(9, true, QColor(0x44, 0x44, 0x44)), 2);
                for (const CaseEvent& e : rounds[r]) {
                    para(c, PanelReport::tr("%1: %2 by %3").arg(panelDate(e.at.date()), caseActionTitle(e.action), e.by.describe()),
                         text(9, false, QColor(0x44, 0x44, 0x44)), 2);
                    if (!e.reason.isEmpty())
                        para(c, PanelReport::tr("Reasons: %1").arg(panel(QStringLiteral("case-event:%1").arg(e.id), e.reason)),
                             text(9, false, QColor(0x44, 0x44, 0x44)), 2);
                }
            }
            report::hashLine(c, PanelReport::tr("Case snapshot SHA-256"), latestCase->snapshot.sha256);
        } else {
            labelled(c, PanelReport::tr("Progression case"), PanelReport::tr("none submitted for this target"));
        }
        report::hashLine(c, PanelReport::tr("Record chain head"),
                         chainHead.isEmpty() ? PanelReport::tr("(no judgements or case records yet)") : chainHead);
        int redacted = 0, kept = 0;
        for (const AnonymisationFinding& f : std::as_const(findings))
            (f.redacted ? redacted : kept) += f.resolved() ? 1 : 0;
        const int unresolved = AnonymisationCheck::unresolvedCount(findings);
        labelled(c, PanelReport::tr("Anonymisation check"),
                 unresolved > 0 ? PanelReport::tr("not passed: %1 finding(s) accepted unresolved").arg(unresolved)
                                : QStringLiteral("passed"));
        para(c, QString(), text());
        const QString what = PanelReport::tr("Before export Waymark checked every text in this document for personal data about people who use "
                                            "services: NHS and National Insurance numbers, postcodes, street addresses, phone numbers, e-mail "
                                            "addresses, dates of birth, children's ages, names after a title and the names the worker listed. "
                                            "The contents of attached files were not checked. ");
        QStringList outcome;
        if (findings.isEmpty())
            outcome << PanelReport::tr("It found nothing.");
        if (redacted > 0)
            outcome << PanelReport::tr("%1 finding(s) are replaced by [redacted] in this copy.").arg(redacted);
        if (kept > 0)
            outcome << PanelReport::tr("%1 finding(s) were kept deliberately by the worker as not about a person who uses services.").arg(kept);
        if (unresolved > 0)
            outcome << PanelReport::tr("The check did not pass: the worker accepted %1 finding(s) without change, so this copy may hold "
                                      "personal data about people who use services.").arg(unresolved);
        para(c, PanelReport::tr("This document contains personal information about the worker. ") + what + outcome.join(QLatin1Char(' ')),
             text(9, false, unresolved > 0 ? QColor(0xA3, 0x3B, 0x12) : QColor(0x55, 0x55, 0x55)));
    }

    // What this copy is of the case: the case as frozen, with what changed since; or a working copy.
    void writeCaseCopy(QTextCursor& c)
    {
        const QColor warn(0xA3, 0x3B, 0x12);
        if (!frozen) {
            para(c, PanelReport::tr("This is a working copy of the portfolio as it is now, not the case: the panel decides on the "
                                    "case as it was frozen."),
                 text(10, true, warn), 4);
            return;
        }
        para(c, PanelReport::tr("This copy prints the case as it was frozen: the evidence at the versions submitted, the judgements "
                                "recorded by then and the readiness verdict of that day."),
             text(9, false, QColor(0x44, 0x44, 0x44)), 2);
        QStringList changed;
        for (const Evidence& e : std::as_const(m_evidence))
            if (frozen->changeOf(e.id) != FrozenCase::Since::Unchanged)
                changed << PanelReport::tr("E%1 \"%2\" (%3)").arg(e.id).arg(panel(QStringLiteral("evidence:%1").arg(e.id), e.title),
                                                                     frozen->changeOf(e.id) == FrozenCase::Since::Changed
                                                                         ? PanelReport::tr("changed") : PanelReport::tr("deleted"));
        if (!changed.isEmpty())
            para(c, PanelReport::tr("Changed in the portfolio since it was submitted: %1. This copy shows them as submitted.")
                        .arg(changed.join(QStringLiteral("; "))),
                 text(9, true, warn), 2);
        if (!frozen->addedSince.isEmpty())
            para(c, PanelReport::tr("%n evidence item(s) added to the portfolio since are not part of the case and not in this copy.",
                                    nullptr, int(frozen->addedSince.size())),
                 text(9, false, QColor(0x44, 0x44, 0x44)), 2);
    }

    int pageOf(const QString& title) const
    {
        for (const Heading& h : m_previous)
            if (h.title == title)
                return h.page;
        return 0;
    }

    void writeContents(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Contents"), 1, true);
        // The same headings the rest of the build writes, with pages from the last pass.
        const QStringList titles = sectionTitles();
        QTextTableFormat f;
        f.setBorder(0);
        f.setCellPadding(2);
        f.setCellSpacing(0);
        f.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        f.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 90), QTextLength(QTextLength::PercentageLength, 10)});
        QTextTable* t = c.insertTable(int(titles.size()), 2, f);
        for (int r = 0; r < titles.size(); ++r) {
            const bool sub = titles[r].startsWith(QLatin1String("  "));
            QTextCursor left = t->cellAt(r, 0).firstCursorPosition();
            QTextBlockFormat b = left.blockFormat();
            b.setIndent(sub ? 1 : 0);
            b.setTopMargin(sub ? 0 : 4);
            left.setBlockFormat(b);
            left.insertText(titles[r].trimmed(), text(sub ? 9 : 10, !sub));
            QTextCursor right = t->cellAt(r, 1).firstCursorPosition();
            QTextBlockFormat rb = right.blockFormat();
            rb.setAlignment(Qt::AlignRight);
            rb.setTopMargin(sub ? 0 : 4);
            right.setBlockFormat(rb);
            const int page = pageOf(titles[r].trimmed());
            right.insertText(page > 0 ? QString::number(page) : QStringLiteral("…"), text(sub ? 9 : 10, !sub));
        }
        c.movePosition(QTextCursor::End);
    }

public:
    QStringList sectionTitles() const
    {
        QStringList titles = {PanelReport::tr("Readiness for %1").arg(targetTitle.isEmpty() ? PanelReport::tr("the next step") : targetTitle),
                              PanelReport::tr("Competency matrix"), PanelReport::tr("Evidence")};
        for (const Evidence& e : m_evidence)
            titles << QStringLiteral("  ") + evidenceHeading(e);
        titles << PanelReport::tr("Judgement history") << PanelReport::tr("Learning plan and CPD log") << PanelReport::tr("Attachments");
        return titles;
    }

private:
    QString evidenceHeading(const Evidence& e) const
    {
        return QStringLiteral("E%1. %2").arg(e.id).arg(panel(QStringLiteral("evidence:%1").arg(e.id), e.title));
    }

    void writeNode(QTextCursor& c, const ReadinessNode& n, int depth)
    {
        QTextBlockFormat b = paragraph(0, 2);
        b.setIndent(depth);
        c.insertBlock(b, text());
        const QString mark = n.outcome == Outcome::Met ? PanelReport::tr("Met") : n.outcome == Outcome::NotMet ? PanelReport::tr("Not yet") : PanelReport::tr("Unknown");
        const QColor colour = n.outcome == Outcome::Met ? QColor(0x1B, 0x6E, 0x3A) : n.outcome == Outcome::NotMet ? QColor(0xA3, 0x3B, 0x12) : QColor(0x66, 0x66, 0x66);
        c.insertText(mark + QStringLiteral(" — "), text(10, true, colour));
        c.insertText(n.sentence, text());
        for (const QString& d : n.details) {
            QTextBlockFormat db = paragraph(0, 1);
            db.setIndent(depth + 1);
            c.insertBlock(db, text(9, false, QColor(0x44, 0x44, 0x44)));
            c.insertText(QStringLiteral("• ") + d);
        }
        for (const ReadinessNode& child : n.children)
            writeNode(c, child, depth + 1);
    }

    void writeReadiness(QTextCursor& c)
    {
        heading(c, sectionTitles().first(), 1, true);
        para(c, m_readiness.summary, text(11, true), 8);
        if (!m_readiness.error.isEmpty())
            return;
        writeNode(c, m_readiness.root, 0);
        if (!m_readiness.suggestions.isEmpty()) {
            heading(c, PanelReport::tr("Learning that would close the gap"), 2, false);
            for (const LearningSuggestion& s : m_readiness.suggestions)
                para(c, PanelReport::tr("• %1 (offered at %2)").arg(s.title, s.stepTitle));
        }
    }

    // A matrix group and the assessable ids of it the matrix shows.
    struct MatrixGroup
    {
        const Group* group;
        QList<std::pair<QString, QString>> rows; // id, label prefix
    };

    // By default the current and target steps, or the role profile's requirements, as the
    // readiness report names the target; every step when asked.
    QList<MatrixGroup> matrixGroups() const
    {
        const RoleProfile* profile = m_options.allSteps ? nullptr : pathway->roleProfile(m_readiness.targetId);
        const int current = pathway->stepIndex(worker.currentStep);
        const int target = pathway->stepIndex(m_readiness.targetId);
        QList<const Group*> groups;
        for (int i = 0; i < pathway->steps.size(); ++i) {
            const bool wanted = m_options.allSteps || profile || (current < 0 && target < 0) || i == current || i == target;
            if (wanted)
                for (const Group& g : pathway->steps[i].groups)
                    groups << &g;
        }
        for (const Group& g : pathway->groups)
            groups << &g;
        QList<MatrixGroup> out;
        for (const Group* g : groups) {
            MatrixGroup m{g, {}};
            for (const Item& item : g->items) {
                int stageLimit = INT_MAX; // a role profile asks for each capability up to a stage
                if (profile) {
                    stageLimit = -1;
                    for (const StageRequirement& req : profile->requirements)
                        if (req.item == item.id)
                            stageLimit = std::max(stageLimit, req.stage.isEmpty() ? INT_MAX : pathway->stageIndex(req.stage));
                    if (stageLimit < 0)
                        continue;
                }
                if (item.indicators.isEmpty()) {
                    m.rows << std::make_pair(item.id, QString());
                    continue;
                }
                for (const Indicator& ind : item.indicators) {
                    const int s = pathway->stageIndex(ind.stage);
                    if (s <= stageLimit)
                        m.rows << std::make_pair(ind.id, QStringLiteral("%1 – %2: ").arg(item.title, s >= 0 ? pathway->stages[s].title : ind.stage));
                }
            }
            if (!m.rows.isEmpty())
                out << m;
        }
        return out;
    }

    void writeMatrix(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Competency matrix"), 1, true);
        const RoleProfile* profile = m_options.allSteps ? nullptr : pathway->roleProfile(m_readiness.targetId);
        const QString scope = m_options.allSteps ? PanelReport::tr("every step of the pathway")
            : profile                            ? PanelReport::tr("the requirements of the role profile %1").arg(profile->title)
            : currentTitle.isEmpty() || currentTitle == targetTitle ? PanelReport::tr("the step judged")
                                                                    : PanelReport::tr("the current step and the step judged");
        para(c, PanelReport::tr("For %1: each statement as %2 words it (version %3), whether it is reached, when and by whom, the evidence "
                               "the judgement relied on, and the manager's and worker's comments.").arg(scope, pathway->publisher, pathway->version),
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        const QList<Comment> allComments = m_store.comments();
        for (const MatrixGroup& mg : matrixGroups()) {
            const Step* owner = pathway->owningStep(mg.group->id);
            heading(c, owner ? owner->title + QStringLiteral(" – ") + mg.group->title : mg.group->title, 2, false);
            QList<Row> rows;
            for (const auto& [id, prefix] : mg.rows) {
                const ItemRef ref{pathway->id, id};
                const ItemFacts* f = m_facts.item(ref);
                QString reached = PanelReport::tr("No evidence yet");
                QString when;
                QString relied;
                // A case's copy holds the judgements recorded by its freeze, and only those.
                if (f && f->latestDecision && m_judgementIndex.contains(f->latestDecision->id)) {
                    const Judgement& j = m_judgements[m_judgementIndex.value(f->latestDecision->id)]; // with its evidence
                    const QString record = QStringLiteral("judgement:%1").arg(j.id);
                    reached = j.verdict == Verdict::Reached ? PanelReport::tr("Reached") : PanelReport::tr("Not yet reached");
                    when = QStringLiteral("%1\n%2").arg(panelDate(j.date), j.author());
                    // The reasoning beside the verdict: why not yet, what is needed.
                    if (!j.comment.trimmed().isEmpty())
                        when += QStringLiteral("\n\u201c%1\u201d").arg(panel(record, j.comment));
                    QStringList titles;
                    for (const JudgementEvidence& e : j.evidence)
                        titles << QStringLiteral("E%1 %2").arg(e.evidenceId).arg(panel(record, e.title));
                    relied = titles.join(QLatin1Char('\n'));
                    if (pathway->reachedWithoutEvidence(j))
                        relied = PanelReport::tr("None: signed off without evidence");
                    if (j.evidenceChanged)
                        relied += PanelReport::tr("\n(evidence changed since sign-off)");
                    // Readiness does not count it until a supervisor re-confirms it.
                    if (ReadinessEngine::needsReconfirming(m_facts, ref))
                        reached = PanelReport::tr("Reached, evidence changed");
                } else if (f && f->latest && f->latest->verdict == Verdict::ReadyForReview) {
                    reached = PanelReport::tr("Ready for review");
                } else if (f && f->evidenceCount > 0) {
                    reached = PanelReport::tr("Evidence, not yet judged");
                }
                const QColor colour = reached == QLatin1String("Reached") ? QColor(0x1B, 0x6E, 0x3A) : QColor(0x33, 0x33, 0x33);
                QStringList notes;
                for (const Comment& cm : allComments)
                    if (cm.item == ref)
                        notes << QStringLiteral("%1 (%2): %3").arg(cm.author, cm.authorRole, panel(QStringLiteral("comment:%1").arg(cm.id), cm.text));
                rows << Row{cell(prefix + pathway->statementOf(id)), cell(reached, text(9, reached == QLatin1String("Reached"), colour)),
                            cell(when), cell(relied), cell(notes.join(QLatin1Char('\n')))};
            }
            writeTable(c, QStringLiteral("matrix:") + mg.group->id,
                       {PanelReport::tr("Statement"), PanelReport::tr("Competency reached?"), PanelReport::tr("When, by whom"),
                        PanelReport::tr("Evidence relied on"), PanelReport::tr("Manager and worker comments")},
                       {29, 14, 14, 23, 20}, rows);
        }
    }

    void writeEvidence(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Evidence"), 1, true);
        if (m_evidence.isEmpty()) {
            para(c, PanelReport::tr("No evidence is included."));
            return;
        }
        para(c, PanelReport::tr("%1 evidence item(s), oldest first.").arg(m_evidence.size()), text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        for (const Evidence& e : m_evidence) {
            const QString record = QStringLiteral("evidence:%1").arg(e.id);
            heading(c, evidenceHeading(e), 2, false, true);
            const QString period = e.endDate.isValid() ? PanelReport::tr("%1 to %2").arg(panelDate(e.date), panelDate(e.endDate)) : panelDate(e.date);
            labelled(c, PanelReport::tr("Kind"), evidenceKindTitle(e.kind));
            labelled(c, PanelReport::tr("Date"), period);
            labelled(c, PanelReport::tr("Source or method"), panel(record, e.source));
            if (const QString since = sinceFrozen(e.id); !since.isEmpty())
                para(c, since, text(9, true, QColor(0xA3, 0x3B, 0x12)), 4);
            QStringList mapped;
            if (frozen) // the items as frozen; a mapping's note is not part of the snapshot
                for (const ItemRef& item : frozen->items.value(e.id))
                    mapped << itemRefTitle(item);
            else
                for (const Mapping& m : m_store.mappingsForEvidence(e.id))
                    mapped << itemRefTitle(m.item) + (m.note.isEmpty() ? QString() : QStringLiteral(" — ") + panel(QStringLiteral("mapping:%1").arg(m.id), m.note));
            if (!mapped.isEmpty()) {
                label(c, PanelReport::tr("Evidences"), 4);
                for (const QString& m : mapped) {
                    QTextBlockFormat b = paragraph(0, 1);
                    b.setIndent(1);
                    c.insertBlock(b, text(9));
                    c.insertText(QStringLiteral("• ") + m);
                }
            }
            label(c, PanelReport::tr("Narrative"), 6);
            markdown(c, panel(record, e.narrative));
            label(c, PanelReport::tr("Reflection"), 6);
            markdown(c, panel(record, e.reflection));
            QStringList names;
            for (const AttachmentPlan& a : std::as_const(attachments))
                if (a.evidenceId == e.id)
                    names << fileName(a);
            labelled(c, PanelReport::tr("Attachments"), names.join(QStringLiteral(", ")));
            writeInlineImages(c, e.id);
        }
    }

    void writeJudgements(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Judgement history"), 1, true);
        if (m_judgements.isEmpty()) {
            para(c, PanelReport::tr("No judgements have been recorded."));
            return;
        }
        // Whose names the panel can rely on: a sign-in, or what was typed.
        const auto signedIn = std::count_if(m_judgements.cbegin(), m_judgements.cend(), [](const Judgement& j) { return j.signedIn; });
        const QString names = signedIn == 0 ? PanelReport::tr("Every name here was typed into the portfolio; none was recorded from a "
                                                              "sign-in.")
                              : signedIn < m_judgements.size()
                                  ? PanelReport::tr("A name marked \"signed in\" was recorded by the team's server from that person's "
                                                    "own login; the others were typed into the portfolio.")
                                  : PanelReport::tr("Every name here was recorded by the team's server from that person's own login.");
        para(c, PanelReport::tr("Every judgement by its date; of two on the same date, the one recorded later counts. Judgements are never "
                               "changed: a correction is a new judgement.") + QLatin1Char(' ') + names,
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        QList<Row> rows;
        for (const Judgement& j : std::as_const(m_judgements)) {
            QString item = j.statement;
            if (j.sessionId > 0)
                for (const SupervisionSession& s : std::as_const(m_sessions))
                    if (s.id == j.sessionId)
                        item += PanelReport::tr("\n(supervision on %1)").arg(panelDate(s.date));
            rows << Row{cell(panelDate(j.date)), cell(item),
                        cell(verdictTitle(j.verdict) + (j.evidenceChanged ? PanelReport::tr("\n(evidence changed since)") : QString())
                             + (m_library.reachedWithoutEvidence(j) ? PanelReport::tr("\n(without evidence)") : QString())
                             + (j.changesNothing() ? PanelReport::tr("\n(does not change the verdict)") : QString())
                             + (j.counts && j.verdict != Verdict::ReadyForReview ? PanelReport::tr("\n(the one that counts)") : QString())),
                        cell(j.author()),
                        cell(panel(QStringLiteral("judgement:%1").arg(j.id), j.comment))};
        }
        writeTable(c, QStringLiteral("judgements"),
                   {PanelReport::tr("Date"), PanelReport::tr("Item"), PanelReport::tr("Judgement"), PanelReport::tr("By"), PanelReport::tr("Comment")},
                   {15, 29, 13, 14, 29}, rows);
    }

    void writePlanAndCpd(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Learning plan and CPD log"), 1, true);
        const QList<PlanItem> plan = m_store.planItems();
        heading(c, PanelReport::tr("Learning plan"), 2, false);
        if (plan.isEmpty()) {
            para(c, PanelReport::tr("No learning plan items."));
        } else {
            QList<Row> rows;
            for (const PlanItem& p : plan) {
                QStringList items;
                for (const ItemRef& ref : p.linkedItems)
                    items << itemRefTitle(ref);
                rows << Row{cell(panel(QStringLiteral("plan:%1").arg(p.id), p.activity)), cell(items.join(QLatin1Char('\n'))),
                            cell(panelDate(p.targetDate)), cell(planStatusId(p.status).replace(QLatin1Char('-'), QLatin1Char(' ')))};
            }
            writeTable(c, QStringLiteral("plan"), {PanelReport::tr("Activity"), PanelReport::tr("For"), PanelReport::tr("Target date"), PanelReport::tr("Status")},
                       {38, 35, 15, 12}, rows);
        }
        const QList<CpdEntry> cpd = m_store.cpdEntries();
        heading(c, PanelReport::tr("CPD log"), 2, false);
        if (cpd.isEmpty()) {
            para(c, PanelReport::tr("No CPD entries."));
            return;
        }
        double total = 0;
        QList<Row> rows;
        for (const CpdEntry& e : cpd) {
            const QString record = QStringLiteral("cpd:%1").arg(e.id);
            rows << Row{cell(panelDate(e.date)), cell(panel(record, e.activity)), cell(QString::number(e.hours, 'g', 4)), cell(panel(record, e.notes))};
            total += e.hours;
        }
        rows << Row{cell(QString()), cell(PanelReport::tr("Total"), text(9, true)), cell(QString::number(total, 'g', 5), text(9, true)), cell(QString())};
        writeTable(c, QStringLiteral("cpd"), {PanelReport::tr("Date"), PanelReport::tr("Activity"), PanelReport::tr("Hours"), PanelReport::tr("Notes")},
                   {15, 41, 8, 36}, rows, true);
    }

    void writeAttachments(QTextCursor& c)
    {
        heading(c, PanelReport::tr("Attachments"), 1, true);
        if (attachments.isEmpty()) {
            para(c, PanelReport::tr("No attachments."));
            return;
        }
        para(c, PanelReport::tr("Images are shown with their evidence and PDF documents follow this page, each with a bookmark; other files "
                               "are listed only. Their SHA-256 fingerprints let a reader check a copy they are given."),
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        QList<Row> rows;
        int next = m_previousPages + 1; // the first appended page, from the last pass
        QTextCharFormat mono = text(7.5);
        mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
        for (const AttachmentPlan& a : std::as_const(attachments)) {
            QString where;
            switch (a.way) {
            case AttachmentPlan::Way::Inline:
                where = PanelReport::tr("Shown under E%1").arg(a.evidenceId);
                break;
            case AttachmentPlan::Way::Appended:
                where = a.pages == 1 ? PanelReport::tr("Page %1").arg(next) : PanelReport::tr("Pages %1–%2").arg(next).arg(next + a.pages - 1);
                next += a.pages;
                break;
            case AttachmentPlan::Way::Listed:
                where = a.problem.isEmpty() ? PanelReport::tr("Listed only") : PanelReport::tr("Not appended: the PDF cannot be read");
                break;
            }
            rows << Row{cell(QStringLiteral("E%1").arg(a.evidenceId)),
                        cell(fileName(a) + QLatin1Char('\n') + a.file.mediaType),
                        cell(QLocale(QLocale::English).formattedDataSize(a.file.size)), cell(where),
                        cell(a.file.sha256.left(32) + QLatin1Char('\n') + a.file.sha256.mid(32), mono)};
        }
        writeTable(c, QStringLiteral("attachments"),
                   {PanelReport::tr("Evidence"), PanelReport::tr("File"), PanelReport::tr("Size"), PanelReport::tr("In this document"), QStringLiteral("SHA-256")},
                   {12, 26, 10, 16, 36}, rows);
    }

    PortfolioStore& m_store;
    const PathwayLibrary& m_library;
    const PanelReportOptions& m_options;
    QString m_target;
    PortfolioFacts m_facts;
    ReadinessReport m_readiness;
    QList<Evidence> m_evidence;
    QList<Judgement> m_judgements;
    QHash<qint64, int> m_judgementIndex; // judgement id to its place in m_judgements
    QList<SupervisionSession> m_sessions;
    QStringList m_names;
    QHash<QString, QSet<QString>> m_redacted; // record to the finding keys to redact
    QSizeF m_body;
    qreal m_pxPerCss = 1;
    QList<Heading> m_headings;
    QList<Heading> m_previous;
    int m_previousPages = 0;
    QList<RowSpan> m_rows;
    QList<Keep> m_keeps;
    int m_section = 0;                         // pages forced so far: what one break can move
    QSet<int> m_keepBreaks;                    // those (by index in m_keeps) that start a page
    QHash<QString, QSet<int>> m_tableBreaks;   // table id to the rows that start a page
};

// Which page each heading landed on, once the document is laid out in pages.
void placeHeadings(QTextDocument& doc, QList<Heading>& headings)
{
    const PageGeometry g{doc, doc.pageSize().height()};
    for (Heading& h : headings)
        h.page = g.pageOf(g.lines(h.blockNumber).first) + 1; // the first line: a page break moves lines, not the block's top
}

// Lays the document out on the device's pages (A4, the whole sheet) and paints each one:
// the PDF writer and a printer get the same pages. headings get their pages, for the outline.
bool paintPages(PanelDocumentBuilder& builder, QPagedPaintDevice& device, bool countAppended, QList<Heading>& headings,
    int& pages, QString* error)
{
    const report::A4Page a4 = report::setUpA4(device);
    const QRectF& body = a4.body;
    builder.setPage(body.size(), device.logicalDpiX() / 96.0);

    QTextDocument doc;
    report::layOutOn(doc, device, a4);
    // Contents page numbers and page breaks come from the previous layout; a few passes
    // settle them (each break only moves content down, so they end).
    for (int pass = 0; pass < 40; ++pass) {
        const QList<Heading> previous = headings;
        const int previousPages = pages;
        // Built without a page size, so that each insertion does not lay the whole table
        // out again (quadratic in rows), then laid out in pages once.
        doc.setPageSize(QSizeF(0, 0));
        headings = builder.build(doc, previous, previousPages);
        doc.setPageSize(body.size());
        placeHeadings(doc, headings);
        pages = doc.pageCount();
        const bool breaksAdded = builder.addPageBreaks(doc);
        bool stable = !breaksAdded && previous.size() == headings.size() && previousPages == pages;
        for (int i = 0; stable && i < headings.size(); ++i)
            stable = headings[i].page == previous[i].page;
        if (stable)
            break;
    }

    // Page numbers count the appended attachments too: "Page 3 of 22" for a 22-page file.
    int total = pages;
    if (countAppended)
        for (const AttachmentPlan& a : std::as_const(builder.attachments))
            total += a.way == AttachmentPlan::Way::Appended ? a.pages : 0;
    QPainter painter;
    if (!painter.begin(&device)) {
        *error = PanelReport::tr("Cannot start the page output.");
        return false;
    }
    const QString header = builder.workingCopy()
        ? PanelReport::tr("Working copy, not the case — %1").arg(builder.worker.name)
        : QStringLiteral("%1 — %2").arg(builder.worker.name, builder.pathway->title);
    const QString seeking = builder.targetTitle.isEmpty() ? QString() : PanelReport::tr("Seeking: %1").arg(builder.targetTitle);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        report::drawPage(painter, doc, a4, i);
        if (i > 0) // the cover has no running header
            report::drawHeaderAndFooter(painter, device, a4, header, seeking, PanelReport::tr("Page %1 of %2").arg(i + 1).arg(total));
    }
    return painter.end();
}

// Reads what the report needs and runs the anonymisation check; false, with the reason, when
// the report must not be made.
bool gatherChecked(PanelDocumentBuilder& builder, bool acceptFindings, PanelReportResult* result, QString* error)
{
    if (!builder.gather()) {
        *error = builder.error;
        return false;
    }
    if (result)
        result->findings = builder.findings;
    const int unresolved = AnonymisationCheck::unresolvedCount(builder.findings);
    if (unresolved > 0 && !acceptFindings) {
        *error = PanelReport::tr("%1 likely piece(s) of personal data found; nothing was written.").arg(unresolved);
        return false;
    }
    return true;
}

void describe(PanelReportResult& result, const PanelDocumentBuilder& builder, const QList<Heading>& headings, int pages)
{
    result.pages = pages;
    result.evidenceIncluded = builder.evidenceIncluded;
    result.sections.clear();
    for (const Heading& h : headings)
        if (h.level == 1)
            result.sections << h.title;
}

} // namespace

PanelReport::PanelReport(PortfolioStore& store, const PathwayLibrary& library, PanelReportOptions options)
    : m_store(store), m_library(library), m_options(std::move(options))
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

bool PanelReport::writePdf(const QString& path, PanelReportResult* result, QString* error)
// A read of the portfolio that fails stops the report: no PDF is made from part of it.
try {
    QString message;
    auto failWith = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    PanelDocumentBuilder builder(m_store, m_library, m_options);
    if (!gatherChecked(builder, m_options.acceptFindings, result, &message))
        return failWith(message);

    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString title = PanelReport::tr("Portfolio of %1 for %2").arg(builder.worker.name,
        builder.targetTitle.isEmpty() ? builder.pathway->title : builder.targetTitle);
    QList<Heading> headings;
    int pages = 0;
    {
        QPdfWriter writer(&pdf);
        report::setUpA4(writer, title);
        if (!paintPages(builder, writer, true, headings, pages, &message))
            return failWith(message);
    }

    QList<PdfFinisher::OutlineEntry> outline;
    for (const Heading& h : headings)
        if (h.bookmark)
            outline << PdfFinisher::OutlineEntry{h.title, h.page - 1, h.level == 1 ? 0 : 1};
    QList<QByteArray> appendices;
    int appended = 0;
    for (const AttachmentPlan& a : std::as_const(builder.attachments))
        if (a.way == AttachmentPlan::Way::Appended) {
            if (appendices.isEmpty())
                outline << PdfFinisher::OutlineEntry{PanelReport::tr("Attached documents"), pages, 0};
            outline << PdfFinisher::OutlineEntry{QStringLiteral("E%1 %2").arg(a.evidenceId).arg(builder.fileName(a)), pages + appended, 1};
            appendices << a.pdf;
            appended += a.pages;
        }
    QByteArray bytes = pdf.data();
    QString finishError;
    PdfFinisher::Metadata metadata{title, builder.worker.name, QStringLiteral("en-GB"), {{PdfVerifier::chainHeadKey, builder.chainHead}}};
    QStringList printed; // so that verify-pdf can say what changed since
    for (const Evidence& e : std::as_const(builder.evidence()))
        printed << QStringLiteral("%1:%2").arg(e.id).arg(e.version);
    metadata.extra.insert(PdfVerifier::evidenceKey, printed.join(QLatin1Char(' ')));
    if (builder.frozen) // a working copy is not the case, whatever it holds
        metadata.extra.insert(PdfVerifier::snapshotKey, builder.latestCase->snapshot.sha256);
    if (!PdfFinisher::finish(bytes, metadata, outline, appendices, &finishError))
        return failWith(PanelReport::tr("Cannot finish the PDF: %1").arg(finishError));

    QString writeError;
    if (!report::writeOwnerOnly(path, bytes, &writeError))
        return failWith(writeError);
    if (result) {
        describe(*result, builder, headings, pages + appended);
        result->appendedPages = appended;
    }
    return true;
} catch (const StoreError& e) {
    if (error)
        *error = e.message();
    return false;
}

bool PanelReport::print(QPagedPaintDevice& device, PanelReportResult* result, QString* error)
try {
    QString message;
    PanelDocumentBuilder builder(m_store, m_library, m_options);
    QList<Heading> headings;
    int pages = 0;
    if (!gatherChecked(builder, m_options.acceptFindings, result, &message)
        || !paintPages(builder, device, false, headings, pages, &message)) {
        if (error)
            *error = message;
        return false;
    }
    if (result) {
        describe(*result, builder, headings, pages);
        result->appendedPages = 0;
        result->unprintedPages = 0;
        for (const AttachmentPlan& a : std::as_const(builder.attachments))
            result->unprintedPages += a.way == AttachmentPlan::Way::Appended ? a.pages : 0;
    }
    return true;
} catch (const StoreError& e) {
    if (error)
        *error = e.message();
    return false;
}

} // namespace waymark
