// The floor for Waymark's start-up time: a Qt Widgets program that shows one window
// and quits, exactly as `waymark --quit-when-shown` does once its window is shown.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Shown"), &window));
    window.resize(1000, 700);
    window.show();
    QTimer::singleShot(0, &app, &QApplication::quit);
    return app.exec();
}
