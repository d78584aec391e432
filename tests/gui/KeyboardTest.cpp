#include "GuiTestSupport.h"

#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdProfileDialog.h"
#include "evidence/EvidenceView.h"
#include "evidence/PurgeDialog.h"
#include "main/FirstRunDialog.h"
#include "matrix/CommentDialog.h"
#include "matrix/MatrixView.h"
#include "panel/PanelExportDialog.h"
#include "panel/PrivateNamesDialog.h"
#include "profile/ProfileView.h"
#include "plan/LearningOfferDialog.h"
#include "plan/PlanItemDialog.h"
#include "profile/AwardDialog.h"
#include "profile/RoleDialog.h"
#include "supervision/ReconfirmDialog.h"
#include "supervision/SessionDialog.h"
#include "supervision/SignOffDialog.h"
#include "supervision/SupervisionView.h"

#include <QAbstractButton>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

#include <map>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiKeyboard : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        Worker w = store().worker();
        w.registrationBody = QStringLiteral("HCPC"); // the CPD screen shows every regulator button
        ASSERT_TRUE(store().saveWorker(w));
        Mapping m;
        m.item = bucks(QStringLiteral("r7-key-3"));
        ASSERT_NE(store().addEvidence(makeEvidence(QStringLiteral("Complex case")), { m }), 0);
        window()->matrix(); // builds every screen
    }

    // Each Alt+letter that opens or focuses something shown in top at this moment, and the
    // texts that claim it. A key claimed twice does only one of the two things.
    static QStringList clashesIn(QWidget* top)
    {
        std::map<QString, QStringList> keys;
        auto add = [&keys](const QString& text) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (!key.isEmpty())
                keys[key.toString()] << text;
        };
        for (QWidget* w : top->findChildren<QWidget*>()) {
            if (!w->isVisible())
                continue;
            if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(button->text());
            else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
                add(label->text());
            else if (auto* group = qobject_cast<QGroupBox*>(w))
                add(group->title());
            else if (auto* bar = qobject_cast<QTabBar*>(w))
                for (int i = 0; i < bar->count(); ++i)
                    add(bar->isTabVisible(i) ? bar->tabText(i) : QString());
            else if (auto* menus = qobject_cast<QMenuBar*>(w))
                for (QAction* a : menus->actions())
                    add(a->isVisible() ? a->text() : QString());
        }
        QStringList out;
        for (const auto& [key, texts] : keys)
            if (texts.size() > 1)
                out << key + QStringLiteral(": ") + texts.join(QStringLiteral(" | "));
        return out;
    }

    // The clashes of top as shown, then with each page of each tab widget inside it in turn.
    static QStringList clashesInEveryTab(QWidget* top, const QString& where)
    {
        QStringList seen = clashesIn(top);
        QStringList out;
        for (const QString& c : seen)
            out << where + QStringLiteral(" — ") + c;
        for (QTabWidget* tabs : top->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible() || tabs->objectName() == QStringLiteral("screens"))
                continue;
            const int was = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                for (const QString& c : clashesIn(top)) {
                    if (seen.contains(c))
                        continue; // reported once, where first found
                    seen << c;
                    out << where + QStringLiteral(" / ") + tabs->tabText(i) + QStringLiteral(" — ") + c;
                }
            }
            tabs->setCurrentIndex(was);
        }
        return out;
    }

    QStringList clashesInDialog(QDialog* dialog, const QString& name)
    {
        dialog->show();
        QApplication::processEvents();
        const QStringList out = clashesInEveryTab(dialog, name);
        dialog->close();
        return out;
    }
};

TEST_F(GuiKeyboard, NoTwoControlsShownTogetherShareAnAltKey)
{
    window()->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window()));
    QStringList clashes;
    for (int i = 0; i <= int(MainWindow::Screen::Progress); ++i) {
        showFilledScreen(MainWindow::Screen(i));
        clashes << clashesInEveryTab(window(), QStringLiteral("screen %1").arg(i));
    }

    const QList<ItemRef> items = { bucks(QStringLiteral("r7-key-3")) };
    SignOffDialog signOff(session(), items, window());
    clashes << clashesInDialog(&signOff, QStringLiteral("sign-off"));
    ReconfirmDialog reconfirm(session(), items, window());
    clashes << clashesInDialog(&reconfirm, QStringLiteral("re-confirm"));
    SessionDialog sessionDialog(session(), SupervisionSession(), window());
    clashes << clashesInDialog(&sessionDialog, QStringLiteral("session"));
    RoleDialog role(RoleRecord(), today(), window());
    clashes << clashesInDialog(&role, QStringLiteral("role"));
    AwardDialog award(bundledLibrary(), window());
    clashes << clashesInDialog(&award, QStringLiteral("award"));
    PlanItemDialog plan(session(), PlanItem(), window());
    clashes << clashesInDialog(&plan, QStringLiteral("plan item"));
    CpdEntryDialog cpd(session(), CpdEntry(), window());
    clashes << clashesInDialog(&cpd, QStringLiteral("CPD entry"));
    for (Regulator regulator : {Regulator::Hcpc, Regulator::Sssc}) {
        CpdProfileDialog profile(session(), regulator, window());
        clashes << clashesInDialog(&profile, QStringLiteral("%1 CPD profile").arg(regulatorId(regulator)));
    }
    CommentDialog comment(QStringLiteral("An item"), QStringLiteral("Dana Okafor"), window());
    clashes << clashesInDialog(&comment, QStringLiteral("comment"));
    PanelExportDialog panel(session(), window());
    clashes << clashesInDialog(&panel, QStringLiteral("panel export"));
    FirstRunDialog firstRun(bundledLibrary(), session()->worker(), window());
    clashes << clashesInDialog(&firstRun, QStringLiteral("first run"));
    LearningOfferDialog offers(bundledLibrary(), {}, window());
    clashes << clashesInDialog(&offers, QStringLiteral("learning offers"));
    PrivateNamesDialog names(session(), window());
    clashes << clashesInDialog(&names, QStringLiteral("names to look for"));
    PurgeDialog purge(session(), window());
    clashes << clashesInDialog(&purge, QStringLiteral("purge"));

    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

