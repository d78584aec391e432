#include "GuiTestSupport.h"
#include "PdfTestSupport.h"

#include "common/FileDialog.h"
#include "panel/EvidenceChoiceModel.h"
#include "panel/FindingListModel.h"
#include "panel/PanelExportDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QProcess>
#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiPanelExport : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Evidence clean = makeEvidence(QStringLiteral("Team presentation"));
        ASSERT_NE(store().addEvidence(clean), 0);
        Evidence leaky = makeEvidence(QStringLiteral("Phone call"));
        leaky.narrative = QStringLiteral("Rang the family on 07700 900123 and e-mailed jo.bloggs@example.com.");
        m_leaky = store().addEvidence(leaky);
        ASSERT_NE(m_leaky, 0);
    }
    qint64 m_leaky = 0;
};

TEST_F(GuiPanelExport, PersonalDataHoldsTheExportUntilResolved)
{
    PanelExportDialog dialog(session(), window());
    auto tester = checkModel(dialog.findingModel());
    auto choiceTester = checkModel(dialog.evidenceModel());
    ASSERT_GE(dialog.findingModel()->rowCount(), 2);
    EXPECT_EQ(dialog.findingModel()->unresolved(), dialog.findingModel()->rowCount());
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    EXPECT_FALSE(dialog.exportPdf());

    // Keeping every finding deliberately releases the export.
    while (dialog.findingModel()->unresolved() > 0) {
        int row = 0;
        while (dialog.findingModel()->findingAt(row)->confirmed)
            ++row;
        dialog.findingView()->setCurrentIndex(dialog.findingModel()->index(row, 0));
        ASSERT_TRUE(dialog.keepSelectedFinding());
    }
    EXPECT_TRUE(dialog.exportButton()->isEnabled());

    const QString pdf = path(QStringLiteral("panel.pdf"));
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(dialog.exportPdf()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
    EXPECT_GT(dialog.result().pages, 0);
    EXPECT_EQ(dialog.result().evidenceIncluded, 2);
    EXPECT_TRUE(qpdfChecks(pdf));
    EXPECT_TRUE(pdfWords(pdf, 1).contains(QStringLiteral("were kept deliberately by the worker")));
}

TEST_F(GuiPanelExport, PrintingGivesTheSamePagesAsThePdfAfterTheSameCheck)
{
    PanelExportDialog dialog(session(), window());
    // Personal data holds the print as it holds the export.
    EXPECT_FALSE(dialog.printButton()->isEnabled());
    EXPECT_FALSE(dialog.printWithDialog());
    dialog.anywayBox()->setChecked(true);
    EXPECT_TRUE(dialog.printButton()->isEnabled());

    // The button asks which printer first; cancelled, nothing is printed.
    bool asked = false;
    whenDialogOpens<QPrintDialog>([&](QPrintDialog* print) {
        asked = true;
        print->reject();
    });
    QTest::mouseClick(dialog.printButton(), Qt::LeftButton);
    EXPECT_TRUE(asked);
    EXPECT_TRUE(dialog.printerName().isEmpty());

    // A printer that writes its pages to a PDF file: read back, they are the exported ones.
    const QString printed = path(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    ASSERT_TRUE(dialog.print(printer)) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(dialog.printerName(), printed);
    const int printedPages = dialog.result().pages;
    const QString pdf = path(QStringLiteral("panel.pdf"));
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(dialog.exportPdf());
    EXPECT_EQ(pdfInfoField(printed, QStringLiteral("Pages")).toInt(), printedPages);
    EXPECT_EQ(printedPages, dialog.result().pages);
    EXPECT_TRUE(pdfInfoField(printed, QStringLiteral("Page size")).contains(QStringLiteral("A4")))
        << pdfInfoField(printed, QStringLiteral("Page size")).toStdString();
    EXPECT_EQ(pdfWords(printed), pdfWords(pdf));
    EXPECT_TRUE(pdfWords(printed).contains(QStringLiteral("Team presentation")));
}

TEST_F(GuiPanelExport, RedactingShowsTheMatchWholeAndHidesItInThePdfOnly)
{
    // A finding outside the evidence: a comment on an item.
    const Pathway* p = session()->workerPathway();
    ASSERT_NE(p, nullptr);
    ASSERT_GT(store().addComment({0, {p->id, p->assessableIds(p->steps.last().id).first()}, QStringLiteral("Morgan Lee"),
                                  QStringLiteral("manager"), QStringLiteral("Call her back on 07700 900456."), {}}), 0);
    PanelExportDialog dialog(session(), window());
    FindingListModel* model = dialog.findingModel();
    auto tester = checkModel(model);
    int commentRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->findingAt(r)->record.startsWith(QStringLiteral("comment:")))
            commentRow = r;
    ASSERT_GE(commentRow, 0);
    EXPECT_EQ(model->index(commentRow, FindingListModel::MatchColumn).data().toString(), QStringLiteral("07700 900456"));
    EXPECT_TRUE(model->index(commentRow, FindingListModel::WhereColumn).data().toString().startsWith(QStringLiteral("Comment by Morgan Lee")));

    // Redact every finding with the button; nothing is edited, and the export goes ahead.
    const int versionBefore = store().evidence(m_leaky)->version;
    while (model->unresolved() > 0) {
        int row = 0;
        while (model->findingAt(row)->resolved())
            ++row;
        dialog.findingView()->setCurrentIndex(model->index(row, 0));
        QPushButton* redact = dialog.findChild<QPushButton*>(QStringLiteral("redactButton"));
        ASSERT_NE(redact, nullptr);
        ASSERT_TRUE(redact->isEnabled());
        QTest::mouseClick(redact, Qt::LeftButton);
    }
    EXPECT_TRUE(model->index(commentRow, FindingListModel::KindColumn).data().toString().endsWith(QStringLiteral("redacted in the panel copy")));
    EXPECT_EQ(store().evidence(m_leaky)->version, versionBefore);
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
    dialog.allStepsBox()->setChecked(true);
    const QString pdf = path(QStringLiteral("redacted.pdf"));
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(dialog.exportPdf()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(qpdfChecks(pdf));
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("Call her back on [redacted].")));
    EXPECT_FALSE(words.contains(QStringLiteral("07700")));
    EXPECT_FALSE(words.contains(QStringLiteral("jo.bloggs@example.com")));
}

