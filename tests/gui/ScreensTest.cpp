#include "GuiTestSupport.h"

#include "evidence/EvidenceView.h"
#include "evidence/EvidenceListModel.h"
#include "matrix/MatrixModel.h"
#include "matrix/MatrixView.h"
#include "overview/OverviewView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiScreens : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Evidence e = makeEvidence(QStringLiteral("Complex case"));
        Mapping m;
        m.item = bucks(QStringLiteral("r7-key-3"));
        ASSERT_NE(store().addEvidence(e, { m }), 0);
        window()->matrix(); // builds every screen, as showing the window does a moment later
    }

    // Whether a person using a screen reader hears what this control is for.
    static bool isNamed(QWidget* w)
    {
        if (!w->accessibleName().isEmpty())
            return true;
        for (QLabel* label : w->window()->findChildren<QLabel*>())
            if (label->buddy() == w)
                return true;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            return !button->text().isEmpty() || !button->toolTip().isEmpty();
        return false;
    }

    // Controls made inside other controls (a spin box's line edit, a combo box's list) are
    // named through their owner.
    static bool isPartOfAnother(QWidget* w)
    {
        for (QWidget* p = w->parentWidget(); p; p = p->parentWidget())
            if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractItemView*>(p)
                || qobject_cast<QLineEdit*>(p) || qobject_cast<QMenuBar*>(p))
                return true;
        return qobject_cast<QTabBar*>(w) != nullptr;
    }
};

TEST_F(GuiScreens, EveryScreenRendersAndCanBeSavedAsAPicture)
{
    window()->resize(1280, 820);
    window()->show();
    const QString folder = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
    const QStringList names = { QStringLiteral("overview"), QStringLiteral("matrix"), QStringLiteral("evidence"),
        QStringLiteral("supervision"), QStringLiteral("profile"), QStringLiteral("plan"), QStringLiteral("cpd"),
        QStringLiteral("progress") };
    for (int i = 0; i < names.size(); ++i) {
        showFilledScreen(MainWindow::Screen(i));
        const QPixmap picture = window()->grab();
        EXPECT_FALSE(picture.isNull());
        EXPECT_EQ(picture.size(), window()->size() * picture.devicePixelRatio());
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            picture.save(QDir(folder).filePath(names[i] + QStringLiteral(".png")));
        }
    }
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiScreens, TheWindowShowsWithTheOverviewAndBuildsTheOtherScreensJustAfter)
{
    MainWindow fresh(bundledLibrary());
    ASSERT_TRUE(fresh.openPortfolio(path()));
    auto menuTexts = [&fresh] {
        QStringList texts;
        for (QAction* menu : fresh.menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                texts << a->text();
        return texts;
    };
    EXPECT_TRUE(fresh.findChildren<MatrixView*>().isEmpty());
    EXPECT_FALSE(menuTexts().contains(QStringLiteral("&New evidence")));
    fresh.show();
    EXPECT_TRUE(fresh.findChildren<MatrixView*>().isEmpty()) << "not before the window is on screen";
    QTRY_COMPARE(fresh.findChildren<MatrixView*>().size(), 1);
    EXPECT_EQ(fresh.findChildren<EvidenceView*>().size(), 1);
    EXPECT_TRUE(menuTexts().contains(QStringLiteral("&New evidence")));
    // They show what the open portfolio holds.
    EXPECT_EQ(fresh.evidence()->listModel()->rowCount(), 1);
}

TEST_F(GuiScreens, TheMatrixShowsTheWorkersPathwayWhenItIsFirstInTheList)
{
    // Screens built after the portfolio opened must still choose the worker's pathway when
    // the pathway box already shows it.
    Worker w = session()->worker();
    w.pathwayId = window()->matrix()->pathwayBox()->itemData(0).toString();
    w.currentStep.clear();
    w.targetStep.clear();
    ASSERT_TRUE(store().saveWorker(w));
    MainWindow fresh(bundledLibrary());
    ASSERT_TRUE(fresh.openPortfolio(path()));
    MatrixView* matrix = fresh.matrix();
    ASSERT_TRUE(matrix->model()->pathway());
    EXPECT_EQ(matrix->model()->pathway()->id, w.pathwayId);
    EXPECT_GT(matrix->model()->rowCount(), 0);
}

TEST_F(GuiScreens, ScreensBehindOtherTabsCatchUpWhenShown)
{
    window()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
    window()->showScreen(MainWindow::Screen::Overview);
    const ItemRef item = bucks(QStringLiteral("r7-key-3"));
    auto matrixEvidence = [&] {
        const QModelIndex index = window()->matrix()->model()->indexOf(item);
        return index.siblingAtColumn(MatrixModel::EvidenceColumn).data().toInt();
    };
    ASSERT_EQ(matrixEvidence(), 1);
    const int listed = window()->evidence()->listModel()->rowCount();

    Mapping m;
    m.item = item;
    Evidence e = makeEvidence(QStringLiteral("Second case"));
    const qint64 id = store().addEvidence(e, { m });
    ASSERT_NE(id, 0);
    // The overview, on show, has the news; the hidden screens have not read it yet.
    EXPECT_EQ(matrixEvidence(), 1);
    EXPECT_EQ(window()->evidence()->listModel()->rowCount(), listed);

    window()->showScreen(MainWindow::Screen::Matrix);
    EXPECT_EQ(matrixEvidence(), 2);
    window()->showScreen(MainWindow::Screen::Evidence);
    EXPECT_EQ(window()->evidence()->listModel()->rowCount(), listed + 1);
    EXPECT_GE(window()->evidence()->listModel()->rowOf(id), 0);

    // Going to an item from another screen shows it as it is now.
    window()->showScreen(MainWindow::Screen::Overview);
    ASSERT_NE(store().addEvidence(makeEvidence(QStringLiteral("Third case")), { m }), 0);
    ASSERT_TRUE(window()->matrix()->showItem(item));
    EXPECT_EQ(matrixEvidence(), 3);
}

TEST_F(GuiScreens, EveryControlHasAnAccessibleName)
{
    QStringList unnamed;
    for (QWidget* w : window()->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w)
            || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w)
            || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractButton*>(w);
        if (!control || isPartOfAnother(w) || isNamed(w))
            continue;
        unnamed << QStringLiteral("%1 %2 in %3")
                       .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                           w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                             : QString());
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiScreens, EveryMenuActionIsReachableFromTheKeyboard)
{
    QStringList missing;
    QList<QKeySequence> shortcuts;
    for (QAction* menuAction : window()->menuBar()->actions()) {
        EXPECT_TRUE(menuAction->text().contains(QLatin1Char('&'))) << menuAction->text().toStdString();
        for (QAction* a : menuAction->menu()->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            // A mnemonic in the menu is enough; a shortcut is better, and must be unique.
            if (!a->text().contains(QLatin1Char('&')) && a->shortcut().isEmpty())
                missing << a->text();
            if (!a->shortcut().isEmpty()) {
                EXPECT_FALSE(shortcuts.contains(a->shortcut())) << a->shortcut().toString().toStdString();
                shortcuts << a->shortcut();
            }
        }
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
    // The screens themselves: Ctrl+1 ... Ctrl+7.
    auto* tabs = window()->findChild<QTabWidget*>(QStringLiteral("screens"));
    for (int i = 0; i < tabs->count(); ++i)
        EXPECT_FALSE(tabs->tabToolTip(i).isEmpty());
}

TEST_F(GuiScreens, ShortcutsSwitchScreensAndFindEvidence)
{
    window()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Matrix);
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Evidence);
    EXPECT_TRUE(window()->evidence()->searchEdit()->hasFocus());
}

} // namespace
