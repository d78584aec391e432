#pragma once

#include "waymark/NextSteps.h"

#include <QGroupBox>

class QGridLayout;
class QPushButton;

namespace waymark::gui {

// "Next steps": one row per step the core proposes, its sentence and a button that does it.
class NextStepsPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit NextStepsPanel(QWidget* parent = nullptr);

    void setSteps(const QList<NextStep>& steps);
    const QList<NextStep>& steps() const { return m_steps; }
    QList<QPushButton*> buttons() const { return m_buttons; }

    // The button's text for a kind of step: what pressing it does.
    static QString actionText(NextStep::Kind kind);

signals:
    void stepChosen(const waymark::NextStep& step);

private:
    QGridLayout* m_grid = nullptr;
    QList<NextStep> m_steps;
    QList<QPushButton*> m_buttons;
    QList<QWidget*> m_rows;
};

} // namespace waymark::gui