TEST_F(GuiPanelExport, LeavingTheEvidenceOutOrSayingAnywayAlsoWorks)
{
    PanelExportDialog dialog(session(), window());
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    dialog.anywayBox()->setChecked(true);
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
    dialog.anywayBox()->setChecked(false);

    EvidenceChoiceModel* choice = dialog.evidenceModel();
    for (int r = 0; r < choice->rowCount(); ++r)
        if (choice->index(r).data().toString().startsWith(QStringLiteral("Phone call")))
            choice->setData(choice->index(r), Qt::Unchecked, Qt::CheckStateRole);
    EXPECT_EQ(dialog.findingModel()->rowCount(), 0);
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
    FileDialog::setNextFileName(path(QStringLiteral("without-the-call.pdf")));
    ASSERT_TRUE(dialog.exportPdf());
    EXPECT_EQ(dialog.result().evidenceIncluded, 1);
    EXPECT_TRUE(qpdfChecks(path(QStringLiteral("without-the-call.pdf"))));
}

TEST_F(GuiPanelExport, ARoleProfileCanBeWhatThePanelJudges)
{
    Worker w = session()->worker();
    w.pathwayId = QStringLiteral("sssc-clf-personal-capabilities");
    w.currentStep.clear();
    w.targetStep.clear();
    ASSERT_TRUE(store().saveWorker(w));
    PanelExportDialog dialog(session(), window());
    QComboBox* target = dialog.targetBox();
    const int row = target->findText(QStringLiteral("Role profile: Nursery manager"));
    ASSERT_GT(row, 0);
    target->setCurrentIndex(row);
    dialog.anywayBox()->setChecked(true);
    const QString pdf = path(QStringLiteral("nursery-manager.pdf"));
    FileDialog::setNextFileName(pdf);
    ASSERT_TRUE(dialog.exportPdf()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString cover = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    EXPECT_TRUE(cover.contains(QStringLiteral("Seeking: the Nursery manager role profile"))) << cover.toStdString();
    EXPECT_FALSE(cover.contains(QStringLiteral("has no step")));
}

TEST_F(GuiPanelExport, ASubmittedCaseIsPrintedAsFrozenUnlessAWorkingCopyIsChosen)
{
    Evidence audit = makeEvidence(QStringLiteral("Case file audit"));
    audit.narrative = QStringLiteral("Two of the four files were graded Requires improvement.");
    Mapping mapping;
    mapping.item = ItemRef{QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7-key-1")};
    const qint64 id = store().addEvidence(audit, {mapping});
    ASSERT_NE(id, 0);
    CaseActor worker{QStringLiteral("Priya Shah"), QStringLiteral("worker"), false};
    ASSERT_GT(session()->submitCase(QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7"), worker), 0)
        << session()->errorString().toStdString();
    // Rewritten after submitting, with a phone number only the portfolio now holds.
    Evidence rewritten = *store().evidence(id);
    rewritten.narrative = QStringLiteral("All four were graded Outstanding; ring 07700 900456.");
    ASSERT_TRUE(store().updateEvidence(rewritten, rewritten.version));

    PanelExportDialog dialog(session(), window());
    ASSERT_FALSE(dialog.workingCopyBox()->isHidden());
    EXPECT_EQ(dialog.findingModel()->unresolved(), 0) << "the check reads what the case prints: the frozen text, and only the case's evidence";
    const QString frozenPdf = path(QStringLiteral("case.pdf"));
    FileDialog::setNextFileName(frozenPdf);
    ASSERT_TRUE(dialog.exportPdf()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    const QString frozenText = pdfWords(frozenPdf);
    EXPECT_TRUE(frozenText.contains(QStringLiteral("Two of the four files were graded Requires improvement."))) << frozenText.toStdString();
    EXPECT_FALSE(frozenText.contains(QStringLiteral("Outstanding")));
    EXPECT_TRUE(frozenText.contains(QStringLiteral("Changed after this case was submitted on")));

    // A working copy reads, and is checked, as the portfolio is now.
    dialog.workingCopyBox()->setChecked(true);
    EXPECT_GT(dialog.findingModel()->unresolved(), 0);
    EXPECT_FALSE(dialog.exportButton()->isEnabled());
    dialog.anywayBox()->setChecked(true);
    const QString workingPdf = path(QStringLiteral("working.pdf"));
    FileDialog::setNextFileName(workingPdf);
    ASSERT_TRUE(dialog.exportPdf()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    const QString workingText = pdfWords(workingPdf);
    EXPECT_TRUE(workingText.contains(QStringLiteral("All four were graded Outstanding"))) << workingText.toStdString();
    EXPECT_TRUE(workingText.contains(QStringLiteral("Working copy, not the case")));
}

TEST_F(GuiPanelExport, TheFileMenuOffersIt)
{
    EXPECT_TRUE(window()->exportForPanelAction()->isEnabled());
    bool shown = false;
    whenDialogOpens<PanelExportDialog>([&](PanelExportDialog* dialog) {
        shown = true;
        dialog->reject();
    });
    window()->exportForPanelAction()->trigger();
    EXPECT_TRUE(shown);
}

} // namespace
