#include "waymark/PanelReport.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"

#include "PdfAmendment.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextLayout>
#include <QTextTable>
#include <QRegularExpression>

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

QString longDate(const QDate& d)
{
    return d.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom).toString(d, QStringLiteral("d MMMM yyyy")) : QString();
}

QString shortDate(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString professionTitle(const QString& id)
{
    if (id == QLatin1String("social-worker")) return QStringLiteral("Social worker");
    if (id == QLatin1String("occupational-therapist")) return QStringLiteral("Occupational therapist");
    return id.isEmpty() ? QString() : id;
}

// Any letter spacing turns ligatures off, so "fi" stays two letters that readers can
// search and copy; 0.05 is the smallest step Qt does not round to 0.
constexpr qreal noLigatureSpacing = 0.05;

// The report's font.
QFont bodyFont(qreal size = 10)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(size);
    font.setLetterSpacing(QFont::AbsoluteSpacing, noLigatureSpacing);
    return font;
}

struct Heading
{
    QString title;
    int level = 1;
    int blockNumber = -1;
    int page = 0; // 1-based, filled after layout
    bool bookmark = false;
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

    bool gather()
    {
        const std::optional<Worker> w = m_store.worker();
        if (!w) {
            error = m_store.errorString();
            return false;
        }
        worker = *w;
        pathway = m_library.find(worker.pathwayId);
        if (!pathway) {
            error = worker.pathwayId.isEmpty() ? QStringLiteral("Choose the pathway you follow in your profile before exporting for the panel.")
                                               : QStringLiteral("Your pathway \"%1\" is not loaded.").arg(worker.pathwayId);
            return false;
        }
        m_target = m_options.targetStep.isEmpty() ? worker.targetStep : m_options.targetStep;
        if (const Step* s = pathway->step(m_target))
            targetTitle = s->title;
        if (const Step* s = pathway->step(worker.currentStep))
            currentTitle = s->title;
        m_facts = m_store.facts();
        const ReadinessEngine engine(m_library, m_options.today);
        m_readiness = engine.evaluateTargetOf(m_facts, pathway->id, m_target);
        if (targetTitle.isEmpty() && m_readiness.error.isEmpty())
            targetTitle = m_readiness.targetTitle; // a role profile, or the step after the current one
        for (const Evidence& e : m_store.findEvidence())
            if (!m_options.excludedEvidence.contains(e.id))
                m_evidence << e;
        std::sort(m_evidence.begin(), m_evidence.end(), [](const Evidence& a, const Evidence& b) {
            return a.date != b.date ? a.date < b.date : a.id < b.id;
        });
        evidenceIncluded = int(m_evidence.size());
        m_judgements = m_store.judgements();
        for (int i = 0; i < m_judgements.size(); ++i)
            m_judgementIndex.insert(m_judgements[i].id, i);
        m_sessions = m_store.sessions();
        return true;
    }

