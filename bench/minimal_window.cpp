// The floor for Waymark's start-up time: a Qt Widgets program that shows one window and
// quits once the window has painted itself, exactly as `waymark --quit-when-shown` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

namespace {

class Window : public QMainWindow
{
protected:
    bool event(QEvent* event) override
    {
        const bool handled = QMainWindow::event(event);
        if (event->type() == QEvent::UpdateRequest && testAttribute(Qt::WA_Mapped))
            QCoreApplication::exit(0);
        return handled;
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    window.setCentralWidget(new QLabel(QStringLiteral("Shown"), &window));
    window.resize(1000, 700);
    window.show();
    return app.exec();
}
