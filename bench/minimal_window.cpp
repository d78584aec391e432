// The floor for Waymark's start-up time: a Qt Widgets program that shows one window and
// quits once the window has painted itself, exactly as `waymark --quit-when-shown` does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>

namespace {

// Quits when the first paint of what it watches is over.
class QuitAfterFirstPaint : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            QMetaObject::invokeMethod(qApp, [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Minimal window"));
    auto* label = new QLabel(QStringLiteral("Shown"), &window);
    QuitAfterFirstPaint quit;
    label->installEventFilter(&quit);
    window.setCentralWidget(label);
    window.resize(1000, 700);
    window.show();
    return app.exec();
}