    // Lays the whole report into doc; pages gives each heading's page from a previous pass.
    QList<Heading> build(QTextDocument& doc, const QList<Heading>& previous)
    {
        doc.clear();
        m_headings.clear();
        m_previous = previous;
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

private:
    // ---- formatting helpers ----

    static QTextCharFormat text(qreal size = 10, bool bold = false, const QColor& colour = QColor(0x22, 0x22, 0x22))
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


    static QTextBlockFormat paragraph(qreal before = 0, qreal after = 4)
    {
        QTextBlockFormat b;
        b.setTopMargin(before);
        b.setBottomMargin(after);
        b.setLineHeight(115, QTextBlockFormat::ProportionalHeight);
        return b;
    }

    void heading(QTextCursor& c, const QString& title, int level, bool newPage, bool bookmark = false)
    {
        QTextBlockFormat b = paragraph(level == 1 ? 0 : 14, level == 1 ? 10 : 6);
        b.setHeadingLevel(level);
        if (newPage)
            b.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        else
            b.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
        c.insertBlock(b, text(level == 1 ? 18 : level == 2 ? 13 : 11, true, level == 1 ? QColor(0x1F, 0x3A, 0x5F) : QColor(0x22, 0x22, 0x22)));
        c.insertText(title);
        m_headings << Heading{title, level, c.block().blockNumber(), 0, bookmark || level == 1};
    }

    void para(QTextCursor& c, const QString& body, const QTextCharFormat& format = text(), qreal after = 4)
    {
        c.insertBlock(paragraph(0, after), format);
        c.insertText(body);
    }

    void labelled(QTextCursor& c, const QString& label, const QString& value)
    {
        if (value.trimmed().isEmpty())
            return;
        c.insertBlock(paragraph(0, 3), text());
        c.insertText(label + QStringLiteral(": "), text(10, true));
        c.insertText(value, text());
    }

    // Markdown from the worker, as text: raw HTML stays literal and nothing is loaded.
    void markdown(QTextCursor& c, const QString& source)
    {
        if (source.trimmed().isEmpty()) {
            para(c, QStringLiteral("(none)"), text(10, false, QColor(0x66, 0x66, 0x66)));
            return;
        }
        InertTextDocument md;
        md.setDefaultFont(bodyFont());
        md.setMarkdown(source, QTextDocument::MarkdownNoHTML);
        // Images become their alternative text; a link stays text, never a fetched resource.
        for (QTextBlock b = md.begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment frag = it.fragment();
                if (frag.charFormat().isImageFormat()) {
                    QTextCursor img(&md);
                    img.setPosition(frag.position());
                    img.setPosition(frag.position() + frag.length(), QTextCursor::KeepAnchor);
                    img.insertText(QStringLiteral("[image: %1]").arg(frag.charFormat().toImageFormat().name()), text());
                }
            }
        c.insertBlock(paragraph(0, 2), text());
        c.insertFragment(QTextDocumentFragment(&md));
    }

    QTextTable* table(QTextCursor& c, const QStringList& headers, const QList<int>& widths, int rows)
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

    static void cell(QTextTable* t, int row, int column, const QString& value, const QTextCharFormat& format = text(9))
    {
        QTextCursor cc = t->cellAt(row, column).firstCursorPosition();
        cc.insertText(value, format);
    }

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

    // ---- sections ----

    void writeCover(QTextCursor& c)
    {
        QTextBlockFormat centre = paragraph(0, 8);
        centre.setAlignment(Qt::AlignHCenter);
        c.setBlockFormat(paragraph(120, 8));
        c.setBlockCharFormat(text(11, false, QColor(0x55, 0x55, 0x55)));
        c.insertText(QStringLiteral("Portfolio for the Progression Panel"), text(12, false, QColor(0x55, 0x55, 0x55)));
        c.insertBlock(paragraph(6, 24), text(26, true, QColor(0x1F, 0x3A, 0x5F)));
        c.insertText(worker.name.isEmpty() ? QStringLiteral("(name not recorded)") : worker.name);
        labelled(c, QStringLiteral("Profession"), professionTitle(worker.profession));
        labelled(c, QStringLiteral("Registration"), QStringList({worker.registrationBody, worker.registrationNumber}).join(QLatin1Char(' ')).trimmed());
        labelled(c, QStringLiteral("Qualified"), longDate(worker.qualified));
        labelled(c, QStringLiteral("Current step"), currentTitle);
        labelled(c, QStringLiteral("Seeking"), targetTitle);
        labelled(c, QStringLiteral("Pathway"), QStringLiteral("%1 (%2), version %3").arg(pathway->title, pathway->publisher, pathway->version));
        labelled(c, QStringLiteral("Supervisor"), QStringList({worker.supervisorName, worker.supervisorRole}).join(QStringLiteral(", ")).remove(QRegularExpression(QStringLiteral("^, |, $"))));
        labelled(c, QStringLiteral("Exported"), longDate(m_options.today));
        labelled(c, QStringLiteral("Readiness"), readinessVerdictTitle(m_readiness.verdict));
        para(c, QString(), text());
        para(c, QStringLiteral("This document contains personal information about the worker. The worker has checked the evidence for "
                               "personal data about people who use services before exporting it."),
             text(9, false, QColor(0x55, 0x55, 0x55)));
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
        heading(c, QStringLiteral("Contents"), 1, true);
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
        QStringList titles = {QStringLiteral("Readiness for %1").arg(targetTitle.isEmpty() ? QStringLiteral("the next step") : targetTitle),
                              QStringLiteral("Competency matrix"), QStringLiteral("Evidence")};
        for (const Evidence& e : m_evidence)
            titles << QStringLiteral("  ") + evidenceHeading(e);
        titles << QStringLiteral("Judgement history") << QStringLiteral("Learning plan and CPD log") << QStringLiteral("Attachments");
        return titles;
    }

private:
    static QString evidenceHeading(const Evidence& e)
    {
        return QStringLiteral("E%1. %2").arg(e.id).arg(e.title);
    }

    void writeNode(QTextCursor& c, const ReadinessNode& n, int depth)
    {
        QTextBlockFormat b = paragraph(0, 2);
        b.setIndent(depth);
        c.insertBlock(b, text());
        const QString mark = n.outcome == Outcome::Met ? QStringLiteral("Met") : n.outcome == Outcome::NotMet ? QStringLiteral("Not yet") : QStringLiteral("Unknown");
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
            heading(c, QStringLiteral("Learning that would close the gap"), 2, false);
            for (const LearningSuggestion& s : m_readiness.suggestions)
                para(c, QStringLiteral("• %1 (offered at %2)").arg(s.title, s.stepTitle));
        }
    }

