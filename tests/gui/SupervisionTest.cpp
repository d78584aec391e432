#include "GuiTestSupport.h"

#include "common/ItemTreeModel.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceView.h"
#include "matrix/ItemDetailPanel.h"
#include "matrix/MatrixFilterModel.h"
#include "matrix/MatrixModel.h"
#include "matrix/MatrixView.h"
#include "overview/OverviewView.h"
#include "overview/ReadinessModel.h"
#include "supervision/JudgementHistoryModel.h"
#include "supervision/ReconfirmDialog.h"
#include "supervision/SessionDialog.h"
#include "supervision/SessionListModel.h"
#include "supervision/SignOffDialog.h"
#include "supervision/SupervisionView.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeView>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiSupervision : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
    }

    // Every R7 competency but one is already signed off, so that one sign-off decides.
    void reachAllR7But(const QString& left)
    {
        const Pathway* p = bundledLibrary().find(bucks(QString()).pathwayId);
        for (const QString& id : p->assessableIds(QStringLiteral("r7-key"))) {
            if (id == left)
                continue;
            Judgement j;
            j.item = bucks(id);
            j.verdict = Verdict::Reached;
            j.byName = QStringLiteral("Dana Okafor");
            j.date = QDate(2026, 5, 1);
            j.confirmedWithoutEvidence = true;
            ASSERT_NE(session()->recordJudgement(j), 0) << session()->errorString().toStdString();
        }
    }

    QString verdict() const { return window()->overview()->verdictLabel()->text(); }

    void clickRecord(SignOffDialog* dialog)
    {
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
};

TEST_F(GuiSupervision, ReadyForReviewThenSignOffTurnsTheVerdictToReady)
{
    reachAllR7But(QStringLiteral("r7-key-4"));
    const ItemRef item = bucks(QStringLiteral("r7-key-4"));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready for Advanced Practitioner Range 7")))
        << verdict().toStdString();

    // The worker writes evidence for the last competency, mapped to it.
    window()->showScreen(MainWindow::Screen::Evidence);
    window()->evidence()->newEvidence({ item });
    EvidenceEditor* editor = window()->evidence()->editor();
    QTest::keyClicks(editor->titleEdit(), QStringLiteral("Mentored an ASYE colleague"));
    ASSERT_TRUE(editor->save());

    // In the matrix, the worker marks it ready for review: a lesser act than a sign-off.
    window()->showScreen(MainWindow::Screen::Matrix);
    MatrixView* matrix = window()->matrix();
    ASSERT_TRUE(matrix->showItem(item));
    EXPECT_EQ(matrix->selectedItems(), QList<ItemRef> { item });
    matrix->findChild<QLineEdit*>(QStringLiteral("readyNote"))->setText(QStringLiteral("Mentoring finished in April."));
    matrix->readyForReviewAction()->trigger();
    std::optional<Judgement> latest = store().latestJudgement(item);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->verdict, Verdict::ReadyForReview);
    EXPECT_EQ(latest->byName, QStringLiteral("Priya Shah"));
    EXPECT_EQ(latest->comment, QStringLiteral("Mentoring finished in April."));
    EXPECT_EQ(latest->evidence.size(), 1);
    const QModelIndex row = matrix->model()->indexOf(item);
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Ready for review"));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready"))) << "ready for review is not reached";
    // The overview says it is awaiting sign-off.
    bool awaiting = false;
    ReadinessModel* readiness = window()->overview()->readinessModel();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int r = 0; r < readiness->rowCount(parent); ++r) {
            const QModelIndex i = readiness->index(r, 0, parent);
            awaiting = awaiting || i.data().toString().contains(QStringLiteral("ready for review, awaiting sign-off"));
            walk(i);
        }
    };
    walk(QModelIndex());
    EXPECT_TRUE(awaiting);

    // The supervisor signs it off, starting from the matrix selection.
    bool signedOff = false;
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        EXPECT_EQ(dialog->itemModel()->checked(), QList<ItemRef> { item });
        EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("Dana Okafor")) << "the supervisor from the profile";
        // No verdict is chosen for the supervisor, and nothing can be recorded until one is.
        EXPECT_FALSE(dialog->reachedButton()->isChecked());
        EXPECT_FALSE(dialog->notYetButton()->isChecked());
        EXPECT_FALSE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::mouseClick(dialog->reachedButton(), Qt::LeftButton);
        EXPECT_TRUE(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->commentEdit()->setPlainText(QStringLiteral("Clear evidence of developing others."));
        signedOff = true;
        clickRecord(dialog);
    });
    matrix->signOffAction()->trigger();
    EXPECT_TRUE(signedOff);
    latest = store().latestJudgement(item);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->verdict, Verdict::Reached);
    EXPECT_EQ(latest->byName, QStringLiteral("Dana Okafor"));
    EXPECT_EQ(latest->byRole, QStringLiteral("Team manager"));
    EXPECT_EQ(latest->date, today());
    EXPECT_EQ(latest->comment, QStringLiteral("Clear evidence of developing others."));

    // The overview's verdict changes at once.
    EXPECT_EQ(verdict(), QStringLiteral("Ready for Advanced Practitioner Range 7: every requirement is met."))
        << verdict().toStdString();
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Reached"));
    // The item's history shows both, newest first, and is never editable.
    JudgementHistoryModel* history = matrix->detail()->historyModel();
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_EQ(history->index(0, JudgementHistoryModel::VerdictColumn).data().toString(), QStringLiteral("Reached"));
    EXPECT_EQ(
        history->index(1, JudgementHistoryModel::VerdictColumn).data().toString(), QStringLiteral("Ready for review"));
    EXPECT_FALSE(history->flags(history->index(0, 0)) & Qt::ItemIsEditable);
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiSupervision, MatrixActionsAreLiveOnlyOnTheMatrix)
{
    ASSERT_TRUE(window()->matrix()->showItem(bucks(QStringLiteral("r7-key-1"))));
    window()->showScreen(MainWindow::Screen::Evidence);
    EXPECT_FALSE(window()->matrix()->readyForReviewAction()->isEnabled())
        << "Ctrl+R elsewhere must not act on a hidden selection";
    window()->showScreen(MainWindow::Screen::Matrix);
    EXPECT_TRUE(window()->matrix()->readyForReviewAction()->isEnabled());
}

