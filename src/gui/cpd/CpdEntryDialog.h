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

// One CPD activity, new or logged before: when, what, how many hours, notes, and the evidence
// it produced.
class CpdEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // A new entry when start has no id.
    CpdEntryDialog(PortfolioSession* session, const CpdEntry& start, QWidget* parent = nullptr);

    CpdEntry entry() const;
    void accept() override;

    QLineEdit* activityEdit() const { return m_activity; }
    QDoubleSpinBox* hoursBox() const { return m_hours; }

private:
    PortfolioSession* m_session;
    CpdEntry m_start;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_activity = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_evidence = nullptr;
};

} // namespace waymark::gui
