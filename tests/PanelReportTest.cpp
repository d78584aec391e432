#include "StoreTestSupport.h"
#include "PdfTestSupport.h"
#include "TestSupport.h"

#include "waymark/PanelReport.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;

namespace {

QString runTool(const QString& tool, const QStringList& args)
{
    return QString::fromUtf8(runPdfTool(tool, args).out);
}

// The last line of the body of each page, in drawing order (the running header and the page
// number come after the body).
QStringList lastBodyLines(const QString& pdf, int pages)
{
    QStringList out;
    for (int p = 1; p <= pages; ++p) {
        QStringList lines = QString::fromUtf8(runPdfTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                                                                                       QStringLiteral("-l"), QString::number(p), pdf, QStringLiteral("-")}).out)
                                .split(QLatin1Char('\n'));
        lines.removeIf([](const QString& l) {
            return l.trimmed().isEmpty() || l.startsWith(QStringLiteral("Page ")) || l.startsWith(QStringLiteral("Seeking: "))
                || l.startsWith(QStringLiteral("Alex Practitioner — "));
        });
        out << (lines.isEmpty() ? QString() : lines.last().simplified());
    }
    return out;
}

class PanelReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(QStringLiteral("p.waymark"))));
        Worker w;
        w.name = QStringLiteral("Alex Practitioner");
        w.profession = QStringLiteral("social-worker");
        w.registrationBody = QStringLiteral("Social Work England");
        w.registrationNumber = QStringLiteral("SW123456");
        w.qualified = QDate(2020, 9, 1);
        w.pathwayId = QStringLiteral("buckinghamshire-social-worker-r6-r7");
        w.currentStep = QStringLiteral("r6");
        w.targetStep = QStringLiteral("r7");
        w.supervisorName = QStringLiteral("Morgan Lee");
        w.supervisorRole = QStringLiteral("Team manager");
        ASSERT_TRUE(m_store.saveWorker(w));
        m_store.addRole({0, QStringLiteral("Social Worker"), QStringLiteral("Range 6"), QDate(2023, 10, 1), {}, false});
        m_store.addAward({0, QStringLiteral("bia"), QStringLiteral("Best Interest Assessor"), AwardRecord::Status::InProgress, {}});
    }

    const Pathway& bucks() { return *bundledLibrary().find(QStringLiteral("buckinghamshire-social-worker-r6-r7")); }

    qint64 addEvidence(const QString& title, const QString& narrative, const QStringList& items)
    {
        Evidence e = makeEvidence(title, QDate(2026, 2, 1).addDays(int(m_count++)));
        e.narrative = narrative;
        QList<Mapping> maps;
        for (const QString& item : items)
            maps << Mapping{0, 0, {bucks().id, item}, QStringLiteral("Shows this in practice")};
        const qint64 id = m_store.addEvidence(e, maps);
        EXPECT_GT(id, 0) << m_store.errorString().toStdString();
        return id;
    }

    void judge(const QString& item, Verdict verdict, const QString& comment)
    {
        Judgement j;
        j.item = {bucks().id, item};
        j.verdict = verdict;
        j.byName = QStringLiteral("Morgan Lee");
        j.byRole = QStringLiteral("Team manager");
        j.date = QDate(2026, 5, 1);
        j.comment = comment;
        ASSERT_GT(m_store.recordJudgement(j, bucks()), 0) << m_store.errorString().toStdString();
    }

    bool exportTo(const QString& path, PanelReportResult* result, QString* error, const QList<qint64>& excluded = {})
    {
        PanelReportOptions options;
        options.today = QDate(2026, 11, 26);
        options.excludedEvidence = excluded;
        return exportWith(options, path, result, error);
    }

    // Every PDF written is checked by qpdf.
    bool exportWith(const PanelReportOptions& options, const QString& path, PanelReportResult* result, QString* error)
    {
        PanelReport report(m_store, bundledLibrary(), options);
        const bool written = report.writePdf(path, result, error);
        if (written)
            EXPECT_TRUE(qpdfChecks(path));
        return written;
    }

    QTemporaryDir m_dir;
    PortfolioStore m_store;
    int m_count = 0;
};

} // namespace

