#include "GuiTestSupport.h"
#include "PdfTestSupport.h"

#include "common/FileDialog.h"
#include "common/OptionalDateEdit.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdListModel.h"
#include "cpd/CpdProfileDialog.h"
#include "cpd/CpdView.h"
#include "cpd/RegulatorStatus.h"
#include "main/MainWindow.h"
#include "overview/OverviewView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

// The regulator's CPD on the desktop: the check on the overview and the CPD screen, the
// record's fields, the HCPC and SSSC profile texts, and the exports.
class GuiRegulator : public GuiTest
{
protected:
    void setWorker(const QString& profession, const QString& body)
    {
        Worker w;
        w.name = QStringLiteral("Sam Rivers");
        w.profession = profession;
        w.registrationBody = body;
        ASSERT_TRUE(store().saveWorker(w));
        session()->undoStack()->clear();
    }

    QString overviewStatus() const { return window()->overview()->regulatorStatus()->textLabel()->text(); }

    // Logs a record through the dialog as a worker would.
    void logCpd(const QString& activity, const QString& peerReflection)
    {
        whenDialogOpens<CpdEntryDialog>([=](CpdEntryDialog* dialog) {
            dialog->activityEdit()->setText(activity);
            dialog->typeBox()->setCurrentText(QStringLiteral("Course or training"));
            dialog->relevanceEdit()->setPlainText(QStringLiteral("I assess capacity weekly"));
            dialog->learntEdit()->setPlainText(QStringLiteral("The two-stage test"));
            dialog->impactPeopleEdit()->setPlainText(QStringLiteral("People are heard first"));
            dialog->peerReflectionEdit()->setPlainText(peerReflection);
            dialog->accept();
        });
        window()->cpd()->addEntry();
    }

    void undo() const
    {
        ASSERT_TRUE(window()->undoAction()->isEnabled());
        window()->undoAction()->trigger();
    }
};

} // namespace

TEST_F(GuiRegulator, OverviewWarnsBeforeTheEndOfTheRegistrationYearUntilTheRecordsMeetIt)
{
    setWorker(QStringLiteral("social-worker"), QStringLiteral("Social Work England"));
    window()->show();
    RegulatorStatus* status = window()->overview()->regulatorStatus();
    ASSERT_TRUE(status->isVisible());
    EXPECT_TRUE(overviewStatus().contains(QStringLiteral("Registration year 1 December 2025 to 30 November 2026")));
    EXPECT_TRUE(overviewStatus().contains(QStringLiteral("182 day(s) left"))) << overviewStatus().toStdString();
    EXPECT_TRUE(overviewStatus().contains(QStringLiteral("No record has a peer reflection")));

    logCpd(QStringLiteral("Mental Capacity Act course"), QString());
    logCpd(QStringLiteral("Team reflective session"), QStringLiteral("Sam asked how I weigh wishes"));
    const QList<CpdEntry> entries = store().cpdEntries();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries[1].peerReflection, QStringLiteral("Sam asked how I weigh wishes"));
    EXPECT_EQ(entries[1].type, QStringLiteral("Course or training"));
    EXPECT_EQ(entries[1].impactPeople, QStringLiteral("People are heard first"));
    EXPECT_TRUE(overviewStatus().contains(QStringLiteral("meets Social Work England's requirement"))) << overviewStatus().toStdString();
    EXPECT_EQ(window()->cpd()->model()->index(1, CpdListModel::PeerColumn).data().toString(), QStringLiteral("Yes"));

    undo(); // the record with the peer reflection
    EXPECT_TRUE(overviewStatus().contains(QStringLiteral("No record has a peer reflection"))) << overviewStatus().toStdString();
    // Social Work England asks for no profile texts, nor the SSSC's element.
    EXPECT_FALSE(window()->cpd()->profileButton()->isVisibleTo(window()->cpd()));
    CpdEntryDialog dialog(session(), CpdEntry(), window());
    EXPECT_FALSE(dialog.elementBox()->isVisibleTo(&dialog));
}