// The focus goes back to the button that opened a dialog, once the dialog is answered and the
// screen behind it has refreshed.
class GuiDialogFocus : public GuiKeyboard
{
protected:
    void SetUp() override
    {
        GuiKeyboard::SetUp();
        window()->show();
        window()->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window()));
    }

    // Gives the button the focus, opens its dialog from the keyboard, lets answer close it.
    template <typename Dialog> void openWith(QAbstractButton* button, std::function<void(Dialog*)> answer)
    {
        button->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(button->hasFocus());
        bool answered = false;
        whenDialogOpens<Dialog>([&](Dialog* dialog) {
            answered = true;
            answer(dialog);
        });
        QTest::keyClick(button, Qt::Key_Space);
        EXPECT_TRUE(answered);
        QApplication::processEvents();
    }

    static QPushButton* buttonNamed(QWidget* in, const QString& text)
    {
        for (QPushButton* b : in->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    }

    static QToolButton* buttonFor(QWidget* in, QAction* action)
    {
        for (QToolButton* b : in->findChildren<QToolButton*>())
            if (b->defaultAction() == action)
                return b;
        return nullptr;
    }
};

TEST_F(GuiDialogFocus, ANewSupervisionSessionReturnsFocusToItsButton)
{
    window()->showScreen(MainWindow::Screen::Supervision);
    auto* button = buttonFor(window()->supervision(), window()->supervision()->newSessionAction());
    ASSERT_TRUE(button);
    openWith<SessionDialog>(button, [](SessionDialog* dialog) { dialog->accept(); });
    EXPECT_EQ(store().sessions().size(), 1);
    EXPECT_EQ(window()->focusWidget(), button);
}

TEST_F(GuiDialogFocus, AnEditedSessionReturnsFocusToTheSessionListWhenItsButtonIsDisabled)
{
    SupervisionSession first;
    first.date = today();
    first.supervisor = QStringLiteral("Dana Okafor");
    ASSERT_NE(store().addSession(first), 0);
    window()->showScreen(MainWindow::Screen::Supervision);
    auto* table = window()->supervision()->findChild<QTableView*>(QStringLiteral("sessionTable"));
    ASSERT_TRUE(table);
    table->selectRow(0);
    QAction* edit = nullptr;
    for (QToolButton* b : window()->supervision()->findChildren<QToolButton*>())
        if (b->text().startsWith(QStringLiteral("Edit session")))
            edit = b->defaultAction();
    ASSERT_TRUE(edit);
    auto* button = buttonFor(window()->supervision(), edit);
    ASSERT_TRUE(button->isEnabled());
    // Saving refreshes the list, which clears the selection and disables the button.
    openWith<SessionDialog>(button, [](SessionDialog* dialog) { dialog->accept(); });
    EXPECT_FALSE(button->isEnabled());
    EXPECT_EQ(window()->focusWidget(), table);
}

TEST_F(GuiDialogFocus, AnAddedRoleReturnsFocusToItsButton)
{
    window()->showScreen(MainWindow::Screen::Profile);
    auto* button = buttonNamed(window()->profile(), QStringLiteral("&Add role…"));
    ASSERT_TRUE(button);
    const int before = int(store().roles().size());
    openWith<RoleDialog>(button, [](RoleDialog* dialog) {
        dialog->titleEdit()->setText(QStringLiteral("Senior practitioner"));
        dialog->startEdit()->setDate(QDate(2025, 1, 6));
        dialog->accept();
    });
    EXPECT_EQ(int(store().roles().size()), before + 1);
    EXPECT_EQ(window()->focusWidget(), button);
}

TEST_F(GuiDialogFocus, ACancelledSignOffReturnsFocusToItsButton)
{
    window()->showScreen(MainWindow::Screen::Supervision);
    auto* button = buttonFor(window()->supervision(), window()->supervision()->signOffAction());
    ASSERT_TRUE(button);
    openWith<SignOffDialog>(button, [](SignOffDialog* dialog) { dialog->reject(); });
    EXPECT_EQ(window()->focusWidget(), button);
}

} // namespace
