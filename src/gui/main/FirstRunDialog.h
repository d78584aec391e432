#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

class PathwayChooser;

// The few questions asked when a portfolio has no worker yet: name, profession, pathway,
// current and target step. Everything else can wait for the profile screen.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    FirstRunDialog(const PathwayLibrary& library, const Worker& start, QWidget* parent = nullptr);

    // The worker given to the constructor with the answers filled in.
    Worker worker() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* professionBox() const { return m_profession; }
    PathwayChooser* chooser() const { return m_chooser; }

    void accept() override;

private:
    void updateButtons();

    Worker m_worker;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profession = nullptr;
    PathwayChooser* m_chooser = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace waymark::gui
