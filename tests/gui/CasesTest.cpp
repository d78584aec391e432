#include "GuiTestSupport.h"

#include "cases/CaseListModel.h"
#include "cases/CasesView.h"
#include "common/FileDialog.h"
#include "PdfTestSupport.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiCases : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Mapping m;
        m.item = bucks(QStringLiteral("r7-key-1"));
        m_evidenceId = store().addEvidence(makeEvidence(QStringLiteral("Complex safeguarding case")), {m});
        ASSERT_GT(m_evidenceId, 0);
        m_view = window()->cases();
        window()->showScreen(MainWindow::Screen::Cases);
        QApplication::processEvents();
    }

    qint64 submitted()
    {
        const qint64 id = store().submitCase(bundledLibrary(), QStringLiteral("buckinghamshire-social-worker-r6-r7"), QStringLiteral("r7"),
                                             CaseActor{QStringLiteral("Priya Shah"), QStringLiteral("worker"), false});
        EXPECT_GT(id, 0) << store().errorString().toStdString();
        return id;
    }

    qint64 m_evidenceId = 0;
    CasesView* m_view = nullptr;
};

} // namespace

TEST_F(GuiCases, TheWorkerSubmitsAndSeesTheFrozenSnapshot)
{
    const auto tester = checkModel(m_view->model());
    EXPECT_EQ(m_view->nameEdit()->text(), QStringLiteral("Priya Shah"));
    EXPECT_EQ(m_view->targetBox()->currentText(), QStringLiteral("Advanced Practitioner Range 7"));
    EXPECT_TRUE(m_view->submitButton()->isVisibleTo(m_view));
    EXPECT_FALSE(m_view->decideButton()->isVisibleTo(m_view));

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    EXPECT_TRUE(store().cases().isEmpty()) << "answered No: nothing submitted";

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->submitButton(), Qt::LeftButton);
    ASSERT_EQ(store().cases().size(), 1) << MessageBox::shownTexts().join(u'\n').toStdString();
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    EXPECT_EQ(m_view->table()->currentIndex().row(), 0);
    const QString detail = m_view->detail()->toPlainText();
    EXPECT_TRUE(detail.contains(QStringLiteral("Awaits the Manager (stage 1 of 3)"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("Submitted by Priya Shah (Worker, not signed in)"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(QStringLiteral("version 1: Complex safeguarding case"))) << detail.toStdString();
    EXPECT_TRUE(detail.contains(store().cases().first().snapshot.sha256));

    // Later edits do not reach what the approvers see.
    Evidence e = *store().evidence(m_evidenceId);
    e.title = QStringLiteral("Retitled after submitting");
    ASSERT_TRUE(store().updateEvidence(e, 1));
    QApplication::processEvents();
    m_view->refresh();
    EXPECT_TRUE(m_view->detail()->toPlainText().contains(QStringLiteral("version 1: Complex safeguarding case")));
    EXPECT_FALSE(m_view->detail()->toPlainText().contains(QStringLiteral("Retitled")));
}

TEST_F(GuiCases, EachRoleSeesWhatAwaitsItAndADecisionIsConfirmedNotUndone)
{
    const qint64 id = submitted();
    m_view->setActingAs(QStringLiteral("head-of-service"));
    EXPECT_EQ(m_view->model()->rowCount(), 0);
    EXPECT_TRUE(m_view->detail()->toPlainText().contains(QStringLiteral("No case awaits the Head of service")));
    EXPECT_TRUE(m_view->decideButton()->isVisibleTo(m_view));
    EXPECT_FALSE(m_view->submitButton()->isVisibleTo(m_view));

    m_view->setActingAs(QStringLiteral("manager"));
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    EXPECT_TRUE(m_view->decideButton()->isEnabled());
    EXPECT_TRUE(m_view->nameEdit()->text().isEmpty()) << "an approver types their own name";
    m_view->nameEdit()->setText(QStringLiteral("Mo Khan"));

    // Declining without reasons is refused, and nothing is recorded.
    m_view->decisionBox()->setCurrentIndex(m_view->decisionBox()->findData(QStringLiteral("decline")));
    MessageBox::clearShownTexts();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->decideButton(), Qt::LeftButton);
    EXPECT_EQ(store().progressionCase(id)->events.size(), 1);
    ASSERT_EQ(MessageBox::shownTexts().size(), 2);
    EXPECT_TRUE(MessageBox::shownTexts()[0].contains(QStringLiteral("cannot be undone"))) << MessageBox::shownTexts()[0].toStdString();
    EXPECT_TRUE(MessageBox::shownTexts()[1].contains(QStringLiteral("reasons"))) << MessageBox::shownTexts()[1].toStdString();

    const int undoable = session()->undoStack()->count();
    m_view->decisionBox()->setCurrentIndex(m_view->decisionBox()->findData(QStringLiteral("recommend")));
    m_view->reasonEdit()->setPlainText(QStringLiteral("Ready for the Head of Service."));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->decideButton(), Qt::LeftButton);
    const ProgressionCase c = *store().progressionCase(id);
    ASSERT_EQ(c.events.size(), 2);
    EXPECT_EQ(c.events[1].by.name, QStringLiteral("Mo Khan"));
    EXPECT_EQ(c.events[1].by.role, QStringLiteral("manager"));
    EXPECT_FALSE(c.events[1].by.signedIn);
    EXPECT_EQ(c.events[1].reason, QStringLiteral("Ready for the Head of Service."));
    EXPECT_EQ(session()->undoStack()->count(), undoable) << "a decision is not put on the undo stack";
    EXPECT_EQ(m_view->model()->rowCount(), 0) << "it now awaits the Head of Service, not the manager";
    EXPECT_TRUE(MessageBox::shownTexts().last().contains(QStringLiteral("Mo Khan (Manager, not signed in)")));

    m_view->setActingAs(QStringLiteral("head-of-service"));
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    EXPECT_TRUE(m_view->detail()->toPlainText().contains(QStringLiteral("Recommended by Mo Khan (Manager, not signed in)")))
        << m_view->detail()->toPlainText().toStdString();
}

