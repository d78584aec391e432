#pragma once

#include <QStackedWidget>

#include <functional>

class QAbstractItemView;
class QLabel;
class QPushButton;

namespace waymark::gui {

// A list, or in its place while there is nothing in it, what goes there and a button for the
// first thing to do. The view moves into this stack; the caller connects button().
class EmptyState : public QStackedWidget
{
    Q_OBJECT

public:
    // isEmpty: when the page shows instead of the view; by default while the view's model has
    // no rows (a filtered list passes "nothing at all", not "nothing matches").
    EmptyState(QAbstractItemView* view, const QString& heading, const QString& text, const QString& buttonText,
        QWidget* parent = nullptr, std::function<bool()> isEmpty = {});

    QPushButton* button() const { return m_button; }
    bool showsEmpty() const { return currentIndex() == 0; }
    // Asks again whether there is anything to show.
    void update();

private:
    QAbstractItemView* m_view;
    QPushButton* m_button;
    std::function<bool()> m_isEmpty;
};

} // namespace waymark::gui