TEST_F(PanelReportTest, PdfHoldsEveryTargetStatementEvidenceTitleAndJudgement)
{
    const qint64 a = addEvidence(QStringLiteral("Chairing a complex safeguarding meeting"), QStringLiteral("I **chaired** the meeting."), {QStringLiteral("r7-key-3"), QStringLiteral("r7-key-9")});
    addEvidence(QStringLiteral("Mentoring a newly qualified social worker"), QStringLiteral("Weekly sessions."), {QStringLiteral("r7-key-8")});
    const qint64 excluded = addEvidence(QStringLiteral("Private draft left out"), QStringLiteral("Not for the panel."), {QStringLiteral("r7-key-8")});
    judge(QStringLiteral("r7-key-3"), Verdict::NotYetReached, QStringLiteral("Needs a second complex case."));
    judge(QStringLiteral("r7-key-3"), Verdict::Reached, QStringLiteral("Now shown twice; well evidenced."));
    judge(QStringLiteral("r7-key-8"), Verdict::Reached, QStringLiteral("Champion for strengths-based practice."));
    m_store.addComment({0, {bucks().id, QStringLiteral("r7-key-3")}, QStringLiteral("Morgan Lee"), QStringLiteral("manager"), QStringLiteral("Discussed at supervision in May."), {}});
    m_store.addCpdEntry({0, QDate(2026, 1, 10), QStringLiteral("Mental Capacity Act refresher"), 3.5, {}, a});
    m_store.addAttachment(a, {QStringLiteral("minutes.txt"), QString(), QByteArray("Minutes of the meeting")});

    const QString pdf = m_dir.filePath(QStringLiteral("panel.pdf"));
    PanelReportResult result;
    QString error;
    ASSERT_TRUE(exportTo(pdf, &result, &error, {excluded})) << error.toStdString();
    EXPECT_EQ(result.evidenceIncluded, 2);

    const QString words = pdfWords(pdf);
    ASSERT_FALSE(words.isEmpty()) << "pdftotext produced nothing";
    for (const QString& id : bucks().assessableIds(QStringLiteral("r7-key")))
        EXPECT_TRUE(words.contains(bucks().statementOf(id).simplified())) << "missing statement " << id.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Chairing a complex safeguarding meeting")));
    EXPECT_TRUE(words.contains(QStringLiteral("Mentoring a newly qualified social worker")));
    EXPECT_FALSE(words.contains(QStringLiteral("E3. Private draft left out"))); // no section of its own
    EXPECT_FALSE(words.contains(QStringLiteral("Not for the panel.")));
    const QString compact = QString(words).remove(QLatin1Char(' ')); // a cell may wrap after a hyphen
    for (const Judgement& j : m_store.judgements())
        EXPECT_TRUE(compact.contains(QString(j.comment).remove(QLatin1Char(' ')))) << j.comment.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Discussed at supervision in May.")));
    EXPECT_TRUE(words.contains(QStringLiteral("Alex Practitioner")));
    EXPECT_TRUE(words.contains(QStringLiteral("Social Work England SW123456")));
    EXPECT_TRUE(words.contains(QStringLiteral("Contents")));
    EXPECT_TRUE(words.contains(QStringLiteral("Mental Capacity Act refresher")));
    const QString sha = QString::fromLatin1(QCryptographicHash::hash("Minutes of the meeting", QCryptographicHash::Sha256).toHex());
    EXPECT_TRUE(QString(words).remove(QLatin1Char(' ')).contains(sha)) << "attachment SHA-256 missing";
}

TEST_F(PanelReportTest, PageCountMetadataAndBookmarksAreRight)
{
    for (int i = 0; i < 12; ++i)
        addEvidence(QStringLiteral("Evidence item %1").arg(i), QString(40, QLatin1Char('x')).replace(QLatin1Char('x'), QStringLiteral("Long narrative text. ")), {QStringLiteral("r7-key-4")});
    const QString pdf = m_dir.filePath(QStringLiteral("meta.pdf"));
    PanelReportResult result;
    QString error;
    ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Pages")).toInt(), result.pages);
    EXPECT_GE(result.pages, 6);
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Title")), QStringLiteral("Portfolio of Alex Practitioner for Advanced Practitioner Range 7"));
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Author")), QStringLiteral("Alex Practitioner"));
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Creator")), QStringLiteral("Waymark"));
    EXPECT_TRUE(pdfInfoField(pdf, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
    // Running header and page numbers on the pages after the cover.
    const QString page3 = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), pdf, QStringLiteral("-")});
    EXPECT_TRUE(page3.contains(QStringLiteral("Alex Practitioner — Social Worker Career Progression Framework")));
    EXPECT_TRUE(page3.contains(QStringLiteral("Page 3 of %1").arg(result.pages)));
    // The contents page names the page each section starts on.
    const QString contents = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QRegularExpression judgementLine(QStringLiteral("Judgement history[ .]*(\\d+)"));
    const int judgementPage = judgementLine.match(contents).captured(1).toInt();
    ASSERT_GT(judgementPage, 2) << contents.toStdString();
    const QString onThatPage = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(judgementPage), QStringLiteral("-l"), QString::number(judgementPage), pdf, QStringLiteral("-")});
    EXPECT_TRUE(onThatPage.contains(QStringLiteral("Judgement history")));
    // Bookmarks: contents, six sections and the twelve evidence items under Evidence, each on its page.
    const QList<Bookmark> marks = pdfBookmarks(pdf);
    ASSERT_EQ(marks.size(), 7 + 12);
    for (const Bookmark& b : marks) {
        EXPECT_EQ(b.level, b.title.startsWith(QLatin1Char('E')) && b.title != QStringLiteral("Evidence") ? 1 : 0) << b.title.toStdString();
        EXPECT_TRUE(pdfWords(pdf, b.page).contains(b.title)) << b.title.toStdString() << " not on page " << b.page;
    }
    // Accessibility: the language, and the title shown instead of the file name.
    const QByteArray raw = qdfBytes(pdf);
    EXPECT_TRUE(raw.contains("/Lang (en-GB)"));
    EXPECT_TRUE(raw.contains("/DisplayDocTitle true"));
}

