#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace waymark::gui {

class ItemTreeModel;
class OptionalDateEdit;
class PortfolioSession;

// One learning plan activity: what, by when, its status and the items it works towards.
class PlanItemDialog : public QDialog
{
    Q_OBJECT

public:
    PlanItemDialog(PortfolioSession* session, const PlanItem& start, QWidget* parent = nullptr);

    PlanItem planItem() const;
    void accept() override;

    QLineEdit* activityEdit() const { return m_activity; }
    QComboBox* statusBox() const { return m_status; }

private:
    PortfolioSession* m_session;
    PlanItem m_start;
    QLineEdit* m_activity = nullptr;
    OptionalDateEdit* m_target = nullptr;
    QComboBox* m_status = nullptr;
    ItemTreeModel* m_items = nullptr;
};

} // namespace waymark::gui
