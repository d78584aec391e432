#include "Application.h"

#include "common/MessageBox.h"

#include "waymark/StoreError.h"

#include <QTimer>

namespace waymark::gui {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
}

bool Application::notify(QObject* receiver, QEvent* event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError& error) {
        tell(error.message());
        return false;
    }
}

void Application::tell(const QString& message)
{
    emit readFailed(message);
    // After the event that failed (often a paint, which must not open a window), and once
    // while a message is showing: every screen may fail on the same damaged file.
    if (m_telling)
        return;
    m_telling = true;
    QTimer::singleShot(0, this, [this, message] {
        MessageBox::critical(activeWindow(), tr("Could not read the portfolio"),
                             tr("%1\n\nWhat is on screen may be incomplete. Nothing was changed.").arg(message));
        m_telling = false;
    });
}

} // namespace waymark::gui
