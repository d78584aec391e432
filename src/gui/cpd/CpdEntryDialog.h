#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace waymark::gui {

class PortfolioSession;

// One CPD activity: when, what, how many hours, notes, and the evidence it produced.
class CpdEntryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CpdEntryDialog(PortfolioSession* session, QWidget* parent = nullptr);

    CpdEntry entry() const;
    void accept() override;

    QLineEdit* activityEdit() const { return m_activity; }
    QDoubleSpinBox* hoursBox() const { return m_hours; }

private:
    PortfolioSession* m_session;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_activity = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_evidence = nullptr;
};

} // namespace waymark::gui
