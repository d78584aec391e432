#include "GuiTestSupport.h"

#include "evidence/PurgeDialog.h"
#include "panel/FindingListModel.h"
#include "panel/PanelExportDialog.h"
#include "panel/PrivateNamesDialog.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

// The anonymisation names list and the purge of deleted evidence, reached from the desktop.
class GuiPrivacy : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Evidence e = makeEvidence(QStringLiteral("Home visit"));
        e.narrative = QStringLiteral("Visited Kate Smith and her son at home.");
        m_visit = store().addEvidence(e);
        ASSERT_NE(m_visit, 0);
    }

    bool mentionsKate(const FindingListModel* findings) const
    {
        for (int row = 0; row < findings->rowCount(); ++row)
            if (findings->findingAt(row)->match.contains(QStringLiteral("Kate Smith")))
                return true;
        return false;
    }

    qint64 m_visit = 0;
};

TEST_F(GuiPrivacy, TheNamesListIsEditedFromTheExportDialogAndTheCheckFollowsIt)
{
    PanelExportDialog dialog(session(), window());
    EXPECT_FALSE(mentionsKate(dialog.findingModel()));
    auto* names = dialog.findChild<QPushButton*>(QStringLiteral("privateNamesButton"));
    ASSERT_TRUE(names);
    whenDialogOpens<PrivateNamesDialog>([](PrivateNamesDialog* d) {
        d->namesEdit()->setPlainText(QStringLiteral("  Kate Smith \n\nkate smith\nJo Bloggs"));
        d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::mouseClick(names, Qt::LeftButton);
    EXPECT_EQ(store().privateNames(), QStringList({ QStringLiteral("Jo Bloggs"), QStringLiteral("Kate Smith") }));
    EXPECT_TRUE(mentionsKate(dialog.findingModel())) << "the check ran again with the new list";

    // One undoable change; the list is never part of the PDF.
    EXPECT_EQ(session()->undoStack()->undoText(), QStringLiteral("Edit the names to look for"));
    session()->undoStack()->undo();
    EXPECT_TRUE(store().privateNames().isEmpty());
    PrivateNamesDialog reopened(session(), window());
    EXPECT_TRUE(reopened.namesEdit()->toPlainText().isEmpty());
}

TEST_F(GuiPrivacy, DeletedEvidenceIsPurgedForGoodOnlyWhenTickedAndConfirmed)
{
    ASSERT_TRUE(store().deleteEvidence(m_visit));
    PurgeDialog dialog(session(), window());
    QListWidget* list = dialog.list();
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().startsWith(QStringLiteral("Home visit (")));
    auto* purge = dialog.findChild<QPushButton*>(QStringLiteral("purgeButton"));
    ASSERT_TRUE(purge);
    EXPECT_FALSE(purge->isEnabled()) << "nothing ticked";
    list->item(0)->setCheckState(Qt::Checked);
    EXPECT_TRUE(purge->isEnabled());

    // Cancelled at the question: still there, still restorable.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    EXPECT_EQ(dialog.purgeTicked(), 0);
    EXPECT_EQ(store().evidenceCount(true), 1);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(dialog.purgeTicked(), 1);
    EXPECT_EQ(store().evidenceCount(true), 0);
    EXPECT_FALSE(store().restoreEvidence(m_visit));
    EXPECT_EQ(list->count(), 1);
    EXPECT_EQ(list->item(0)->flags(), Qt::NoItemFlags) << "only the line that says there is nothing left";
}

} // namespace
