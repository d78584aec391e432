#include "GuiTestSupport.h"

#include "common/ItemTreeModel.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdListModel.h"
#include "cpd/CpdView.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceListModel.h"
#include "evidence/EvidenceView.h"
#include "main/StatusNotice.h"
#include "plan/PlanItemDialog.h"
#include "plan/PlanListModel.h"
#include "plan/PlanView.h"
#include "profile/AwardDialog.h"
#include "profile/AwardListModel.h"
#include "profile/ProfileView.h"
#include "profile/RoleDialog.h"
#include "profile/RoleListModel.h"
#include "supervision/SessionDialog.h"
#include "supervision/SessionListModel.h"
#include "supervision/SupervisionView.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

// Each write made through a screen is undone and redone from Edit > Undo and Redo, and the
// store and the screen follow both ways.
class GuiUndo : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        session()->undoStack()->clear(); // the worker above was set up through the store
    }

    QString undoText() const { return window()->undoAction()->text().remove(QLatin1Char('&')); }
    void undo() const
    {
        ASSERT_TRUE(window()->undoAction()->isEnabled());
        window()->undoAction()->trigger();
    }
    void redo() const
    {
        ASSERT_TRUE(window()->redoAction()->isEnabled());
        window()->redoAction()->trigger();
    }
    static void select(QTableView* table, int row) { table->setCurrentIndex(table->model()->index(row, 0)); }
    void expectNoMessage() const
    {
        EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    }
    // A removal says so in the status bar, with an Undo button.
    void expectUndoNotice(const QString& name) const
    {
        EXPECT_TRUE(window()->notice()->text().contains(name)) << window()->notice()->text().toStdString();
        EXPECT_FALSE(window()->notice()->undoButton()->isHidden());
    }

    EvidenceEditor* editor() { return window()->evidence()->editor(); }
    qint64 showNewEvidence()
    {
        Evidence e = makeEvidence(QStringLiteral("Home visit"), QDate(2026, 3, 1));
        e.narrative = QStringLiteral("First words.");
        const qint64 id = store().addEvidence(e);
        window()->showScreen(MainWindow::Screen::Evidence);
        EXPECT_TRUE(window()->evidence()->showEvidence(id));
        return id;
    }
    void retitle(const QString& title)
    {
        editor()->titleEdit()->selectAll();
        QTest::keyClicks(editor()->titleEdit(), title);
        ASSERT_TRUE(editor()->save());
    }
};

TEST_F(GuiUndo, ProfileSave)
{
    ProfileView* profile = window()->profile();
    profile->nameEdit()->setText(QStringLiteral("Priya Shah-Jones"));
    emit profile->nameEdit()->editingFinished();
    ASSERT_EQ(store().worker().name, QStringLiteral("Priya Shah-Jones"));
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit profile"));
    undo();
    EXPECT_EQ(store().worker().name, QStringLiteral("Priya Shah"));
    EXPECT_EQ(profile->nameEdit()->text(), QStringLiteral("Priya Shah"));
    EXPECT_EQ(store().worker().pathwayId, QStringLiteral("buckinghamshire-social-worker-r6-r7")) << "the whole worker";
    redo();
    EXPECT_EQ(store().worker().name, QStringLiteral("Priya Shah-Jones"));
    EXPECT_EQ(profile->nameEdit()->text(), QStringLiteral("Priya Shah-Jones"));
    expectNoMessage();
}

