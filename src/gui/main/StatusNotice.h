#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace waymark::gui {

// A message in the status bar that can carry an "Undo" button, e.g. after a deletion.
class StatusNotice : public QWidget
{
    Q_OBJECT

public:
    explicit StatusNotice(QWidget* parent = nullptr);

    void showNotice(const QString& text, bool offerUndo);
    QString text() const;
    QPushButton* undoButton() const { return m_undo; }

signals:
    void undoRequested();

private:
    QLabel* m_label = nullptr;
    QPushButton* m_undo = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace waymark::gui
