#include "IsolatedHome.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

// Tests need a QCoreApplication for resources, standard paths and SQL drivers, and must
// never touch the real user's data.
int main(int argc, char** argv)
{
    const waymark::test::IsolatedHome home;
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