TEST_F(PanelReportTest, HostileEvidenceTextStaysLiteralAndLoadsNothing)
{
    const QString hostile = QStringLiteral("<img src=file:///etc/passwd> <script>alert('x')</script> ![secret](file:///etc/passwd) <b>not bold</b>");
    addEvidence(QStringLiteral("Evidence with <i>markup</i> in its title"), hostile, {QStringLiteral("r7-key-1")});
    const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
    QString error;
    ASSERT_TRUE(exportTo(pdf, nullptr, &error)) << error.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("<img src=file:///etc/passwd>")));
    EXPECT_TRUE(words.contains(QStringLiteral("<script>alert('x')</script>")));
    EXPECT_TRUE(words.contains(QStringLiteral("<b>not bold</b>")));
    EXPECT_TRUE(words.contains(QStringLiteral("Evidence with <i>markup</i> in its title")));
    EXPECT_TRUE(words.contains(QStringLiteral("[image: file:///etc/passwd]")));
    EXPECT_FALSE(words.contains(QStringLiteral("root:x:0:0")));
}

TEST_F(PanelReportTest, FailedExportLeavesNoFileBehind)
{
    QString error;
    EXPECT_FALSE(exportTo(m_dir.filePath(QStringLiteral("no/such/folder/panel.pdf")), nullptr, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFile::exists(m_dir.filePath(QStringLiteral("no/such/folder/panel.pdf"))));

    // Without a pathway there is nothing to export; an earlier export under the name stays whole.
    const QString pdf = m_dir.filePath(QStringLiteral("keep.pdf"));
    QFile old(pdf);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("previous export");
    old.close();
    Worker w = m_store.worker();
    w.pathwayId.clear();
    m_store.saveWorker(w);
    EXPECT_FALSE(exportTo(pdf, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pathway")));
    EXPECT_EQ(fileHash(pdf), QCryptographicHash::hash("previous export", QCryptographicHash::Sha256));
    EXPECT_FALSE(QDir(m_dir.path()).entryList({QStringLiteral("keep.pdf*")}).size() > 1);
}

TEST_F(PanelReportTest, ARoleProfileTargetIsOnTheCoverAndJudged)
{
    Worker w = m_store.worker();
    w.pathwayId = QStringLiteral("sssc-clf-personal-capabilities");
    w.currentStep.clear();
    w.targetStep = QStringLiteral("nursery-manager");
    ASSERT_TRUE(m_store.saveWorker(w));
    const QString pdf = m_dir.filePath(QStringLiteral("sssc.pdf"));
    PanelReportResult result;
    QString error;
    ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();
    const QString cover = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                                               QStringLiteral("-raw"), pdf, QStringLiteral("-")}).simplified();
    EXPECT_TRUE(cover.contains(QStringLiteral("Seeking: the Nursery manager role profile"))) << cover.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Not yet ready for the Nursery manager role profile"))) << words.left(2000).toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("has no step")));

    // The export dialog's choice of another role profile overrides the worker's own target.
    PanelReportOptions options;
    options.today = QDate(2026, 11, 26);
    options.targetStep = QStringLiteral("nursery-practitioner");
    ASSERT_TRUE(PanelReport(m_store, bundledLibrary(), options).writePdf(pdf, &result, &error)) << error.toStdString();
    EXPECT_TRUE(pdfWords(pdf).contains(QStringLiteral("Not yet ready for the Nursery practitioner role profile")));
}

namespace {

// A PDF as a worker might attach it: two pages of text and a link that would run JavaScript.
QByteArray letterPdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        QTextDocument page;
        page.setHtml(QStringLiteral("<p>Appended letter page one</p><p><a href=\"javascript:alert(1)\">click me</a></p>"));
        page.drawContents(&painter);
        writer.newPage();
        painter.drawText(QPointF(200, 400), QStringLiteral("Appended letter page two"));
    }
    return buffer.data();
}

QByteArray pngImage()
{
    QImage image(1600, 800, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x66, 0x99));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

