#include "RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace waymark::gui {

RefreshWhenShown::RefreshWhenShown(QWidget* screen, std::function<void()> refresh)
    : QObject(screen)
    , m_screen(screen)
    , m_refresh(std::move(refresh))
{
    screen->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    m_waiting = true;
    if (m_screen->isVisible() || !m_screen->window()->isVisible())
        flush();
}

void RefreshWhenShown::flush()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    m_refresh();
}

bool RefreshWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_screen && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

} // namespace waymark::gui