TEST_F(GuiRegulator, HcpcProfileTextsAreCountedSavedUndoneAndExported)
{
    setWorker(QStringLiteral("occupational-therapist"), QStringLiteral("HCPC"));
    ASSERT_GT(store().addCpdEntry(CpdEntry{0, QDate(2026, 2, 1), QStringLiteral("Splinting workshop"), 6, {}, 0,
                                           QStringLiteral("Formal and educational")}), 0);
    CpdView* cpd = window()->cpd();
    ASSERT_TRUE(cpd->profileButton()->isVisibleTo(cpd));
    whenDialogOpens<CpdProfileDialog>([](CpdProfileDialog* dialog) {
        EXPECT_EQ(dialog->elementsEdit(), nullptr); // the SSSC's texts are not asked of an OT
        dialog->statementEdit()->setPlainText(QStringLiteral("My record is continuous and accurate."));
        EXPECT_EQ(dialog->statementCount()->text(), QStringLiteral("6 words (up to 1,500)"));
        dialog->summaryEdit()->setPlainText(QStringLiteral("word ").repeated(501));
        EXPECT_EQ(dialog->summaryCount()->text(), QStringLiteral("501 words (up to 500)"));
        dialog->accept();
    });
    cpd->editProfile();
    EXPECT_EQ(store().cpdText(CpdText::PersonalStatement), QStringLiteral("My record is continuous and accurate."));
    EXPECT_TRUE(cpd->regulatorStatus()->textLabel()->text().contains(QStringLiteral("has 501 words; HCPC asks for up to 500")));
    EXPECT_TRUE(cpd->regulatorStatus()->textLabel()->text().contains(QStringLiteral("The activities are not a mixture")));

    undo(); // both texts, as they were saved together
    EXPECT_EQ(store().cpdText(CpdText::PersonalStatement), QString());
    EXPECT_EQ(store().cpdText(CpdText::PracticeSummary), QString());
    window()->redoAction()->trigger();
    EXPECT_EQ(store().cpdText(CpdText::PersonalStatement), QStringLiteral("My record is continuous and accurate."));

    cpd->copyForRegulator();
    const QString copied = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(copied.contains(QStringLiteral("HCPC CPD: Sam Rivers")));
    EXPECT_TRUE(copied.contains(QStringLiteral("1 February 2026: Splinting workshop (Formal and educational)")));

    const QString pdf = path(QStringLiteral("hcpc.pdf"));
    FileDialog::setNextFileName(pdf);
    cpd->exportPdf();
    const QString words = pdfWords(pdf);
    EXPECT_TRUE(words.contains(QStringLiteral("HCPC CPD profile"))) << words.toStdString();
    EXPECT_TRUE(words.contains(QStringLiteral("Personal statement 6 words (up to 1,500)")));
    EXPECT_TRUE(words.contains(QStringLiteral("My record is continuous and accurate.")));
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiRegulator, SsscElementsAndDeclarationDateDecideTheYearAndWhatIsCovered)
{
    setWorker(QStringLiteral("social-services-worker"), QStringLiteral("SSSC"));
    whenDialogOpens<CpdProfileDialog>([](CpdProfileDialog* dialog) {
        EXPECT_EQ(dialog->statementEdit(), nullptr);
        dialog->elementsEdit()->setPlainText(QStringLiteral("Trauma-informed practice\nProtection"));
        dialog->declarationEdit()->setDate(QDate(2023, 9, 15));
        dialog->accept();
    });
    window()->cpd()->editProfile();
    EXPECT_EQ(store().cpdText(CpdText::DeclarationDate), QStringLiteral("2023-09-15"));
    whenDialogOpens<CpdEntryDialog>([](CpdEntryDialog* dialog) {
        ASSERT_TRUE(dialog->elementBox()->isVisibleTo(dialog));
        EXPECT_EQ(dialog->elementBox()->count(), 3); // none, and the two elements
        dialog->activityEdit()->setText(QStringLiteral("Trauma module"));
        dialog->elementBox()->setCurrentIndex(1);
        dialog->learntEdit()->setPlainText(QStringLiteral("Safety first"));
        dialog->accept();
    });
    window()->cpd()->addEntry();
    EXPECT_EQ(store().cpdEntries().first().learningElement, QStringLiteral("Trauma-informed practice"));
    const QString status = window()->cpd()->regulatorStatus()->textLabel()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("Declaration year 16 September 2025 to 15 September 2026"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("1 of 2 core learning elements covered")));
    EXPECT_TRUE(status.contains(QStringLiteral("“Protection”")));
    EXPECT_TRUE(status.contains(QStringLiteral("says nothing about its contribution to practice")));
}

TEST_F(GuiRegulator, NoRegulatorWaymarkKnowsShowsNothingOfIt)
{
    setWorker(QStringLiteral("social-worker"), QStringLiteral("Social Care Wales"));
    window()->show();
    EXPECT_FALSE(window()->overview()->regulatorStatus()->isVisible());
    window()->showScreen(MainWindow::Screen::Cpd);
    EXPECT_FALSE(window()->cpd()->regulatorStatus()->isVisible());
    EXPECT_FALSE(window()->cpd()->profileButton()->isVisible());
}

TEST_F(GuiRegulator, PersonalDataIsShownBeforeAnExportAndNotExportedWhenTheWorkerSaysNo)
{
    setWorker(QStringLiteral("social-worker"), QStringLiteral("Social Work England"));
    CpdEntry e{0, QDate(2026, 2, 1), QStringLiteral("Home visit debrief"), 1, {}, 0};
    e.peerReflection = QStringLiteral("Kim and I talked about the visit to SW1A 1AA");
    ASSERT_GT(store().addCpdEntry(e), 0);
    QGuiApplication::clipboard()->clear();
    const QString pdf = path(QStringLiteral("swe.pdf"));
    FileDialog::setNextFileName(pdf);
    MessageBox::setAutoAnswer(QMessageBox::NoButton);
    MessageBox::setNextAnswer(QMessageBox::No);
    window()->cpd()->exportPdf();
    EXPECT_FALSE(QFile::exists(pdf));
    ASSERT_EQ(MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("CPD record 1 of 1 (Peer reflection): Postcode “SW1A 1AA”")))
        << MessageBox::shownTexts().first().toStdString();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window()->cpd()->copyForRegulator();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("Peer reflection: Kim and I talked about the visit to SW1A 1AA")));
}