TEST_F(PanelReportTest, EveryTextThePdfShowsIsCheckedAndCanBeRedacted)
{
    ASSERT_TRUE(m_store.setPrivateNames({QStringLiteral("Kate Smith")}));
    Evidence e = makeEvidence(QStringLiteral("Carers assessment"), QDate(2026, 2, 1), EvidenceKind::DirectPractice,
                              QStringLiteral("Referral from Kate Smith's GP"));
    e.narrative = QStringLiteral("A clean narrative.");
    e.reflection = QStringLiteral("A clean reflection.");
    const qint64 id = m_store.addEvidence(e, {Mapping{0, 0, {bucks().id, QStringLiteral("r7-key-3")}, QStringLiteral("Home visit at SW1A 1AA")}},
                                          {{QStringLiteral("kate smith letter.txt"), QStringLiteral("text/plain"), QByteArray("letter")}});
    ASSERT_GT(id, 0);
    judge(QStringLiteral("r7-key-3"), Verdict::Reached, QStringLiteral("Spoke to the family on 07700 900123."));
    m_store.addComment({0, {bucks().id, QStringLiteral("r7-key-3")}, QStringLiteral("Morgan Lee"), QStringLiteral("manager"),
                        QStringLiteral("Kate Smith was seen twice."), {}});
    m_store.addPlanItem({0, QStringLiteral("Shadow the review for Kate Smith"), {}, {}, QDate(2026, 6, 1), PlanItem::Status::Planned});
    m_store.addCpdEntry({0, QDate(2026, 1, 10), QStringLiteral("Court skills"), 2, QStringLiteral("Case of jo.bloggs@example.com"), 0});

    // Each field that reaches the PDF is scanned, and a finding holds the matched text whole.
    const QList<AnonymisationFinding> findings = AnonymisationCheck::scanPanel(m_store);
    QStringList where;
    for (const AnonymisationFinding& f : findings)
        where << f.record.section(QLatin1Char(':'), 0, 0) + QLatin1Char('/') + f.field + QLatin1Char('=') + f.match;
    where.sort();
    EXPECT_EQ(where, (QStringList{QStringLiteral("attachment/attachment name=kate smith"), QStringLiteral("comment/comment=Kate Smith"),
                                  QStringLiteral("cpd/notes=jo.bloggs@example.com"), QStringLiteral("evidence/source=Kate Smith"),
                                  QStringLiteral("judgement/comment=07700 900123"), QStringLiteral("mapping/mapping note (r7-key-3)=SW1A 1AA"),
                                  QStringLiteral("plan/activity=Kate Smith")}));

    // Unresolved: nothing is written, and the caller learns why.
    const QString pdf = m_dir.filePath(QStringLiteral("redacted.pdf"));
    PanelReportResult result;
    QString error;
    EXPECT_FALSE(exportTo(pdf, &result, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("7 likely piece(s) of personal data"))) << error.toStdString();
    EXPECT_EQ(result.findings.size(), 7);
    EXPECT_FALSE(QFile::exists(pdf));

    // Redacted in the panel copy: the PDF shows [redacted], the records stay as they were.
    const int versionBefore = m_store.evidence(id)->version;
    for (const AnonymisationFinding& f : findings)
        ASSERT_TRUE(m_store.decideFinding(f.record, f.recordVersion, f.key(), FindingDecision::Redact)) << m_store.errorString().toStdString();
    EXPECT_EQ(AnonymisationCheck::unresolvedCount(AnonymisationCheck::scanPanel(m_store)), 0);
    ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();
    const QString words = pdfWords(pdf);
    for (const QString& leak : {QStringLiteral("Kate Smith"), QStringLiteral("kate smith"), QStringLiteral("SW1A 1AA"), QStringLiteral("07700 900123"),
                                QStringLiteral("jo.bloggs@example.com")})
        EXPECT_FALSE(words.contains(leak)) << leak.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Referral from [redacted]'s GP")));
    EXPECT_TRUE(words.contains(QStringLiteral("Home visit at [redacted]")));
    EXPECT_TRUE(words.contains(QStringLiteral("Spoke to the family on [redacted].")));
    EXPECT_TRUE(words.contains(QStringLiteral("Shadow the review for [redacted]")));
    EXPECT_TRUE(words.contains(QStringLiteral("[redacted] letter.txt")));
    EXPECT_EQ(m_store.evidence(id)->version, versionBefore);
    EXPECT_EQ(m_store.evidence(id)->source, QStringLiteral("Referral from Kate Smith's GP"));
    EXPECT_FALSE(m_store.judgements().first().evidenceChanged);
    const QString cover = pdfWords(pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("Anonymisation check: passed")));
    EXPECT_TRUE(cover.contains(QStringLiteral("7 finding(s) are replaced by [redacted] in this copy.")));
}

TEST_F(PanelReportTest, AcceptedFindingsAreSaidOnTheCoverNotAPass)
{
    ASSERT_TRUE(m_store.setPrivateNames({QStringLiteral("Kate Smith")}));
    addEvidence(QStringLiteral("Visit"), QStringLiteral("Visited Kate Smith and her son at home."), {QStringLiteral("r7-key-1")});
    addEvidence(QStringLiteral("Second visit"), QStringLiteral("Kate Smith again; jo@example.com was there."), {QStringLiteral("r7-key-1")});
    PanelReportOptions options;
    options.today = QDate(2026, 11, 26);
    options.acceptFindings = true;
    const QString pdf = m_dir.filePath(QStringLiteral("accepted.pdf"));
    QString error;
    ASSERT_TRUE(exportWith(options, pdf, nullptr, &error)) << error.toStdString();
    const QString cover = pdfWords(pdf, 1);
    EXPECT_TRUE(cover.contains(QStringLiteral("Anonymisation check: not passed: 3 finding(s) accepted unresolved"))) << cover.toStdString();
    EXPECT_TRUE(cover.contains(QStringLiteral("The check did not pass")));
    EXPECT_FALSE(cover.contains(QStringLiteral("check: passed")));
    EXPECT_FALSE(cover.contains(QStringLiteral("It found nothing")));
}

