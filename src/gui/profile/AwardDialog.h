#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

class OptionalDateEdit;

// An award or qualification: one the pathways know (so that rules can find it) or any other.
class AwardDialog : public QDialog
{
    Q_OBJECT

public:
    AwardDialog(const PathwayLibrary& library, QWidget* parent = nullptr);

    AwardRecord award() const;
    QComboBox* awardBox() const { return m_award; }
    QComboBox* statusBox() const { return m_status; }

private:
    QComboBox* m_award = nullptr;
    QComboBox* m_status = nullptr;
    OptionalDateEdit* m_date = nullptr;
};

} // namespace waymark::gui