TEST_F(GuiSupervision, ReadyForReviewWithoutEvidenceAsksFirst)
{
    MatrixView* matrix = window()->matrix();
    ASSERT_TRUE(matrix->showItem(bucks(QStringLiteral("r7-key-1"))));
    MessageBox::setNextAnswer(QMessageBox::No);
    EXPECT_FALSE(matrix->markReadyForReview());
    EXPECT_TRUE(store().judgements().isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_TRUE(matrix->markReadyForReview());
    EXPECT_EQ(store().judgements().size(), 1);
}

TEST_F(GuiSupervision, SignsOffSeveralItemsAsNotYetReached)
{
    MatrixView* matrix = window()->matrix();
    // A whole group selected in the matrix preselects every item under it.
    const QModelIndex group
        = matrix->filterModel()->mapFromSource(matrix->model()->indexOf(bucks(QStringLiteral("r6-entry"))));
    ASSERT_TRUE(group.isValid());
    matrix->tree()->selectionModel()->setCurrentIndex(
        group, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    EXPECT_EQ(matrix->selectedItems().size(), 5);
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        EXPECT_EQ(dialog->itemModel()->checked().size(), 5);
        // Untick one.
        dialog->itemModel()->setData(
            dialog->itemModel()->indexOf(bucks(QStringLiteral("r6-entry-5"))), Qt::Unchecked, Qt::CheckStateRole);
        QTest::mouseClick(dialog->notYetButton(), Qt::LeftButton);
        dialog->dateEdit()->setDate(QDate(2026, 5, 20));
        dialog->commentEdit()->setPlainText(QStringLiteral("More evidence of ASYE completion needed."));
        clickRecord(dialog);
    });
    EXPECT_EQ(window()->supervision()->signOff(matrix->selectedItems()), 4);
    const QList<Judgement> all = store().judgements();
    ASSERT_EQ(all.size(), 4);
    for (const Judgement& j : all) {
        EXPECT_EQ(j.verdict, Verdict::NotYetReached);
        EXPECT_EQ(j.date, QDate(2026, 5, 20));
    }
    // The log is read when the screen shows.
    window()->show();
    window()->showScreen(MainWindow::Screen::Supervision);
    EXPECT_EQ(window()->supervision()->historyModel()->rowCount(), 4);
    const QModelIndex row = matrix->model()->indexOf(bucks(QStringLiteral("r6-entry-1")));
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Not yet"));
}

TEST_F(GuiSupervision, SignOffNeedsAName)
{
    Worker w = session()->worker();
    w.supervisorName.clear();
    ASSERT_TRUE(store().saveWorker(w));
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        QTest::mouseClick(dialog->notYetButton(), Qt::LeftButton);
        clickRecord(dialog);
        EXPECT_TRUE(dialog->isVisible()) << "the dialog stays open with what was typed";
        ASSERT_FALSE(MessageBox::shownTexts().isEmpty());
        EXPECT_TRUE(MessageBox::shownTexts().last().contains(QStringLiteral("name")));
        dialog->reject();
    });
    EXPECT_EQ(window()->supervision()->signOff({ bucks(QStringLiteral("r7-key-1")) }), 0);
    EXPECT_TRUE(store().judgements().isEmpty());
}