TEST_F(PanelReportTest, LinksCarryNoActionButAWebAddressShownInFull)
{
    addEvidence(QStringLiteral("Links"),
                QStringLiteral("Run [x](javascript:alert(1)), open [y](file:///etc/passwd), load [z](data:text/html,hi), "
                               "fetch [f](ftp://example.org/f), read [the guidance](https://example.org/guide?a=1)."),
                {QStringLiteral("r7-key-1")});
    const QString pdf = m_dir.filePath(QStringLiteral("links.pdf"));
    QString error;
    ASSERT_TRUE(exportTo(pdf, nullptr, &error)) << error.toStdString();
    const QByteArray raw = qdfBytes(pdf);
    ASSERT_FALSE(raw.isEmpty());
    EXPECT_EQ(raw.count("/URI ("), 1) << "one link annotation: the https one";
    EXPECT_TRUE(raw.contains("/URI (https://example.org/guide?a=1)"));
    for (const char* scheme : {"javascript", "file:", "data:", "ftp:", "/JavaScript", "/Launch"})
        EXPECT_FALSE(raw.contains(scheme)) << scheme;
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Run x, open y, load z, fetch f, read the guidance (https://example.org/guide?a=1).")));
}

TEST_F(PanelReportTest, AttachmentsReachThePanel)
{
    const qint64 a = addEvidence(QStringLiteral("Genogram and letter"), QStringLiteral("See the attachments."), {QStringLiteral("r7-key-1")});
    const QByteArray letter = letterPdf();
    ASSERT_GT(m_store.addAttachment(a, {QStringLiteral("genogram.png"), QStringLiteral("image/png"), pngImage()}), 0);
    ASSERT_GT(m_store.addAttachment(a, {QStringLiteral("court letter.pdf"), QStringLiteral("application/pdf"), letter}), 0);
    ASSERT_GT(m_store.addAttachment(a, {QStringLiteral("notes.txt"), QStringLiteral("text/plain"), QByteArray("Plain notes")}), 0);
    ASSERT_GT(m_store.addAttachment(a, {QStringLiteral("broken.pdf"), QStringLiteral("application/pdf"), QByteArray("%PDF-1.4 not really")}), 0);
    // The attached letter really carries a JavaScript link, so the check below can fail.
    const QString letterFile = m_dir.filePath(QStringLiteral("letter.pdf"));
    {
        QFile f(letterFile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(letter);
    }
    ASSERT_TRUE(qdfBytes(letterFile).contains("javascript:alert"));

    const QString pdf = m_dir.filePath(QStringLiteral("attachments.pdf"));
    PanelReportResult result;
    QString error;
    ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();
    EXPECT_EQ(result.appendedPages, 2);
    EXPECT_EQ(pdfInfoField(pdf, QStringLiteral("Pages")).toInt(), result.pages);
    EXPECT_TRUE(pdfWords(pdf, 2).contains(QStringLiteral("Page 2 of %1").arg(result.pages)));

    // The image inline, scaled into the column, with its caption.
    const QString images = QString::fromUtf8(runPdfTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).out);
    EXPECT_EQ(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 3) << images.toStdString(); // two header lines, one image
    EXPECT_TRUE(pdfWords(pdf).contains(QStringLiteral("Attachment: genogram.png")));
    // The PDF's pages last, with a bookmark, and nothing live left on them.
    EXPECT_TRUE(pdfWords(pdf, result.pages - 1).contains(QStringLiteral("Appended letter page one")));
    EXPECT_TRUE(pdfWords(pdf, result.pages).contains(QStringLiteral("Appended letter page two")));
    bool bookmarked = false;
    for (const Bookmark& b : pdfBookmarks(pdf))
        bookmarked |= b.title == QStringLiteral("E%1 court letter.pdf").arg(a) && b.page == result.pages - 1 && b.level == 1;
    EXPECT_TRUE(bookmarked);
    EXPECT_FALSE(qdfBytes(pdf).contains("javascript"));
    // Every file listed with its SHA-256 and where it is; the unreadable PDF says so.
    const QString words = pdfWords(pdf);
    const QString compact = QString(words).remove(QLatin1Char(' '));
    for (const QByteArray& data : {pngImage(), letter, QByteArray("Plain notes"), QByteArray("%PDF-1.4 not really")})
        EXPECT_TRUE(compact.contains(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())));
    EXPECT_TRUE(words.contains(QStringLiteral("Shown under E%1").arg(a)));
    EXPECT_TRUE(words.contains(QStringLiteral("Pages %1–%2").arg(result.pages - 1).arg(result.pages))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Listed only")));
    EXPECT_TRUE(words.contains(QStringLiteral("Not appended: the PDF cannot be read")));
}

TEST_F(PanelReportTest, MarkdownTablesShowAndNarrativeHeadingsStayBelowTheTitle)
{
    addEvidence(QStringLiteral("Planning"),
                QStringLiteral("# Background\n\nThe plan:\n\n| Need | Action |\n|---|---|\n| Housing | Referral made |\n| Income | Benefits check |\n"),
                {QStringLiteral("r7-key-1")});
    const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
    QString error;
    ASSERT_TRUE(exportTo(pdf, nullptr, &error)) << error.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Need Action Housing Referral made Income Benefits check"))) << words.toStdString();
    EXPECT_FALSE(words.contains(QStringLiteral("|---|")));
    // A narrative heading is text of the evidence, not a section: no bookmark, and smaller than the title.
    for (const Bookmark& b : pdfBookmarks(pdf))
        EXPECT_NE(b.title, QStringLiteral("Background"));
    const QString bbox = QString::fromUtf8(runPdfTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out);
    auto height = [&](const QString& word) { // the largest, where a word is also in the contents
        qreal most = 0;
        auto it = QRegularExpression(QStringLiteral("yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">%1<").arg(word)).globalMatch(bbox);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            most = std::max(most, m.captured(2).toDouble() - m.captured(1).toDouble());
        }
        return most;
    };
    ASSERT_GT(height(QStringLiteral("Background")), 0);
    EXPECT_LT(height(QStringLiteral("Background")), height(QStringLiteral("Planning")));
}

TEST_F(PanelReportTest, MatrixShowsCurrentAndTargetStepsUnlessAllAreAsked)
{
    Worker w = m_store.worker();
    w.pathwayId = QStringLiteral("camden-launch-pad");
    w.currentStep = QStringLiteral("social-worker");
    w.targetStep = QStringLiteral("advanced-social-worker");
    ASSERT_TRUE(m_store.saveWorker(w));
    const Pathway& camden = *bundledLibrary().find(QStringLiteral("camden-launch-pad"));
    auto statementsOf = [&](const QString& step) {
        QStringList out;
        for (const QString& id : camden.assessableIds(step))
            out << camden.statementOf(id).remove(QRegularExpression(QStringLiteral("\\s")));
        return out;
    };
    const QStringList later = statementsOf(QStringLiteral("team-manager"));
    ASSERT_FALSE(later.isEmpty());
    PanelReportOptions options;
    options.today = QDate(2026, 11, 26);
    QString error;
    const QString byDefault = m_dir.filePath(QStringLiteral("default.pdf"));
    ASSERT_TRUE(exportWith(options, byDefault, nullptr, &error)) << error.toStdString();
    options.allSteps = true;
    const QString all = m_dir.filePath(QStringLiteral("all.pdf"));
    ASSERT_TRUE(exportWith(options, all, nullptr, &error)) << error.toStdString();
    // Without spaces: a statement wraps beside the next cell's words on the same line.
    const QString defaultWords = pdfWords(byDefault).remove(QLatin1Char(' '));
    const QString allWords = pdfWords(all).remove(QLatin1Char(' '));
    for (const QString& s : statementsOf(QStringLiteral("advanced-social-worker")) + statementsOf(QStringLiteral("social-worker")))
        EXPECT_TRUE(defaultWords.contains(s)) << s.toStdString();
    EXPECT_TRUE(defaultWords.contains(QStringLiteral("Socialworker–Requirements")));
    EXPECT_TRUE(defaultWords.contains(QStringLiteral("Advancedsocialworker–Requirements")));
    EXPECT_FALSE(defaultWords.contains(QStringLiteral("Teammanager–")));
    EXPECT_TRUE(allWords.contains(QStringLiteral("Teammanager–")));
    for (const QString& s : later)
        EXPECT_TRUE(allWords.contains(s)) << s.toStdString();
}

TEST_F(PanelReportTest, LayoutKeepsHeadingsWithTheirTextRowsWholeAndDatesOnOneLine)
{
    // Enough text of varied length that headings, labels, rows and the total fall near page ends.
    for (int i = 1; i <= 14; ++i) {
        QStringList sentences;
        for (int k = 0; k < i * 3; ++k)
            sentences << QStringLiteral("Worked with the family and partner agencies to agree a plan.");
        addEvidence(QStringLiteral("Evidence item %1").arg(i), sentences.join(QLatin1Char(' ')), {QStringLiteral("r7-key-%1").arg(i % 9 + 1)});
    }
    QStringList comments;
    for (int k = 1; k <= 9; ++k) {
        QStringList sentences;
        for (int n = 0; n < k; ++n)
            sentences << QStringLiteral("Clear evidence of sustained practice at this level across complex cases %1.").arg(n);
        comments << sentences.join(QLatin1Char(' '));
        judge(QStringLiteral("r7-key-%1").arg(k), Verdict::Reached, comments.last());
    }
    for (int n = 1; n <= 37; ++n)
        m_store.addCpdEntry({0, QDate(2025, 2, n % 9 + 1), QStringLiteral("Course %1 on practice").arg(n), 1.5, {}, 0});
    const QString pdf = m_dir.filePath(QStringLiteral("layout.pdf"));
    PanelReportResult result;
    QString error;
    ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();

    QStringList pageWords;
    for (int p = 1; p <= result.pages; ++p) {
        pageWords << pdfWords(pdf, p);
        const QStringList lines = QString::fromUtf8(runPdfTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                                                                                             QStringLiteral("-l"), QString::number(p), pdf, QStringLiteral("-")}).out)
                                      .split(QLatin1Char('\n'));
        // A date never wraps: no line ends in a day and month.
        for (const QString& line : lines)
            EXPECT_FALSE(QRegularExpression(QStringLiteral("\\b\\d{1,2}\\s(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\s*$")).match(line).hasMatch())
                << "page " << p << ": " << line.toStdString();
    }
    const QStringList lastLines = lastBodyLines(pdf, result.pages);
    const QString all = pageWords.join(QLatin1Char(' '));
    EXPECT_TRUE(all.contains(QStringLiteral("Exported: 26 Nov 2026")));
    EXPECT_TRUE(all.contains(QStringLiteral("1 May 2026 Morgan Lee")));
    EXPECT_FALSE(QRegularExpression(QStringLiteral("\\d{2}/\\d{2}/\\d{4}")).match(all).hasMatch());
    // No page ends with a heading or a label.
    QStringList keeps{QStringLiteral("Narrative"), QStringLiteral("Reflection"), QStringLiteral("Evidences")};
    for (const Bookmark& b : pdfBookmarks(pdf))
        keeps << b.title;
    for (int p = 0; p < lastLines.size(); ++p)
        EXPECT_FALSE(keeps.contains(lastLines[p])) << "page " << p + 1 << " ends with " << lastLines[p].toStdString() << "\n" << pageWords[p].toStdString();
    // Each judgement row, shorter than a page, is whole on one page.
    for (const QString& comment : comments) {
        const QString compact = QString(comment).remove(QLatin1Char(' '));
        EXPECT_TRUE(std::any_of(pageWords.begin(), pageWords.end(), [&](const QString& w) { return QString(w).remove(QLatin1Char(' ')).contains(compact); }))
            << comment.toStdString();
    }
    // The CPD total shares its page with entries.
    for (const QString& w : pageWords)
        if (w.contains(QStringLiteral("Total 55.5")))
            EXPECT_TRUE(w.contains(QStringLiteral("on practice 1.5")));
    EXPECT_TRUE(all.contains(QStringLiteral("Total 55.5")));
}

