#include "IsolatedHome.h"
#include "main/Application.h"

#include <gtest/gtest.h>

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

// GUI tests drive real widgets, so they need a QApplication (offscreen by default). They must
// never touch the real user's portfolio or settings: standard paths are in test mode and
// QSettings writes to a folder that lives as long as the test program.
int main(int argc, char** argv)
{
    // Offscreen unless asked otherwise (QT_QPA_PLATFORM=xcb under xvfb-run, to see real
    // rendering): test discovery runs this program at build time, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const waymark::test::IsolatedHome home;
    waymark::gui::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
