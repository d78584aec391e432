#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace waymark::gui {

// Runs a screen's refresh at once, except while the screen is hidden behind another tab of a
// window on show: then it runs when the screen is next shown. Hidden screens do no work for
// changes nobody can see, and the window shows sooner on a large portfolio.
class RefreshWhenShown : public QObject
{
    Q_OBJECT

public:
    RefreshWhenShown(QWidget* screen, std::function<void()> refresh);

    void request();
    // Runs a waiting refresh now, before acting on what the screen holds.
    void flush();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_screen;
    std::function<void()> m_refresh;
    bool m_waiting = false;
};

} // namespace waymark::gui