TEST_F(PanelReportTest, NoPageEndsWithAHeadingOrALabel)
{
    // Narratives of growing length move every heading and label past a page end at some point.
    for (int k = 4; k <= 10; ++k) {
        QTemporaryDir dir;
        PortfolioStore store;
        ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("k.waymark"))));
        ASSERT_TRUE(store.saveWorker(m_store.worker()));
        for (int i = 1; i <= 3; ++i) {
            Evidence e = makeEvidence(QStringLiteral("Evidence item %1").arg(i), QDate(2025, 1, i));
            QStringList sentences;
            for (int n = 0; n < k * 5 + i * 7; ++n)
                sentences << QStringLiteral("Worked with the family and partner agencies to agree a plan.");
            e.narrative = sentences.join(QLatin1Char(' '));
            ASSERT_GT(store.addEvidence(e, {Mapping{0, 0, {bucks().id, QStringLiteral("r7-key-%1").arg(i)}, QString()}}), 0);
        }
        PanelReportOptions options;
        options.today = QDate(2026, 11, 26);
        PanelReport report(store, bundledLibrary(), options);
        const QString pdf = dir.filePath(QStringLiteral("k.pdf"));
        PanelReportResult result;
        QString error;
        ASSERT_TRUE(report.writePdf(pdf, &result, &error)) << error.toStdString();
        EXPECT_TRUE(qpdfChecks(pdf));
        QStringList keeps{QStringLiteral("Narrative"), QStringLiteral("Reflection"), QStringLiteral("Evidences")};
        for (const Bookmark& b : pdfBookmarks(pdf))
            keeps << b.title;
        const QStringList last = lastBodyLines(pdf, result.pages);
        for (int p = 0; p < last.size(); ++p)
            EXPECT_FALSE(keeps.contains(last[p])) << "k=" << k << ": page " << p + 1 << " ends with " << last[p].toStdString();
    }
}

