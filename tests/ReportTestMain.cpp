#include "IsolatedHome.h"

#include <gtest/gtest.h>

#include <QGuiApplication>
#include <QStandardPaths>

// Reports lay out text, which needs fonts and so a QGuiApplication (offscreen is enough).
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const waymark::test::IsolatedHome home;
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("Waymark"));
    QGuiApplication::setApplicationName(QStringLiteral("Waymark"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