TEST_F(GuiUndo, RoleAddEditRemove)
{
    ProfileView* profile = window()->profile();
    whenDialogOpens<RoleDialog>([](RoleDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Senior practitioner"));
        dialog->startEdit()->setDate(QDate(2025, 4, 1));
        dialog->accept();
    });
    profile->addRole();
    ASSERT_EQ(store().roles().size(), 2);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Add role “Senior practitioner”"));
    undo();
    EXPECT_EQ(store().roles().size(), 1);
    EXPECT_EQ(profile->roleModel()->rowCount(), 1);
    redo();
    EXPECT_EQ(store().roles().size(), 2);
    EXPECT_EQ(profile->roleModel()->rowCount(), 2);

    for (int row = 0; row < profile->roleModel()->rowCount(); ++row)
        if (profile->roleModel()->roleAt(row)->title == QStringLiteral("Social Worker"))
            select(profile->roleTable(), row);
    whenDialogOpens<RoleDialog>([](RoleDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Social worker (locum)"));
        dialog->accept();
    });
    profile->editRole();
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit role “Social worker (locum)”"));
    undo();
    QStringList titles;
    for (const RoleRecord& r : store().roles())
        titles << r.title;
    EXPECT_TRUE(titles.contains(QStringLiteral("Social Worker")));
    redo();
    titles.clear();
    for (const RoleRecord& r : store().roles())
        titles << r.title;
    EXPECT_TRUE(titles.contains(QStringLiteral("Social worker (locum)")));

    select(profile->roleTable(), 0);
    const QString removed = profile->roleModel()->roleAt(0)->title;
    profile->removeRole();
    ASSERT_EQ(store().roles().size(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Remove role “%1”").arg(removed));
    expectUndoNotice(removed);
    QTest::mouseClick(window()->notice()->undoButton(), Qt::LeftButton);
    EXPECT_EQ(store().roles().size(), 2);
    EXPECT_EQ(profile->roleModel()->rowCount(), 2);
    redo();
    EXPECT_EQ(store().roles().size(), 1);
    expectNoMessage();
}

TEST_F(GuiUndo, AwardAddRemove)
{
    ProfileView* profile = window()->profile();
    whenDialogOpens<AwardDialog>([](AwardDialog* dialog) {
        dialog->awardBox()->setCurrentIndex(dialog->awardBox()->findData(QStringLiteral("amhp")));
        dialog->accept();
    });
    profile->addAward();
    ASSERT_EQ(store().awards().size(), 2);
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo Add award “"))) << undoText().toStdString();
    undo();
    EXPECT_EQ(store().awards().size(), 1);
    redo();
    EXPECT_EQ(store().awards().size(), 2);

    select(profile->awardTable(), 0);
    profile->removeAward();
    ASSERT_EQ(store().awards().size(), 1);
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo Remove award “"))) << undoText().toStdString();
    undo();
    EXPECT_EQ(store().awards().size(), 2);
    EXPECT_EQ(profile->awardModel()->rowCount(), 2);
    redo();
    EXPECT_EQ(store().awards().size(), 1);
    expectNoMessage();
}

TEST_F(GuiUndo, EvidenceAddIsUndoneByDeletingIt)
{
    window()->showScreen(MainWindow::Screen::Evidence);
    editor()->startNew({ bucks(QStringLiteral("r7-key-1")) });
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Court report"));
    ASSERT_TRUE(editor()->save());
    const qint64 id = editor()->evidenceId();
    ASSERT_NE(id, 0);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Add evidence “Court report”"));
    undo();
    EXPECT_TRUE(store().evidence(id)->deleted);
    EXPECT_EQ(store().evidenceCount(), 0);
    EXPECT_FALSE(editor()->isActive()) << "deleted evidence leaves the editor";
    redo();
    EXPECT_FALSE(store().evidence(id)->deleted);
    EXPECT_EQ(store().mappingsForEvidence(id).size(), 1) << "restored with its mapping";
    EXPECT_EQ(window()->evidence()->listModel()->rowCount(), 1);
    expectNoMessage();
}

TEST_F(GuiUndo, EvidenceEditIsUndoneAsANewVersionAcrossAttachmentChanges)
{
    const qint64 id = showNewEvidence();
    retitle(QStringLiteral("Home visit, revised"));
    ASSERT_EQ(store().evidence(id)->version, 2);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit evidence “Home visit, revised”"));

    // Attaching makes a version of its own; undoing it too must not trip the version check.
    const QString file = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("notes");
    f.close();
    ASSERT_TRUE(editor()->addAttachments({ file }));
    ASSERT_EQ(store().attachments(id).size(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Attach “notes.txt”"));
    undo();
    EXPECT_EQ(store().attachments(id).size(), 0);
    EXPECT_EQ(editor()->attachmentModel()->rowCount(), 0);
    redo();
    EXPECT_EQ(store().attachments(id).size(), 1);
    EXPECT_EQ(editor()->attachmentModel()->rowCount(), 1);
    undo();

    undo(); // the edit
    const std::optional<Evidence> back = store().evidence(id);
    EXPECT_EQ(back->title, QStringLiteral("Home visit"));
    EXPECT_EQ(back->version, 7) << "a newer version with the earlier content; none is lost";
    EXPECT_EQ(editor()->titleEdit()->text(), QStringLiteral("Home visit")) << "the editor follows";
    EXPECT_FALSE(editor()->isDirty());
    redo();
    EXPECT_EQ(store().evidence(id)->title, QStringLiteral("Home visit, revised"));
    EXPECT_EQ(editor()->titleEdit()->text(), QStringLiteral("Home visit, revised"));
    // The editor goes on from the version the redo made.
    retitle(QStringLiteral("Home visit, final"));
    EXPECT_EQ(store().evidence(id)->title, QStringLiteral("Home visit, final"));
    expectNoMessage();
}

TEST_F(GuiUndo, UnsavedTypingIsSavedBeforeAnUndoSoThatUndoTakesItBack)
{
    const qint64 id = showNewEvidence();
    retitle(QStringLiteral("Saved title"));
    editor()->titleEdit()->selectAll();
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Typed, not saved"));
    undo();
    EXPECT_EQ(store().evidence(id)->title, QStringLiteral("Saved title"));
    EXPECT_EQ(editor()->titleEdit()->text(), QStringLiteral("Saved title"));
    EXPECT_FALSE(editor()->isDirty());
    redo();
    EXPECT_EQ(store().evidence(id)->title, QStringLiteral("Typed, not saved"));
    expectNoMessage();
}

TEST_F(GuiUndo, AttachmentRemove)
{
    const qint64 id = showNewEvidence();
    ASSERT_NE(store().addAttachment(id, { QStringLiteral("plan.pdf"), QStringLiteral("application/pdf"), "%PDF" }), 0);
    ASSERT_TRUE(window()->evidence()->showEvidence(id));
    editor()->revert();
    ASSERT_EQ(editor()->attachmentModel()->rowCount(), 1);
    ASSERT_TRUE(editor()->removeAttachment(0)) << "no question first";
    EXPECT_EQ(store().attachments(id).size(), 0);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Remove attachment “plan.pdf”"));
    expectUndoNotice(QStringLiteral("plan.pdf"));
    undo();
    EXPECT_EQ(store().attachments(id).size(), 1);
    EXPECT_EQ(editor()->attachmentModel()->rowCount(), 1);
    redo();
    EXPECT_EQ(store().attachments(id).size(), 0);
    expectNoMessage();
}

TEST_F(GuiUndo, MappingAddRemove)
{
    const qint64 id = showNewEvidence();
    const ItemRef item = bucks(QStringLiteral("r7-key-1"));
    ASSERT_TRUE(editor()->setMapped(item, true));
    ASSERT_EQ(store().mappingsForEvidence(id).size(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Map “Home visit” to r7-key-1"));
    undo();
    EXPECT_TRUE(store().mappingsForEvidence(id).isEmpty());
    EXPECT_FALSE(editor()->mappingModel()->isChecked(item));
    redo();
    EXPECT_EQ(store().mappingsForEvidence(id).size(), 1);
    EXPECT_TRUE(editor()->mappingModel()->isChecked(item));

    ASSERT_TRUE(editor()->setMapped(item, false));
    EXPECT_TRUE(store().mappingsForEvidence(id).isEmpty());
    undo();
    EXPECT_EQ(store().mappingsForEvidence(id).size(), 1);
    EXPECT_TRUE(editor()->mappingModel()->isChecked(item));
    // The mapping came back under a new id; redo and undo go on with it.
    redo();
    EXPECT_TRUE(store().mappingsForEvidence(id).isEmpty());
    undo();
    undo(); // the first mapping
    EXPECT_TRUE(store().mappingsForEvidence(id).isEmpty());
    expectNoMessage();
}

TEST_F(GuiUndo, AnUndoRefusedBecauseTheRecordChangedElsewhereIsToldAndLeavesTheStackWhole)
{
    const qint64 id = showNewEvidence();
    ASSERT_TRUE(editor()->setMapped(bucks(QStringLiteral("r7-key-1")), true));
    retitle(QStringLiteral("Mine"));
    ASSERT_EQ(session()->undoStack()->count(), 2);

    // Another window saves over the evidence.
    Evidence theirs = *store().evidence(id);
    theirs.title = QStringLiteral("Theirs");
    ASSERT_TRUE(store().updateEvidence(theirs, theirs.version));

    undo();
    ASSERT_EQ(MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("Theirs")))
        << MessageBox::shownTexts().first().toStdString();
    EXPECT_EQ(store().evidence(id)->title, QStringLiteral("Theirs")) << "their change is not overwritten";
    // The refused command is gone; the one before it is next, and still works.
    EXPECT_EQ(session()->undoStack()->count(), 1);
    EXPECT_FALSE(window()->redoAction()->isEnabled());
    EXPECT_EQ(undoText(), QStringLiteral("Undo Map “Home visit” to r7-key-1"));
    undo();
    EXPECT_TRUE(store().mappingsForEvidence(id).isEmpty());
    redo();
    EXPECT_EQ(store().mappingsForEvidence(id).size(), 1);
    EXPECT_EQ(MessageBox::shownTexts().size(), 1);
}

TEST_F(GuiUndo, PlanItemAddEditRemove)
{
    PlanView* plan = window()->plan();
    whenDialogOpens<PlanItemDialog>([](PlanItemDialog* dialog) {
        dialog->activityEdit()->setText(QStringLiteral("Shadow an AMHP"));
        dialog->accept();
    });
    plan->addActivity();
    ASSERT_EQ(store().planItems().size(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Add “Shadow an AMHP” to the plan"));
    undo();
    EXPECT_TRUE(store().planItems().isEmpty());
    EXPECT_EQ(plan->model()->rowCount(), 0);
    redo();
    ASSERT_EQ(plan->model()->rowCount(), 1);

    select(plan->view(), 0);
    whenDialogOpens<PlanItemDialog>([](PlanItemDialog* dialog) {
        dialog->activityEdit()->setText(QStringLiteral("Shadow two AMHPs"));
        dialog->accept();
    });
    plan->editActivity();
    EXPECT_EQ(store().planItems().first().activity, QStringLiteral("Shadow two AMHPs"));
    undo();
    EXPECT_EQ(store().planItems().first().activity, QStringLiteral("Shadow an AMHP"));
    redo();
    EXPECT_EQ(store().planItems().first().activity, QStringLiteral("Shadow two AMHPs"));

    select(plan->view(), 0);
    plan->markDone();
    EXPECT_EQ(store().planItems().first().status, PlanItem::Status::Done);
    undo();
    EXPECT_NE(store().planItems().first().status, PlanItem::Status::Done);
    redo();

    select(plan->view(), 0);
    plan->removeActivity();
    EXPECT_TRUE(store().planItems().isEmpty());
    EXPECT_EQ(undoText(), QStringLiteral("Undo Remove “Shadow two AMHPs” from the plan"));
    expectUndoNotice(QStringLiteral("Shadow two AMHPs"));
    undo();
    ASSERT_EQ(store().planItems().size(), 1);
    EXPECT_EQ(store().planItems().first().status, PlanItem::Status::Done);
    redo();
    EXPECT_TRUE(store().planItems().isEmpty());
    expectNoMessage();
}

TEST_F(GuiUndo, CpdAddEditRemove)
{
    CpdView* cpd = window()->cpd();
    whenDialogOpens<CpdEntryDialog>([](CpdEntryDialog* dialog) {
        dialog->activityEdit()->setText(QStringLiteral("Mental Capacity Act course"));
        dialog->hoursBox()->setValue(6);
        dialog->accept();
    });
    cpd->addEntry();
    ASSERT_EQ(store().cpdEntries().size(), 1);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Log CPD “Mental Capacity Act course”"));
    undo();
    EXPECT_TRUE(store().cpdEntries().isEmpty());
    redo();
    ASSERT_EQ(cpd->model()->rowCount(), 1);

    // Editing is new: the dialog opens with the entry, and saves over it.
    select(cpd->table(), 0);
    whenDialogOpens<CpdEntryDialog>([](CpdEntryDialog* dialog) {
        EXPECT_EQ(dialog->activityEdit()->text(), QStringLiteral("Mental Capacity Act course"));
        EXPECT_EQ(dialog->hoursBox()->value(), 6);
        dialog->hoursBox()->setValue(7.5);
        dialog->accept();
    });
    emit cpd->table()->activated(cpd->table()->currentIndex());
    ASSERT_EQ(store().cpdEntries().size(), 1);
    EXPECT_EQ(store().cpdEntries().first().hours, 7.5);
    EXPECT_EQ(undoText(), QStringLiteral("Undo Edit CPD “Mental Capacity Act course”"));
    EXPECT_TRUE(cpd->totalLabel()->text().contains(QStringLiteral("7.5")));
    undo();
    EXPECT_EQ(store().cpdEntries().first().hours, 6);
    EXPECT_TRUE(cpd->totalLabel()->text().contains(QStringLiteral("6.0")));
    redo();
    EXPECT_EQ(store().cpdEntries().first().hours, 7.5);

    select(cpd->table(), 0);
    cpd->removeEntry();
    EXPECT_TRUE(store().cpdEntries().isEmpty());
    EXPECT_EQ(undoText(), QStringLiteral("Undo Remove CPD “Mental Capacity Act course”"));
    expectUndoNotice(QStringLiteral("Mental Capacity Act course"));
    undo();
    ASSERT_EQ(store().cpdEntries().size(), 1);
    EXPECT_EQ(store().cpdEntries().first().hours, 7.5);
    redo();
    EXPECT_TRUE(store().cpdEntries().isEmpty());
    expectNoMessage();
}

TEST_F(GuiUndo, SupervisionSessionEditIsUndoneButANewSessionIsNot)
{
    SupervisionView* supervision = window()->supervision();
    whenDialogOpens<SessionDialog>([](SessionDialog* dialog) {
        dialog->notesEdit()->setPlainText(QStringLiteral("Talked about risk."));
        dialog->accept();
    });
    supervision->newSession();
    ASSERT_EQ(store().sessions().size(), 1);
    EXPECT_FALSE(window()->undoAction()->isEnabled()) << "the record of supervision is append-only";

    select(supervision->sessionTable(), 0);
    whenDialogOpens<SessionDialog>([](SessionDialog* dialog) {
        dialog->notesEdit()->setPlainText(QStringLiteral("Talked about risk and about leave."));
        dialog->accept();
    });
    supervision->editSession();
    EXPECT_EQ(store().sessions().first().notes, QStringLiteral("Talked about risk and about leave."));
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Undo Edit supervision of "))) << undoText().toStdString();
    undo();
    EXPECT_EQ(store().sessions().first().notes, QStringLiteral("Talked about risk."));
    EXPECT_EQ(store().sessions().size(), 1);
    EXPECT_FALSE(window()->undoAction()->isEnabled());
    redo();
    EXPECT_EQ(store().sessions().first().notes, QStringLiteral("Talked about risk and about leave."));
    expectNoMessage();
}

TEST_F(GuiUndo, OpeningAnotherPortfolioForgetsWhatCouldBeUndone)
{
    whenDialogOpens<CpdEntryDialog>([](CpdEntryDialog* dialog) {
        dialog->activityEdit()->setText(QStringLiteral("Course"));
        dialog->accept();
    });
    window()->cpd()->addEntry();
    ASSERT_TRUE(window()->undoAction()->isEnabled());
    ASSERT_TRUE(window()->openPortfolio(path(QStringLiteral("other.waymark")), PortfolioStore::OpenMode::CreateNew));
    EXPECT_FALSE(window()->undoAction()->isEnabled());
    EXPECT_EQ(window()->undoAction()->text().remove(QLatin1Char('&')), QStringLiteral("Undo"));
}

} // namespace