TEST_F(PanelReportTest, TheCpdTotalIsNeverAloneOnAPage)
{
    // The CPD log starts a page; around 31 entries its total row would fall onto the next one.
    for (int n = 1; n <= 33; ++n) {
        m_store.addCpdEntry({0, QDate(2025, 2, n % 9 + 1), QStringLiteral("Course %1 on practice").arg(n), 1.5, {}, 0});
        if (n < 29)
            continue;
        const QString pdf = m_dir.filePath(QStringLiteral("cpd-%1.pdf").arg(n));
        PanelReportResult result;
        QString error;
        ASSERT_TRUE(exportTo(pdf, &result, &error)) << error.toStdString();
        bool found = false;
        for (int p = 1; p <= result.pages; ++p) {
            const QString words = pdfWords(pdf, p);
            if (!words.contains(QStringLiteral("Total %1").arg(n * 1.5)))
                continue;
            found = true;
            EXPECT_TRUE(words.contains(QStringLiteral("on practice 1.5"))) << n << " entries: page " << p << " holds only the total";
        }
        EXPECT_TRUE(found) << n;
    }
}

TEST_F(PanelReportTest, MatrixShowsTheRoleProfileTheReadinessReportJudges)
{
    // A pathway of capabilities with no steps: readiness judges its first role profile.
    Worker w = m_store.worker();
    w.pathwayId = QStringLiteral("sssc-clf-personal-capabilities");
    w.currentStep.clear();
    w.targetStep.clear();
    ASSERT_TRUE(m_store.saveWorker(w));
    const Pathway& sssc = *bundledLibrary().find(w.pathwayId);
    ASSERT_FALSE(sssc.roleProfiles.isEmpty());
    const RoleProfile& profile = sssc.roleProfiles.first();
    QStringList required, other;
    for (const Group& g : sssc.groups)
        for (const Item& item : g.items) {
            int limit = -1;
            for (const StageRequirement& r : profile.requirements)
                if (r.item == item.id)
                    limit = sssc.stageIndex(r.stage);
            for (const Indicator& ind : item.indicators)
                (sssc.stageIndex(ind.stage) <= limit ? required : other) << sssc.statementOf(ind.id).remove(QRegularExpression(QStringLiteral("\\s")));
        }
    ASSERT_FALSE(required.isEmpty());
    ASSERT_FALSE(other.isEmpty());
    PanelReportOptions options;
    options.today = QDate(2026, 11, 26);
    QString error;
    const QString byDefault = m_dir.filePath(QStringLiteral("profile.pdf"));
    ASSERT_TRUE(exportWith(options, byDefault, nullptr, &error)) << error.toStdString();
    options.allSteps = true;
    const QString all = m_dir.filePath(QStringLiteral("profile-all.pdf"));
    ASSERT_TRUE(exportWith(options, all, nullptr, &error)) << error.toStdString();
    const QString defaultWords = pdfWords(byDefault);
    EXPECT_TRUE(defaultWords.contains(QStringLiteral("the requirements of the role profile %1").arg(profile.title))) << defaultWords.toStdString();
    const QString compactDefault = QString(defaultWords).remove(QLatin1Char(' '));
    const QString compactAll = pdfWords(all).remove(QLatin1Char(' '));
    for (const QString& s : required)
        EXPECT_TRUE(compactDefault.contains(s)) << s.toStdString();
    for (const QString& s : other) {
        EXPECT_FALSE(compactDefault.contains(s)) << s.toStdString();
        EXPECT_TRUE(compactAll.contains(s)) << s.toStdString();
    }
}

