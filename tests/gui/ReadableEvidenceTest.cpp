#include "GuiTestSupport.h"

#include "common/ItemTreeModel.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceView.h"
#include "evidence/LinkedEvidenceModel.h"
#include "evidence/LinkedEvidenceView.h"
#include "matrix/ItemDetailPanel.h"
#include "supervision/SignOffDialog.h"
#include "supervision/SupervisionView.h"

#include <QDir>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

const QString longTitle = QStringLiteral("Joint visit with the community mental health team to agree a safety plan for a family "
                                         "with three children on child protection plans");

// Evidence is read where it is judged: whole titles, and what each shows of the item.
class GuiReadableEvidence : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Mapping m;
        m.item = item();
        m.note = QStringLiteral("Led the safety planning.");
        m_evidenceId = store().addEvidence(makeEvidence(longTitle), { m });
        ASSERT_NE(m_evidenceId, 0);
        window()->resize(1280, 820);
        window()->show();
    }

    static ItemRef item() { return bucks(QStringLiteral("r7-key-3")); }

    // Every line of the row's text fits in the height the view gives it: nothing is cut.
    static void expectWholeText(QTreeView* view, int row) { expectWholeText(view, view->model()->index(row, 0)); }
    static void expectWholeText(QTreeView* view, const QModelIndex& index)
    {
        const QString text = index.data().toString();
        const QRect cell = view->visualRect(index);
        ASSERT_TRUE(cell.isValid());
        const QRect needed = view->fontMetrics().boundingRect(
            QRect(0, 0, cell.width() - 8, 1 << 20), int(Qt::AlignLeft | Qt::TextWordWrap), text);
        EXPECT_GE(cell.height(), needed.height()) << text.toStdString();
        EXPECT_GT(needed.height(), view->fontMetrics().height()) << "the title is long enough to need wrapping here";
    }

    // A picture to look at: WAYMARK_SCREENSHOTS names the folder.
    static void saveShot(QWidget* w, const QString& name)
    {
        const QString folder = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
        if (!folder.isEmpty())
            w->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    qint64 m_evidenceId = 0;
};

TEST_F(GuiReadableEvidence, TheMatrixShowsWholeTitlesWithTheirNotesAndTheNoteCanBeEditedAndUndone)
{
    window()->showScreen(MainWindow::Screen::Matrix);
    ASSERT_TRUE(window()->matrix()->showItem(item()));
    QApplication::processEvents();
    ItemDetailPanel* detail = window()->matrix()->detail();
    LinkedEvidenceView* view = detail->evidenceView();
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, 0).data().toString(), longTitle + QStringLiteral("\nNote: Led the safety planning."));
    expectWholeText(view, 0);
    saveShot(window(), QStringLiteral("matrix-detail"));

    view->setCurrentIndex(view->model()->index(0, 0));
    auto* edit = detail->findChild<QPushButton*>(QStringLiteral("editMappingNote"));
    ASSERT_TRUE(edit && edit->isEnabled());
    whenDialogOpens<QInputDialog>([](QInputDialog* dialog) {
        EXPECT_EQ(dialog->textValue(), QStringLiteral("Led the safety planning."));
        dialog->setTextValue(QStringLiteral("  Led the safety planning and chaired the review.  "));
        dialog->accept();
    });
    QTest::mouseClick(edit, Qt::LeftButton);
    ASSERT_EQ(store().mappingsForItem(item()).size(), 1);
    EXPECT_EQ(store().mappingsForItem(item()).first().note, QStringLiteral("Led the safety planning and chaired the review."));
    EXPECT_TRUE(view->model()->index(0, 0).data().toString().endsWith(QStringLiteral("chaired the review.")));
    EXPECT_TRUE(session()->undoStack()->undoText().startsWith(QStringLiteral("Edit the note on “Joint visit")));

    session()->undoStack()->undo();
    EXPECT_EQ(store().mappingsForItem(item()).first().note, QStringLiteral("Led the safety planning."));
    EXPECT_TRUE(view->model()->index(0, 0).data().toString().endsWith(QStringLiteral("Note: Led the safety planning.")));
    session()->undoStack()->redo();
    EXPECT_EQ(store().mappingsForItem(item()).first().note, QStringLiteral("Led the safety planning and chaired the review."));
    // Still one mapping, and the evidence counts for the item as before.
    EXPECT_EQ(store().facts().item(item())->evidenceCount, 1);
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiReadableEvidence, TheSignOffDialogShowsWholeTitles)
{
    bool seen = false;
    whenDialogOpens<SignOffDialog>([&](SignOffDialog* dialog) {
        seen = true;
        QApplication::processEvents();
        auto* view = dialog->findChild<LinkedEvidenceView*>(QStringLiteral("signOffEvidence"));
        EXPECT_TRUE(view);
        if (view) {
            EXPECT_EQ(view->model()->rowCount(), 1);
            expectWholeText(view, 0);
        }
        saveShot(dialog, QStringLiteral("sign-off"));
        dialog->reject();
    });
    window()->supervision()->signOff({ item() });
    EXPECT_TRUE(seen);
}

TEST_F(GuiReadableEvidence, TheMappingTreeOpensOnTheWorkersPathwayWithTickedItemsInView)
{
    window()->showScreen(MainWindow::Screen::Evidence);
    ASSERT_TRUE(window()->evidence()->showEvidence(m_evidenceId));
    EvidenceEditor* editor = window()->evidence()->editor();
    QTreeView* tree = editor->mappingView();
    const auto* proxy = qobject_cast<const QSortFilterProxyModel*>(tree->model());
    ASSERT_TRUE(proxy);
    // The worker's pathway is first and open; the ticked item's branch is open and in view.
    const QModelIndex first = tree->model()->index(0, 0);
    EXPECT_EQ(first.data(ItemTreeModel::ItemRefRole).toString(), (ItemRef{ item().pathwayId, QString() }.toString()));
    EXPECT_TRUE(tree->isExpanded(first));
    const QModelIndex ticked = proxy->mapFromSource(editor->mappingModel()->indexOf(item()));
    for (QModelIndex p = ticked.parent(); p.isValid(); p = p.parent())
        EXPECT_TRUE(tree->isExpanded(p));
    // The list, where evidence is found by its title, has half the screen.
    EXPECT_GE(window()->evidence()->listView()->width() * 2, window()->evidence()->width() * 9 / 10);
    editor->findChild<QTabWidget*>()->setCurrentIndex(2); // Mapped items
    QApplication::processEvents();
    EXPECT_TRUE(tree->viewport()->rect().intersects(tree->visualRect(ticked)));
    expectWholeText(tree, ticked); // statements wrap here too
    saveShot(window(), QStringLiteral("evidence-mapping"));

    // A worker who changes pathway finds the new one first.
    Worker w = store().worker();
    w.pathwayId = QStringLiteral("camden-launch-pad");
    w.currentStep.clear();
    w.targetStep.clear();
    ASSERT_TRUE(store().saveWorker(w));
    EXPECT_EQ(tree->model()->index(0, 0).data(ItemTreeModel::ItemRefRole).toString(),
        (ItemRef{ QStringLiteral("camden-launch-pad"), QString() }.toString()));
    EXPECT_TRUE(editor->mappingModel()->isChecked(item())) << "the evidence stays mapped";
    const QModelIndex again = proxy->mapFromSource(editor->mappingModel()->indexOf(item()));
    for (QModelIndex p = again.parent(); p.isValid(); p = p.parent())
        EXPECT_TRUE(tree->isExpanded(p));
}

} // namespace
