#include "GuiTestSupport.h"

#include "common/FileDialog.h"
#include "common/FileDropTextEdit.h"
#include "common/ItemTreeModel.h"
#include "common/MarkdownEdit.h"
#include "common/MarkdownPreview.h"

#include <QTextTable>
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceListModel.h"
#include "evidence/EvidenceVersionModel.h"
#include "evidence/EvidenceView.h"
#include "main/StatusNotice.h"
#include "matrix/MatrixModel.h"
#include "matrix/MatrixView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiEvidence : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        window()->showScreen(MainWindow::Screen::Evidence);
    }
    EvidenceView* view() const { return window()->evidence(); }
    EvidenceEditor* editor() const { return view()->editor(); }

    qint64 addStored(const QString& title, const QString& narrative, EvidenceKind kind = EvidenceKind::DirectPractice)
    {
        Evidence e = makeEvidence(title, QDate(2026, 3, 1), kind);
        e.narrative = narrative;
        const qint64 id = store().addEvidence(e);
        EXPECT_NE(id, 0) << store().errorString().toStdString();
        return id;
    }
};

// Tells the test what the application asked the desktop to open, instead of opening it.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

TEST_F(GuiEvidence, AddsEvidenceMappedToTwoItems)
{
    auto tester = checkModel(view()->listModel());
    view()->newAction()->trigger();
    ASSERT_TRUE(editor()->isActive());
    EXPECT_EQ(editor()->evidenceId(), 0);
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Complex safeguarding case"));
    QTest::keyClicks(editor()->sourceEdit(), QStringLiteral("case work"));
    QTest::keyClicks(editor()->narrativeEdit()->editor(), QStringLiteral("Led a **multi-agency** enquiry."));
    // The worker ticks two items in the mapping tree, as they would with the mouse or Space.
    ItemTreeModel* mapping = editor()->mappingModel();
    auto mappingTester = checkModel(mapping);
    ASSERT_TRUE(mapping->setData(mapping->indexOf(bucks(QStringLiteral("r7-key-3"))), Qt::Checked, Qt::CheckStateRole));
    ASSERT_TRUE(mapping->setData(mapping->indexOf(bucks(QStringLiteral("r6-key-2"))), Qt::Checked, Qt::CheckStateRole));
    QTest::mouseClick(editor()->saveButton(), Qt::LeftButton);

    ASSERT_NE(editor()->evidenceId(), 0) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_FALSE(editor()->isDirty());
    const std::optional<Evidence> saved = store().evidence(editor()->evidenceId());
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, QStringLiteral("Complex safeguarding case"));
    EXPECT_EQ(saved->narrative, QStringLiteral("Led a **multi-agency** enquiry."));
    EXPECT_EQ(saved->date, today());
    QList<ItemRef> mapped;
    for (const Mapping& m : store().mappingsForEvidence(saved->id))
        mapped << m.item;
    std::sort(mapped.begin(), mapped.end());
    EXPECT_EQ(mapped, (QList<ItemRef> { bucks(QStringLiteral("r6-key-2")), bucks(QStringLiteral("r7-key-3")) }));
    EXPECT_EQ(view()->listModel()->rowCount(), 1);
    EXPECT_EQ(view()->listView()->currentIndex().row(), 0);

    // The matrix counts it at once.
    MatrixModel* matrix = window()->matrix()->model();
    const QModelIndex item = matrix->indexOf(bucks(QStringLiteral("r7-key-3")));
    EXPECT_EQ(item.siblingAtColumn(MatrixModel::EvidenceColumn).data().toInt(), 1);
    EXPECT_EQ(item.siblingAtColumn(MatrixModel::StatusColumn).data().toString(), QStringLiteral("Evidence"));

    // Unticking a saved mapping removes it straight away.
    ASSERT_TRUE(editor()->setMapped(bucks(QStringLiteral("r6-key-2")), false));
    EXPECT_EQ(store().mappingsForEvidence(saved->id).size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiEvidence, FullTextSearchFindsWordsAndPrefixes)
{
    addStored(QStringLiteral("Home visit"), QStringLiteral("Safeguarding concerns about a neighbour."));
    addStored(QStringLiteral("Team training"), QStringLiteral("Motivational interviewing."), EvidenceKind::Training);
    addStored(QStringLiteral("Court statement"), QStringLiteral("A safeguarding order was granted."));
    view()->refresh();
    EXPECT_EQ(view()->listModel()->rowCount(), 3);

    view()->setSearchText(QStringLiteral("safeguarding"));
    EXPECT_EQ(view()->listModel()->rowCount(), 2);
    view()->setSearchText(QStringLiteral("motiv"));
    ASSERT_EQ(view()->listModel()->rowCount(), 1);
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Team training"));
    view()->setSearchText(QStringLiteral("safeguarding granted"));
    ASSERT_EQ(view()->listModel()->rowCount(), 1);
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Court statement"));
    view()->setSearchText(QStringLiteral("\"unbalanced (quote"));
    EXPECT_EQ(view()->listModel()->rowCount(), 0) << "odd input finds nothing and breaks nothing";

    // Typing searches after a short pause, without pressing anything.
    view()->searchEdit()->clear();
    QTest::keyClicks(view()->searchEdit(), QStringLiteral("neighbour"));
    QTRY_COMPARE(view()->listModel()->rowCount(), 1);

    // Newest first, or the records that say most about the words first.
    EXPECT_TRUE(view()->orderBox()->isEnabled());
    view()->setSearchText(QStringLiteral("safeguarding"));
    ASSERT_EQ(view()->listModel()->rowCount(), 2);
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Court statement")) << "the newer of two on one day";
    view()->searchEdit()->clear();
    EXPECT_FALSE(view()->orderBox()->isEnabled()) << "without search text there is nothing to rank";
    Evidence older = makeEvidence(QStringLiteral("Safeguarding: safeguarding adults review"), QDate(2025, 1, 1));
    ASSERT_NE(store().addEvidence(older), 0);
    view()->setSearchText(QStringLiteral("safeguarding"));
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Court statement"));
    view()->orderBox()->setCurrentIndex(view()->orderBox()->findData(int(EvidenceOrder::BestMatch)));
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Safeguarding: safeguarding adults review"));

    // Filters narrow the search: kind.
    view()->setSearchText(QString());
    view()->kindFilterBox()->setCurrentIndex(view()->kindFilterBox()->findData(int(EvidenceKind::Training)));
    EXPECT_EQ(view()->listModel()->rowCount(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty());
}

TEST_F(GuiEvidence, FilterByItemShowsOnlyEvidenceMappedToIt)
{
    Evidence e = makeEvidence(QStringLiteral("Mapped one"));
    Mapping m;
    m.item = bucks(QStringLiteral("r7-key-1"));
    ASSERT_NE(store().addEvidence(e, { m }), 0);
    addStored(QStringLiteral("Not mapped"), QStringLiteral("Nothing."));
    QComboBox* items = view()->itemFilterBox();
    items->setCurrentIndex(items->findData(bucks(QStringLiteral("r7-key-1")).toString()));
    ASSERT_EQ(view()->listModel()->rowCount(), 1);
    EXPECT_EQ(view()->listModel()->index(0, 0).data().toString(), QStringLiteral("Mapped one"));
}

TEST_F(GuiEvidence, DeleteCanBeUndoneFromTheStatusMessageAndFromTheEditMenu)
{
    const qint64 id = addStored(QStringLiteral("Supervision notes"), QStringLiteral("Discussed risk."));
    ASSERT_TRUE(view()->showEvidence(id));
    view()->deleteAction()->trigger();
    EXPECT_EQ(store().evidenceCount(), 0);
    EXPECT_FALSE(editor()->isActive());
    EXPECT_EQ(view()->listModel()->rowCount(), 0);
    EXPECT_TRUE(window()->notice()->text().contains(QStringLiteral("Supervision notes")));
    ASSERT_TRUE(window()->undoAction()->isEnabled());
    EXPECT_TRUE(window()->undoAction()->text().contains(QStringLiteral("Supervision notes")));

    QTest::mouseClick(window()->notice()->undoButton(), Qt::LeftButton);
    EXPECT_EQ(store().evidenceCount(), 1);
    EXPECT_FALSE(store().evidence(id)->deleted);
    EXPECT_EQ(view()->listModel()->rowCount(), 1);

    // Redo deletes again; Edit > Undo brings it back again.
    session()->undoStack()->redo();
    EXPECT_EQ(store().evidenceCount(), 0);
    window()->undoAction()->trigger();
    EXPECT_EQ(store().evidenceCount(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiEvidence, EditingSavesANewVersionAndKeepsTheOldOne)
{
    const qint64 id = addStored(QStringLiteral("Draft title"), QStringLiteral("First words."));
    ASSERT_TRUE(view()->showEvidence(id));
    editor()->titleEdit()->selectAll();
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Final title"));
    EXPECT_TRUE(editor()->isDirty());
    EXPECT_TRUE(view()->saveAction()->isEnabled());
    view()->saveAction()->trigger();
    EXPECT_FALSE(editor()->isDirty());
    const QList<Evidence> versions = store().evidenceVersions(id);
    ASSERT_EQ(versions.size(), 2);
    EXPECT_EQ(versions[0].title, QStringLiteral("Draft title"));
    EXPECT_EQ(versions[1].title, QStringLiteral("Final title"));
    EXPECT_EQ(editor()->versionModel()->rowCount(), 2);
    EXPECT_EQ(editor()->loadedVersion(), 2);
}

TEST_F(GuiEvidence, LeavingUnsavedEvidenceSavesIt)
{
    const qint64 first = addStored(QStringLiteral("First"), QStringLiteral("One."));
    const qint64 second = addStored(QStringLiteral("Second"), QStringLiteral("Two."));
    ASSERT_TRUE(view()->showEvidence(first));
    editor()->reflectionEdit()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->reflectionEdit()->editor(), QStringLiteral(" Learnt a lot."));
    // Choosing other evidence saves the first; so does going to another screen.
    view()->listView()->setCurrentIndex(view()->listModel()->index(view()->listModel()->rowOf(second), 0));
    EXPECT_EQ(editor()->evidenceId(), second);
    EXPECT_EQ(store().evidence(first)->reflection, QStringLiteral("What I learnt from First Learnt a lot."));
    editor()->narrativeEdit()->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor()->narrativeEdit()->editor(), QStringLiteral(" More."));
    window()->showScreen(MainWindow::Screen::Overview);
    EXPECT_EQ(store().evidence(second)->narrative, QStringLiteral("Two. More."));
}

TEST_F(GuiEvidence, AConflictingSaveShowsTheMessageAndKeepsWhatWasTyped)
{
    const qint64 id = addStored(QStringLiteral("Shared record"), QStringLiteral("Original."));
    ASSERT_TRUE(view()->showEvidence(id));
    // Someone else (waymark-cli, another window) saves a new version meanwhile.
    {
        PortfolioStore other;
        ASSERT_TRUE(other.open(path(), PortfolioStore::OpenMode::OpenExisting));
        Evidence e = *other.evidence(id);
        e.narrative = QStringLiteral("Changed elsewhere.");
        ASSERT_TRUE(other.updateEvidence(e, e.version));
    }
    editor()->narrativeEdit()->editor()->selectAll();
    QTest::keyClicks(editor()->narrativeEdit()->editor(), QStringLiteral("My careful rewrite."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    EXPECT_FALSE(editor()->save());
    ASSERT_FALSE(MessageBox::shownTexts().isEmpty());
    EXPECT_TRUE(MessageBox::shownTexts().last().contains(QStringLiteral("changed elsewhere")))
        << MessageBox::shownTexts().last().toStdString();
    EXPECT_EQ(editor()->narrativeEdit()->text(), QStringLiteral("My careful rewrite."));
    EXPECT_TRUE(editor()->isDirty());
    EXPECT_EQ(store().evidence(id)->narrative, QStringLiteral("Changed elsewhere."));

    // Leaving the evidence asks; "Cancel" keeps the editor as it is.
    MessageBox::clearShownTexts();
    MessageBox::setAutoAnswer(QMessageBox::Cancel);
    window()->showScreen(MainWindow::Screen::Overview);
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Evidence);
    EXPECT_EQ(editor()->narrativeEdit()->text(), QStringLiteral("My careful rewrite."));
}

TEST_F(GuiEvidence, ANewRecordThatCannotBeSavedStaysInTheEditor)
{
    view()->newEvidence();
    QTest::keyClicks(editor()->narrativeEdit()->editor(), QStringLiteral("Words worth keeping."));
    EXPECT_FALSE(editor()->save()); // no title
    EXPECT_TRUE(MessageBox::shownTexts().last().contains(QStringLiteral("title")));
    EXPECT_EQ(editor()->narrativeEdit()->text(), QStringLiteral("Words worth keeping."));
    EXPECT_EQ(store().evidenceCount(), 0);
}

TEST_F(GuiEvidence, MarkdownPreviewShowsHtmlAsTextAndLoadsNothing)
{
    view()->newEvidence();
    editor()->narrativeEdit()->setText(
        QStringLiteral("**Bold** <b>not bold</b> <img src=\"file:///etc/hostname\"> ![x](file:///etc/hostname)"));
    editor()->narrativeEdit()->showPreview(true);
    const QString shown = editor()->narrativeEdit()->preview()->toPlainText();
    EXPECT_TRUE(shown.contains(QStringLiteral("<b>not bold</b>"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("<img src=")));
    EXPECT_FALSE(shown.contains(QStringLiteral("**")));
    // The image the Markdown names is not fetched.
    EXPECT_FALSE(editor()
                     ->narrativeEdit()
                     ->preview()
                     ->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///etc/hostname")))
                     .isValid());
}

TEST_F(GuiEvidence, MarkdownPreviewShowsGitHubTables)
{
    view()->newEvidence();
    editor()->narrativeEdit()->setText(QStringLiteral("| Need | Action |\n|---|---|\n| Housing | Referral made |\n"));
    editor()->narrativeEdit()->showPreview(true);
    QTextDocument* doc = editor()->narrativeEdit()->preview()->document();
    QTextTable* table = nullptr;
    for (QTextFrame* frame : doc->rootFrame()->childFrames())
        table = table ? table : qobject_cast<QTextTable*>(frame);
    ASSERT_NE(table, nullptr) << doc->toPlainText().toStdString();
    EXPECT_EQ(table->rows(), 2);
    EXPECT_EQ(table->columns(), 2);
    QTextCursor cell = table->cellAt(1, 1).firstCursorPosition();
    cell.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    EXPECT_EQ(cell.selectedText(), QStringLiteral("Referral made"));
    EXPECT_FALSE(doc->toPlainText().contains(QStringLiteral("|---|")));
}

TEST_F(GuiEvidence, AttachesFilesByDialogAndByDropAndOpensThem)
{
    const QString fileA = m_dir.filePath(QStringLiteral("letter.txt"));
    const QString fileB = m_dir.filePath(QStringLiteral("plan.txt"));
    for (const auto& [file, text] :
        { std::make_pair(fileA, QByteArray("A letter")), std::make_pair(fileB, QByteArray("A plan")) }) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    const qint64 id = addStored(QStringLiteral("With files"), QStringLiteral("See attached."));
    ASSERT_TRUE(view()->showEvidence(id));

    FileDialog::setNextFileNames({ fileA });
    QPushButton* attach = nullptr;
    for (QPushButton* b : editor()->findChildren<QPushButton*>())
        if (QString(b->text()).remove(QLatin1Char('&')).startsWith(QStringLiteral("Attach files")))
            attach = b;
    ASSERT_TRUE(attach);
    QTest::mouseClick(attach, Qt::LeftButton);
    EXPECT_EQ(store().attachments(id).size(), 1);

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(fileB) });
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor(), &drop);
    ASSERT_EQ(store().attachments(id).size(), 2);
    EXPECT_EQ(editor()->attachmentModel()->rowCount(), 2);
    // A file dropped or pasted on the narrative (both end in insertFromMimeData) is attached;
    // its path is not put into the text.
    auto* pasted = new QMimeData;
    pasted->setUrls({ QUrl::fromLocalFile(fileA) });
    QGuiApplication::clipboard()->setMimeData(pasted);
    editor()->narrativeEdit()->editor()->paste();
    EXPECT_EQ(store().attachments(id).size(), 3) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(editor()->narrativeEdit()->text(), QStringLiteral("See attached."));

    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");
    EXPECT_TRUE(editor()->openAttachment(1));
    ASSERT_EQ(catcher.urls.size(), 1);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    ASSERT_EQ(catcher.urls.size(), 1);
    QFile opened(catcher.urls.first().toLocalFile());
    EXPECT_EQ(QFileInfo(opened).fileName(), QStringLiteral("plan.txt"));
    ASSERT_TRUE(opened.open(QIODevice::ReadOnly));
    EXPECT_EQ(opened.readAll(), QByteArray("A plan"));
    EXPECT_EQ(opened.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiEvidence, ANewRecordTakesItsMappingsAndAttachmentsWithItsFirstSave)
{
    const QString file = m_dir.filePath(QStringLiteral("note.txt"));
    QFile f(file);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("note");
    f.close();
    // From the matrix: "Add evidence" for an item starts a record already mapped to it.
    window()->showScreen(MainWindow::Screen::Matrix);
    window()->matrix()->showItem(bucks(QStringLiteral("r7-key-2")));
    window()->matrix()->addEvidenceAction()->trigger();
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Evidence);
    EXPECT_TRUE(editor()->mappingModel()->isChecked(bucks(QStringLiteral("r7-key-2"))));
    ASSERT_TRUE(editor()->addAttachments({ file }));
    EXPECT_EQ(store().evidenceCount(), 0);
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("Award module"));
    ASSERT_TRUE(editor()->save());
    const qint64 id = editor()->evidenceId();
    EXPECT_EQ(store().mappingsForEvidence(id).size(), 1);
    EXPECT_EQ(store().attachments(id).size(), 1);
}

} // namespace

#include "EvidenceTest.moc"