// A panel sees what the verdict rests on: a sign-off without evidence, one to be re-confirmed,
// and a judgement that does not change the verdict, each said in the matrix or the history.
TEST_F(PanelReportTest, SignOffsWithoutEvidenceOrOnChangedEvidenceAreSaidAsSuch)
{
    const qint64 changed = addEvidence(QStringLiteral("Mentoring record"), QStringLiteral("Mentored a newly qualified colleague."),
                                       {QStringLiteral("r7-key-1")});
    judge(QStringLiteral("r7-key-1"), Verdict::Reached, QStringLiteral("Clear."));
    Evidence e = *m_store.evidence(changed);
    e.narrative += QStringLiteral(" Added after the sign-off.");
    ASSERT_TRUE(m_store.updateEvidence(e, e.version));
    Judgement bare;
    bare.item = {bucks().id, QStringLiteral("r7-key-2")};
    bare.verdict = Verdict::Reached;
    bare.byName = QStringLiteral("Morgan Lee");
    bare.date = QDate(2026, 5, 1);
    bare.confirmedWithoutEvidence = true;
    ASSERT_GT(m_store.recordJudgement(bare, bucks()), 0);
    Judgement late = bare;
    late.verdict = Verdict::NotYetReached;
    late.date = QDate(2026, 4, 1);
    ASSERT_GT(m_store.recordJudgement(late, bucks()), 0);

    const QString pdf = m_dir.filePath(QStringLiteral("trust.pdf"));
    PanelReportResult result;
    QString error;
    PanelReportOptions options;
    options.today = QDate(2026, 11, 26);
    options.acceptFindings = true;
    ASSERT_TRUE(exportWith(options, pdf, &result, &error)) << error.toStdString();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("None: signed off without evidence"))) << words.left(3000).toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Reached, evidence changed"))) << words.mid(words.indexOf(QStringLiteral("Reached,")) - 100, 300).toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("re-confirming"))) << words.mid(words.indexOf(QStringLiteral("Not yet")), 600).toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("does not change the verdict")));
    EXPECT_TRUE(words.contains(QStringLiteral("Every judgement by its date")));
}
