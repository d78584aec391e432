#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/PanelReport.h"

#include <QDir>
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
    QProcess p;
    p.start(tool, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext's words in drawing order (each table cell whole) with line breaks folded, so
// statements that wrap compare whole.
QString pdfWords(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")}).simplified();
}

QString pdfInfoField(const QString& info, const QString& field)
{
    const QRegularExpression re(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return re.match(info).captured(1).trimmed();
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
        PanelReport report(m_store, bundledLibrary(), options);
        return report.writePdf(path, result, error);
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
    for (const Judgement& j : m_store.judgements())
        EXPECT_TRUE(words.contains(j.comment)) << j.comment.toStdString();
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
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_EQ(pdfInfoField(info, QStringLiteral("Pages")).toInt(), result.pages);
    EXPECT_GE(result.pages, 6);
    EXPECT_EQ(pdfInfoField(info, QStringLiteral("Title")), QStringLiteral("Portfolio of Alex Practitioner for Advanced Practitioner Range 7"));
    EXPECT_EQ(pdfInfoField(info, QStringLiteral("Author")), QStringLiteral("Alex Practitioner"));
    EXPECT_EQ(pdfInfoField(info, QStringLiteral("Creator")), QStringLiteral("Waymark"));
    EXPECT_TRUE(pdfInfoField(info, QStringLiteral("Page size")).endsWith(QStringLiteral("(A4)")));
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
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    EXPECT_TRUE(bytes.contains("/Type /Outlines"));
    EXPECT_EQ(bytes.count("/Dest ["), 7 + 12); // contents, six sections and the twelve evidence items
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
    Worker w = *m_store.worker();
    w.pathwayId.clear();
    m_store.saveWorker(w);
    EXPECT_FALSE(exportTo(pdf, nullptr, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("pathway")));
    EXPECT_EQ(fileHash(pdf), QCryptographicHash::hash("previous export", QCryptographicHash::Sha256));
    EXPECT_FALSE(QDir(m_dir.path()).entryList({QStringLiteral("keep.pdf*")}).size() > 1);
}

TEST_F(PanelReportTest, ARoleProfileTargetIsOnTheCoverAndJudged)
{
    Worker w = *m_store.worker();
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
