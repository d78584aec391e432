#include "common/MessageBox.h"
#include "main/Appearance.h"
#include "main/Application.h"
#include "main/MainWindow.h"
#include "main/PortfolioSession.h"

#include "waymark/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
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
    waymark::gui::Application app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Waymark"));
    QApplication::setApplicationName(QStringLiteral("Waymark"));
    QApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    // Wayland shells find the icon and name through the installed .desktop file.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.waymark.Waymark"));
    waymark::Translations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The portfolio that moves you along your career pathway."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portfolio(
        QStringLiteral("portfolio"), QApplication::translate("main", "Open FILE (created if missing)."), QStringLiteral("FILE"));
    const QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"),
        QApplication::translate("main", "Quit as soon as the window has painted itself (for start-up timing)."));
    const QCommandLineOption server(QStringLiteral("server"),
        QApplication::translate("main", "Sign in to a team server, postgresql://LOGIN@HOST[:PORT]/DATABASE (the password from "
                                        "PGPASSWORD or ~/.pgpass, as libpq reads them; File > Connect asks for it)."),
        QStringLiteral("URI"));
    parser.addOption(portfolio);
    parser.addOption(server);
    parser.addOption(quitWhenShown);
    parser.process(app);
    const bool quitSoon = parser.isSet(quitWhenShown);
    // Nobody is there to answer a question when the window closes at once.
    if (quitSoon)
        waymark::gui::MessageBox::setAutoAnswer(QMessageBox::Ok);

    waymark::gui::Appearance::apply(waymark::gui::Appearance::saved());

    waymark::PathwayLibrary library;
    library.load();
    waymark::gui::MainWindow window(library);
    // Shown first (painted later, by the event loop), so that the screens behind other tabs
    // wait until they are looked at instead of reading the portfolio now.
    window.show();
    const bool opened = parser.isSet(server) ? window.connectToServer(parser.value(server))
                                             : window.openAtStart(parser.value(portfolio));
    if (!opened && quitSoon)
        std::fprintf(stderr, "waymark: %s\n", qUtf8Printable(window.session()->errorString()));
    // Start-up is timed to the first paint; the other screens are built after it.
    if (quitSoon)
        QObject::connect(&window, &waymark::gui::MainWindow::firstPainted, &app, [] { QCoreApplication::exit(0); });
    else
        QTimer::singleShot(0, &window, &waymark::gui::MainWindow::offerFirstRun);
    return app.exec();
}
