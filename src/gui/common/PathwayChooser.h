#pragma once

#include <QWidget>

class QComboBox;
class QFormLayout;

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

// Three linked choices: the pathway a worker follows, the step they are on and the step or
// role profile they aim for. Adds its rows to a form layout so that labels line up with the
// form's other fields.
class PathwayChooser : public QObject
{
    Q_OBJECT

public:
    PathwayChooser(const PathwayLibrary& library, QFormLayout* form, QWidget* parent);

    // Pathways for this profession come first; the others follow.
    void setProfession(const QString& profession);
    void setChoice(const QString& pathwayId, const QString& currentStep, const QString& targetStep);
    QString pathwayId() const;
    QString currentStep() const;
    QString targetStep() const; // a step or role profile id; empty: the step after the current one

    QComboBox* pathwayBox() const { return m_pathway; }
    QComboBox* currentBox() const { return m_current; }
    QComboBox* targetBox() const { return m_target; }

signals:
    void changed();

private:
    void fillPathways();
    void fillSteps();

    const PathwayLibrary& m_library;
    QString m_profession;
    QComboBox* m_pathway = nullptr;
    QComboBox* m_current = nullptr;
    QComboBox* m_target = nullptr;
};

} // namespace waymark::gui
