#include "main/MainWindow.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    // A clear word instead of Qt's abort when there is no display to open a window on.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr,
                     "waymark: no display found. Run it on a desktop, or without one:\n"
                     "  xvfb-run -a build/src/gui/waymark      (a virtual display)\n"
                     "  build/src/cli/waymark-cli --help       (the command-line tool)\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));

    waymark::PathwayLibrary library;
    library.load();
    waymark::gui::MainWindow window(library);
    window.show();
    if (app.arguments().contains(QStringLiteral("--quit-when-shown")))
        QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