    QList<const Group*> matrixGroups() const
    {
        QList<const Group*> groups;
        const int current = pathway->stepIndex(worker.currentStep);
        const int target = pathway->stepIndex(m_target);
        for (int i = 0; i < pathway->steps.size(); ++i) {
            // The steps the panel judges: the current one and the target (all, when unset).
            const bool wanted = (current < 0 && target < 0) || i == current || i == target;
            if (wanted)
                for (const Group& g : pathway->steps[i].groups)
                    groups << &g;
        }
        for (const Group& g : pathway->groups)
            groups << &g;
        return groups;
    }

    void writeMatrix(QTextCursor& c)
    {
        heading(c, QStringLiteral("Competency matrix"), 1, true);
        para(c, QStringLiteral("Each statement as %1 words it (version %2), whether it is reached, when and by whom, the evidence the "
                               "judgement relied on, and the manager's and worker's comments.").arg(pathway->publisher, pathway->version),
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        const QList<Comment> allComments = m_store.comments();
        for (const Group* g : matrixGroups()) {
            const Step* owner = pathway->owningStep(g->id);
            heading(c, owner ? owner->title + QStringLiteral(" – ") + g->title : g->title, 2, false);
            QList<std::pair<QString, QString>> rows; // id, label prefix
            for (const Item& item : g->items) {
                if (item.indicators.isEmpty()) {
                    rows << std::make_pair(item.id, QString());
                    continue;
                }
                for (const Indicator& ind : item.indicators) {
                    const int s = pathway->stageIndex(ind.stage);
                    rows << std::make_pair(ind.id, QStringLiteral("%1 – %2: ").arg(item.title, s >= 0 ? pathway->stages[s].title : ind.stage));
                }
            }
            QTextTable* t = table(c, {QStringLiteral("Statement"), QStringLiteral("Competency reached?"), QStringLiteral("When, by whom"),
                                      QStringLiteral("Evidence relied on"), QStringLiteral("Manager and worker comments")},
                                  {33, 15, 14, 19, 19}, int(rows.size()));
            for (int r = 0; r < rows.size(); ++r) {
                const ItemRef ref{pathway->id, rows[r].first};
                const ItemFacts* f = m_facts.item(ref);
                cell(t, r + 1, 0, rows[r].second + pathway->statementOf(ref.itemId));
                QString reached = QStringLiteral("No evidence yet");
                QString when;
                QString relied;
                if (f && f->latestDecision) {
                    const Judgement& j = m_judgements[m_judgementIndex.value(f->latestDecision->id)]; // with its evidence
                    reached = j.verdict == Verdict::Reached ? QStringLiteral("Reached") : QStringLiteral("Not yet reached");
                    when = QStringLiteral("%1\n%2%3").arg(shortDate(j.date), j.byName, j.byRole.isEmpty() ? QString() : QStringLiteral(", ") + j.byRole);
                    QStringList titles;
                    for (const JudgementEvidence& e : j.evidence)
                        titles << QStringLiteral("E%1 %2").arg(e.evidenceId).arg(e.title);
                    relied = titles.join(QLatin1Char('\n'));
                    if (j.evidenceChanged)
                        relied += QStringLiteral("\n(evidence changed since sign-off)");
                } else if (f && f->latest && f->latest->verdict == Verdict::ReadyForReview) {
                    reached = QStringLiteral("Ready for review");
                } else if (f && f->evidenceCount > 0) {
                    reached = QStringLiteral("Evidence, not yet judged");
                }
                const QColor colour = reached == QLatin1String("Reached") ? QColor(0x1B, 0x6E, 0x3A) : QColor(0x33, 0x33, 0x33);
                cell(t, r + 1, 1, reached, text(9, reached == QLatin1String("Reached"), colour));
                cell(t, r + 1, 2, when);
                cell(t, r + 1, 3, relied);
                QStringList notes;
                for (const Comment& cm : allComments)
                    if (cm.item == ref)
                        notes << QStringLiteral("%1 (%2): %3").arg(cm.author, cm.authorRole, cm.text);
                cell(t, r + 1, 4, notes.join(QLatin1Char('\n')));
            }
            c.movePosition(QTextCursor::End);
        }
    }

    void writeEvidence(QTextCursor& c)
    {
        heading(c, QStringLiteral("Evidence"), 1, true);
        if (m_evidence.isEmpty()) {
            para(c, QStringLiteral("No evidence is included."));
            return;
        }
        para(c, QStringLiteral("%1 evidence item(s), oldest first.").arg(m_evidence.size()), text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        for (const Evidence& e : m_evidence) {
            heading(c, evidenceHeading(e), 2, false, true);
            const QString period = e.endDate.isValid() ? QStringLiteral("%1 to %2").arg(longDate(e.date), longDate(e.endDate)) : longDate(e.date);
            labelled(c, QStringLiteral("Kind"), evidenceKindTitle(e.kind));
            labelled(c, QStringLiteral("Date"), period);
            labelled(c, QStringLiteral("Source or method"), e.source);
            QStringList mapped;
            for (const Mapping& m : m_store.mappingsForEvidence(e.id))
                mapped << itemRefTitle(m.item) + (m.note.isEmpty() ? QString() : QStringLiteral(" — ") + m.note);
            if (!mapped.isEmpty()) {
                c.insertBlock(paragraph(4, 2), text(10, true));
                c.insertText(QStringLiteral("Evidences"));
                for (const QString& m : mapped) {
                    QTextBlockFormat b = paragraph(0, 1);
                    b.setIndent(1);
                    c.insertBlock(b, text(9));
                    c.insertText(QStringLiteral("• ") + m);
                }
            }
            c.insertBlock(paragraph(6, 2), text(10, true));
            c.insertText(QStringLiteral("Narrative"));
            markdown(c, e.narrative);
            c.insertBlock(paragraph(6, 2), text(10, true));
            c.insertText(QStringLiteral("Reflection"));
            markdown(c, e.reflection);
            const QList<Attachment> files = m_store.attachments(e.id);
            if (!files.isEmpty()) {
                QStringList names;
                for (const Attachment& a : files)
                    names << a.name;
                labelled(c, QStringLiteral("Attachments"), names.join(QStringLiteral(", ")));
            }
        }
    }

    void writeJudgements(QTextCursor& c)
    {
        heading(c, QStringLiteral("Judgement history"), 1, true);
        if (m_judgements.isEmpty()) {
            para(c, QStringLiteral("No judgements have been recorded."));
            return;
        }
        para(c, QStringLiteral("Every judgement in the order it was recorded. Judgements are never changed: a correction is a new judgement."),
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        QTextTable* t = table(c, {QStringLiteral("Date"), QStringLiteral("Item"), QStringLiteral("Judgement"), QStringLiteral("By"),
                                  QStringLiteral("Comment")},
                              {11, 37, 13, 16, 23}, int(m_judgements.size()));
        for (int r = 0; r < m_judgements.size(); ++r) {
            const Judgement& j = m_judgements[r];
            cell(t, r + 1, 0, shortDate(j.date));
            QString item = j.statement;
            if (j.sessionId > 0)
                for (const SupervisionSession& s : m_sessions)
                    if (s.id == j.sessionId)
                        item += QStringLiteral("\n(supervision on %1)").arg(shortDate(s.date));
            cell(t, r + 1, 1, item);
            cell(t, r + 1, 2, verdictTitle(j.verdict) + (j.evidenceChanged ? QStringLiteral("\nevidence changed since") : QString()));
            cell(t, r + 1, 3, j.byName + (j.byRole.isEmpty() ? QString() : QStringLiteral(", ") + j.byRole));
            cell(t, r + 1, 4, j.comment);
        }
        c.movePosition(QTextCursor::End);
    }

    void writePlanAndCpd(QTextCursor& c)
    {
        heading(c, QStringLiteral("Learning plan and CPD log"), 1, true);
        const QList<PlanItem> plan = m_store.planItems();
        heading(c, QStringLiteral("Learning plan"), 2, false);
        if (plan.isEmpty()) {
            para(c, QStringLiteral("No learning plan items."));
        } else {
            QTextTable* t = table(c, {QStringLiteral("Activity"), QStringLiteral("For"), QStringLiteral("Target date"), QStringLiteral("Status")},
                                  {40, 36, 12, 12}, int(plan.size()));
            for (int r = 0; r < plan.size(); ++r) {
                cell(t, r + 1, 0, plan[r].activity);
                QStringList items;
                for (const ItemRef& ref : plan[r].linkedItems)
                    items << itemRefTitle(ref);
                cell(t, r + 1, 1, items.join(QLatin1Char('\n')));
                cell(t, r + 1, 2, shortDate(plan[r].targetDate));
                cell(t, r + 1, 3, planStatusId(plan[r].status).replace(QLatin1Char('-'), QLatin1Char(' ')));
            }
            c.movePosition(QTextCursor::End);
        }
        const QList<CpdEntry> cpd = m_store.cpdEntries();
        heading(c, QStringLiteral("CPD log"), 2, false);
        if (cpd.isEmpty()) {
            para(c, QStringLiteral("No CPD entries."));
            return;
        }
        double total = 0;
        QTextTable* t = table(c, {QStringLiteral("Date"), QStringLiteral("Activity"), QStringLiteral("Hours"), QStringLiteral("Notes")},
                              {12, 44, 8, 36}, int(cpd.size()) + 1);
        for (int r = 0; r < cpd.size(); ++r) {
            cell(t, r + 1, 0, shortDate(cpd[r].date));
            cell(t, r + 1, 1, cpd[r].activity);
            cell(t, r + 1, 2, QString::number(cpd[r].hours, 'g', 4));
            cell(t, r + 1, 3, cpd[r].notes);
            total += cpd[r].hours;
        }
        cell(t, int(cpd.size()) + 1, 1, QStringLiteral("Total"), text(9, true));
        cell(t, int(cpd.size()) + 1, 2, QString::number(total, 'g', 5), text(9, true));
        c.movePosition(QTextCursor::End);
    }

    void writeAttachments(QTextCursor& c)
    {
        heading(c, QStringLiteral("Attachments"), 1, true);
        QList<std::pair<const Evidence*, Attachment>> all;
        for (const Evidence& e : m_evidence)
            for (const Attachment& a : m_store.attachments(e.id))
                all << std::make_pair(&e, a);
        if (all.isEmpty()) {
            para(c, QStringLiteral("No attachments."));
            return;
        }
        para(c, QStringLiteral("The files attached to the evidence are not reproduced here; their SHA-256 fingerprints let a reader check "
                               "a copy they are given."),
             text(9, false, QColor(0x55, 0x55, 0x55)), 6);
        QTextTable* t = table(c, {QStringLiteral("Evidence"), QStringLiteral("File"), QStringLiteral("Size"), QStringLiteral("SHA-256")},
                              {24, 22, 10, 44}, int(all.size()));
        for (int r = 0; r < all.size(); ++r) {
            cell(t, r + 1, 0, evidenceHeading(*all[r].first));
            cell(t, r + 1, 1, all[r].second.name + QLatin1Char('\n') + all[r].second.mediaType);
            cell(t, r + 1, 2, QLocale(QLocale::English).formattedDataSize(all[r].second.size));
            QTextCharFormat mono = text(7.5);
            mono.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Monospace")});
            cell(t, r + 1, 3, all[r].second.sha256.left(32) + QLatin1Char('\n') + all[r].second.sha256.mid(32), mono);
        }
        c.movePosition(QTextCursor::End);
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
    QList<Heading> m_headings;
    QList<Heading> m_previous;
};

// Which page each heading landed on, once the document is laid out in pages.
void placeHeadings(QTextDocument& doc, QList<Heading>& headings)
{
    const qreal pageHeight = doc.pageSize().height();
    for (Heading& h : headings) {
        // The first line, not the block: a page break before a block moves its lines, not its top.
        const QTextBlock block = doc.findBlockByNumber(h.blockNumber);
        const QTextLayout* layout = block.layout();
        const qreal y = layout && layout->lineCount() > 0 ? layout->position().y() + layout->lineAt(0).y()
                                                          : doc.documentLayout()->blockBoundingRect(block).top();
        h.page = int((y + 1) / pageHeight) + 1; // a heading at the top of a page sits a rounding error above it
    }
}

} // namespace

PanelReport::PanelReport(PortfolioStore& store, const PathwayLibrary& library, PanelReportOptions options)
    : m_store(store), m_library(library), m_options(std::move(options))
{
    if (!m_options.today.isValid())
        m_options.today = QDate::currentDate();
}

bool PanelReport::writePdf(const QString& path, PanelReportResult* result, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    PanelDocumentBuilder builder(m_store, m_library, m_options);
    if (!builder.gather())
        return failWith(builder.error);

    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString title = QStringLiteral("Portfolio of %1 for %2").arg(builder.worker.name,
        builder.targetTitle.isEmpty() ? builder.pathway->title : builder.targetTitle);
    QList<Heading> headings;
    int pages = 0;
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Waymark"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        const qreal dpmm = writer.resolution() / 25.4;
        const QRectF page(0, 0, writer.width(), writer.height());
        const QRectF body(20 * dpmm, 24 * dpmm, page.width() - 40 * dpmm, page.height() - 44 * dpmm);

        QTextDocument doc;
        doc.setDefaultFont(bodyFont());
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        // Contents page numbers come from the previous layout; two passes settle them.
        for (int pass = 0; pass < 3; ++pass) {
            const QList<Heading> previous = headings;
            // Built without a page size, so that each insertion does not lay the whole table
            // out again (quadratic in rows), then laid out in pages once.
            doc.setPageSize(QSizeF(0, 0));
            headings = builder.build(doc, previous);
            doc.setPageSize(body.size());
            placeHeadings(doc, headings);
            bool stable = previous.size() == headings.size();
            for (int i = 0; stable && i < headings.size(); ++i)
                stable = headings[i].page == previous[i].page;
            if (stable)
                break;
        }
        pages = doc.pageCount();

        QPainter painter;
        if (!painter.begin(&writer))
            return failWith(QStringLiteral("Cannot start the PDF."));
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(8);
        const QString header = QStringLiteral("%1 — %2").arg(builder.worker.name, builder.pathway->title);
        for (int i = 0; i < pages; ++i) {
            if (i > 0)
                writer.newPage();
            painter.save();
            painter.translate(body.left(), body.top() - i * body.height());
            QAbstractTextDocumentLayout::PaintContext ctx;
            ctx.clip = QRectF(0, i * body.height(), body.width(), body.height());
            painter.setClipRect(ctx.clip);
            doc.documentLayout()->draw(&painter, ctx);
            painter.restore();
            if (i == 0)
                continue; // the cover has no running header
            painter.setFont(small);
            painter.setPen(QColor(0x66, 0x66, 0x66));
            const QRectF top(body.left(), 10 * dpmm, body.width(), 8 * dpmm);
            const QString seeking = builder.targetTitle.isEmpty() ? QString() : QStringLiteral("Seeking: ") + builder.targetTitle;
            const QFontMetricsF metrics(small, &writer);
            const qreal room = top.width() - metrics.horizontalAdvance(seeking) - 6 * dpmm;
            painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(header, Qt::ElideRight, room));
            painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, seeking);
            painter.drawLine(QPointF(body.left(), 18 * dpmm), QPointF(body.right(), 18 * dpmm));
            const QRectF bottom(body.left(), page.height() - 16 * dpmm, body.width(), 8 * dpmm);
            painter.drawText(bottom, Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages));
        }
        painter.end();
    }

    QList<PdfAmendment::OutlineEntry> outline;
    for (const Heading& h : headings)
        if (h.bookmark)
            outline << PdfAmendment::OutlineEntry{h.title, h.page - 1, h.level == 1 ? 0 : 1};
    QByteArray bytes = pdf.data();
    QString amendError;
    if (!PdfAmendment::addAuthorAndOutline(bytes, builder.worker.name, title, outline, &amendError))
        return failWith(QStringLiteral("Cannot finish the PDF: %1").arg(amendError));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(QStringLiteral("Cannot write %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return failWith(QStringLiteral("Cannot write %1: %2. No file was left behind.").arg(QFileInfo(path).fileName(), file.errorString()));
    if (result) {
        result->pages = pages;
        result->evidenceIncluded = builder.evidenceIncluded;
        result->sections.clear();
        for (const Heading& h : headings)
            if (h.level == 1)
                result->sections << h.title;
    }
    return true;
}

} // namespace waymark
