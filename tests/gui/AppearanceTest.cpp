#include "GuiTestSupport.h"

#include "main/Appearance.h"

#include <QAction>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiAppearance : public GuiTest
{
protected:
    void TearDown() override
    {
        Appearance::choose(Appearance::Scheme::System);
        GuiTest::TearDown();
    }

    QAction* schemeAction(Appearance::Scheme scheme) const
    {
        for (QAction* a : window()->appearanceMenu()->actions())
            if (a->data().toInt() == int(scheme))
                return a;
        return nullptr;
    }
};

TEST_F(GuiAppearance, DarkAndLightAreChosenFromTheViewMenuKeptAndUndoneBySystem)
{
    const QString systemStyle = QApplication::style()->name();
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    ASSERT_TRUE(schemeAction(Appearance::Scheme::System));
    EXPECT_TRUE(schemeAction(Appearance::Scheme::System)->isChecked());

    schemeAction(Appearance::Scheme::Dark)->trigger();
    QApplication::processEvents(); // widgets take the application's palette from an event
    EXPECT_TRUE(schemeAction(Appearance::Scheme::Dark)->isChecked());
    EXPECT_EQ(QApplication::style()->name(), QStringLiteral("fusion"));
    const QPalette dark = window()->palette();
    EXPECT_LT(dark.color(QPalette::Window).lightness(), 80);
    EXPECT_GT(dark.color(QPalette::WindowText).lightness(), 200);
    EXPECT_LT(dark.color(QPalette::Base).lightness(), 80);
    EXPECT_GT(dark.color(QPalette::Text).lightness(), 200);
    EXPECT_EQ(Appearance::saved(), Appearance::Scheme::Dark);
    EXPECT_EQ(QSettings().value(QStringLiteral("appearance")).toString(), QStringLiteral("dark"));

    schemeAction(Appearance::Scheme::Light)->trigger();
    QApplication::processEvents();
    EXPECT_GT(window()->palette().color(QPalette::Window).lightness(), 180);
    EXPECT_LT(window()->palette().color(QPalette::WindowText).lightness(), 80);
    EXPECT_EQ(Appearance::saved(), Appearance::Scheme::Light);

    schemeAction(Appearance::Scheme::System)->trigger();
    EXPECT_EQ(QApplication::style()->name(), systemStyle);
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), systemWindow);
    EXPECT_EQ(Appearance::saved(), Appearance::Scheme::System);
}

TEST_F(GuiAppearance, AnUnknownStoredChoiceIsTheSystemDefault)
{
    QSettings().setValue(QStringLiteral("appearance"), QStringLiteral("sepia"));
    EXPECT_EQ(Appearance::saved(), Appearance::Scheme::System);
}

} // namespace