TEST_F(GuiSupervision, EditedEvidenceIsFlaggedOnTheSignOff)
{
    Evidence e = makeEvidence(QStringLiteral("Audit"));
    Mapping m;
    m.item = bucks(QStringLiteral("r6-key-3"));
    const qint64 id = store().addEvidence(e, { m });
    Judgement j;
    j.item = m.item;
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Dana Okafor");
    j.date = today();
    ASSERT_NE(session()->recordJudgement(j), 0);
    MatrixView* matrix = window()->matrix();
    const QModelIndex row = matrix->model()->indexOf(m.item);
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Reached"));

    ASSERT_TRUE(window()->evidence()->showEvidence(id));
    window()->evidence()->editor()->titleEdit()->end(false);
    QTest::keyClicks(window()->evidence()->editor()->titleEdit(), QStringLiteral(", corrected"));
    ASSERT_TRUE(window()->evidence()->editor()->save());

    EXPECT_TRUE(
        row.siblingAtColumn(MatrixModel::StatusColumn).data().toString().contains(QStringLiteral("evidence changed")));
    ASSERT_TRUE(matrix->showItem(m.item));
    JudgementHistoryModel* history = matrix->detail()->historyModel();
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_TRUE(history->index(0, 0).data(JudgementHistoryModel::EvidenceChangedRole).toBool());
    EXPECT_TRUE(history->index(0, JudgementHistoryModel::EvidenceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("changed since")));
}

TEST_F(GuiSupervision, RecordsASessionWithTheItemsDiscussed)
{
    whenDialogOpens<SessionDialog>([&](SessionDialog* dialog) {
        EXPECT_EQ(dialog->supervisorEdit()->text(), QStringLiteral("Dana Okafor"));
        dialog->notesEdit()->setPlainText(QStringLiteral("Talked about leadership."));
        dialog->itemModel()->setData(
            dialog->itemModel()->indexOf(bucks(QStringLiteral("r7-key-4"))), Qt::Checked, Qt::CheckStateRole);
        dialog->accept();
    });
    window()->supervision()->newSessionAction()->trigger();
    const QList<SupervisionSession> sessions = store().sessions();
    ASSERT_EQ(sessions.size(), 1);
    EXPECT_EQ(sessions[0].notes, QStringLiteral("Talked about leadership."));
    EXPECT_EQ(sessions[0].itemsDiscussed, QList<ItemRef> { bucks(QStringLiteral("r7-key-4")) });
    window()->show();
    window()->showScreen(MainWindow::Screen::Supervision);
    EXPECT_EQ(window()->supervision()->sessionModel()->rowCount(), 1);
}

TEST_F(GuiSupervision, CommentsShowInTheMatrix)
{
    window()->showScreen(MainWindow::Screen::Matrix);
    MatrixView* matrix = window()->matrix();
    ASSERT_TRUE(matrix->showItem(bucks(QStringLiteral("r7-key-6"))));
    whenDialogOpens<QDialog>([&](QDialog* dialog) {
        dialog->findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("Discussed in supervision."));
        dialog->accept();
    });
    matrix->commentAction()->trigger();
    ASSERT_EQ(store().comments(bucks(QStringLiteral("r7-key-6"))).size(), 1);
    const QModelIndex row = matrix->model()->indexOf(bucks(QStringLiteral("r7-key-6")));
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::CommentsColumn).data().toString(),
        QStringLiteral("Priya Shah: Discussed in supervision."));
    EXPECT_EQ(matrix->model()->headerData(MatrixModel::CommentsColumn, Qt::Horizontal).toString(),
        QStringLiteral("Manager and worker comments"));
    EXPECT_EQ(matrix->model()->headerData(MatrixModel::StatusColumn, Qt::Horizontal).toString(),
        QStringLiteral("Competency reached?"));
}

} // namespace

