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

// One CPD activity, new or logged before: when, what, how many hours, notes, the evidence it
// produced, and what the regulators ask of a record (type, relevance, learning, impact, peer
// reflection, the SSSC's core learning element).
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
    QComboBox* typeBox() const { return m_type; }
    QPlainTextEdit* relevanceEdit() const { return m_relevance; }
    QPlainTextEdit* learntEdit() const { return m_learnt; }
    QPlainTextEdit* impactPeopleEdit() const { return m_impactPeople; }
    QPlainTextEdit* peerReflectionEdit() const { return m_peer; }
    QComboBox* elementBox() const { return m_element; }

private:
    PortfolioSession* m_session;
    CpdEntry m_start;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_activity = nullptr;
    QDoubleSpinBox* m_hours = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QComboBox* m_evidence = nullptr;
    QComboBox* m_type = nullptr;
    QPlainTextEdit* m_relevance = nullptr;
    QPlainTextEdit* m_learnt = nullptr;
    QPlainTextEdit* m_impactPractice = nullptr;
    QPlainTextEdit* m_impactPeople = nullptr;
    QPlainTextEdit* m_peer = nullptr;
    QComboBox* m_element = nullptr;
};

} // namespace waymark::gui