TEST_F(GuiCases, TheWorkerWithdrawsACaseBeforeItIsDecided)
{
    const qint64 id = submitted();
    m_view->refresh();
    ASSERT_EQ(m_view->model()->rowCount(), 1);
    m_view->table()->setCurrentIndex(m_view->model()->index(0, 0));
    EXPECT_TRUE(m_view->withdrawButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_view->withdrawButton(), Qt::LeftButton);
    EXPECT_EQ(store().progressionCase(id)->status(), CaseStatus::Withdrawn);
    EXPECT_FALSE(m_view->withdrawButton()->isEnabled());
    EXPECT_TRUE(m_view->detail()->toPlainText().contains(QStringLiteral("Withdrawn")));
    EXPECT_FALSE(m_view->letterButton()->isEnabled()) << "a withdrawn case has no decision to write";
}

TEST_F(GuiCases, TheWorkerWritesTheLetterOfACaseReferredBack)
{
    const qint64 id = submitted();
    ASSERT_TRUE(store().decideCase(id, CaseAction::ReferBack, QStringLiteral("Add a second source of feedback."),
                                   CaseActor{QStringLiteral("Mo Khan"), QStringLiteral("manager"), false}));
    QApplication::processEvents();
    m_view->table()->setCurrentIndex(m_view->model()->index(0, 0));
    ASSERT_TRUE(m_view->letterButton()->isEnabled());
    const QString pdf = path(QStringLiteral("letter.pdf"));
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(m_view->letterButton(), Qt::LeftButton);
    const QString text = pdfWords(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Decision: Referred back"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Add a second source of feedback.")));
    EXPECT_TRUE(text.contains(store().progressionCase(id)->snapshot.sha256));
}