TEST_F(GuiSupervision, ReachedWithoutEvidenceIsAskedForAndShownAsSuch)
{
    const ItemRef item = bucks(QStringLiteral("r7-key-4"));
    MatrixView* matrix = window()->matrix();
    window()->showScreen(MainWindow::Screen::Matrix);
    ASSERT_TRUE(matrix->showItem(item));
    int asked = 0;
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        QTest::mouseClick(dialog->reachedButton(), Qt::LeftButton);
        // Without evidence the comment is the only record of why: it is asked for first.
        MessageBox::clearShownTexts();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickRecord(dialog);
        EXPECT_TRUE(MessageBox::shownTexts().value(0).contains(QStringLiteral("say in the comment what they were judged on")))
            << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
        EXPECT_TRUE(store().judgements(item).isEmpty());
        dialog->commentEdit()->setPlainText(QStringLiteral("Observed directly in a joint visit."));
        MessageBox::clearShownTexts();
        MessageBox::setNextAnswer(QMessageBox::No);
        clickRecord(dialog);
        asked += MessageBox::shownTexts().size();
        EXPECT_TRUE(dialog->isVisible()) << "declining leaves the form as it was";
        EXPECT_TRUE(store().judgements(item).isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        clickRecord(dialog);
    });
    matrix->signOffAction()->trigger();
    EXPECT_EQ(asked, 1);
    EXPECT_TRUE(MessageBox::shownTexts().value(0).contains(QStringLiteral("no evidence mapped"))) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    const std::optional<Judgement> latest = store().latestJudgement(item);
    ASSERT_TRUE(latest);
    EXPECT_TRUE(latest->signedOffWithoutEvidence());
    const QModelIndex row = matrix->model()->indexOf(item);
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Reached, without evidence"));
    EXPECT_EQ(matrix->detail()->historyModel()->index(0, JudgementHistoryModel::EvidenceColumn).data().toString(),
        QStringLiteral("None: signed off without evidence"));
}

TEST_F(GuiSupervision, ChangedEvidenceIsReconfirmedFromTheMatrix)
{
    reachAllR7But(QStringLiteral("r7-key-4"));
    const ItemRef item = bucks(QStringLiteral("r7-key-4"));
    Evidence e;
    e.title = QStringLiteral("Mentored an ASYE colleague");
    e.date = QDate(2026, 4, 2);
    const qint64 id = store().addEvidence(e, { Mapping { 0, 0, item, QString() } });
    ASSERT_NE(id, 0);
    Judgement j;
    j.item = item;
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Dana Okafor");
    j.date = QDate(2026, 5, 1);
    ASSERT_NE(session()->recordJudgement(j), 0) << session()->errorString().toStdString();
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Ready"))) << verdict().toStdString();

    e = *store().evidence(id);
    e.narrative = QStringLiteral("Rewritten after the sign-off.");
    ASSERT_TRUE(store().updateEvidence(e, e.version));
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Not yet ready"))) << verdict().toStdString();
    EXPECT_TRUE(verdict().contains(QStringLiteral("re-confirming"))) << verdict().toStdString();

    window()->showScreen(MainWindow::Screen::Matrix);
    MatrixView* matrix = window()->matrix();
    ASSERT_TRUE(matrix->showItem(item));
    const QModelIndex row = matrix->model()->indexOf(item);
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Re-confirm: evidence changed"));
    ASSERT_TRUE(matrix->reconfirmAction()->isEnabled());
    bool opened = false;
    whenDialogOpens<ReconfirmDialog>([&](ReconfirmDialog* dialog) {
        opened = true;
        EXPECT_EQ(dialog->nameEdit()->text(), QStringLiteral("Dana Okafor")) << "the supervisor from the profile";
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    matrix->reconfirmAction()->trigger();
    EXPECT_TRUE(opened);
    const std::optional<Judgement> latest = store().latestJudgement(item);
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->date, today());
    EXPECT_FALSE(latest->evidenceChanged);
    EXPECT_EQ(row.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Reached"));
    EXPECT_FALSE(matrix->reconfirmAction()->isEnabled());
    EXPECT_TRUE(verdict().startsWith(QStringLiteral("Ready"))) << verdict().toStdString();
}

TEST_F(GuiSupervision, AJudgementDatedBeforeTheCurrentOneIsSaidNotToChangeTheVerdict)
{
    const ItemRef item = bucks(QStringLiteral("r7-key-4"));
    Judgement j;
    j.item = item;
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Dana Okafor");
    j.date = QDate(2026, 5, 20);
    j.confirmedWithoutEvidence = true;
    ASSERT_NE(session()->recordJudgement(j), 0);
    window()->showScreen(MainWindow::Screen::Matrix);
    MatrixView* matrix = window()->matrix();
    ASSERT_TRUE(matrix->showItem(item));
    MessageBox::clearShownTexts();
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        dialog->notYetButton()->setChecked(true);
        dialog->dateEdit()->setDate(QDate(2026, 5, 1));
        EXPECT_EQ(dialog->dateEdit()->maximumDate(), today());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        clickRecord(dialog);
    });
    matrix->signOffAction()->trigger();
    EXPECT_TRUE(MessageBox::shownTexts().join(QString()).contains(QStringLiteral("do not change the verdict")))
        << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(store().latestJudgement(item)->verdict, Verdict::Reached);
    JudgementHistoryModel* history = matrix->detail()->historyModel();
    ASSERT_EQ(history->rowCount(), 2);
    EXPECT_EQ(history->index(1, JudgementHistoryModel::VerdictColumn).data().toString(),
        QStringLiteral("Not yet reached (does not change the verdict)"));
}
