#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace waymark::gui {

class ItemTreeModel;
class PortfolioSession;

// Records (or corrects) a supervision session: when, with whom, notes, items discussed.
class SessionDialog : public QDialog
{
    Q_OBJECT

public:
    SessionDialog(PortfolioSession* session, const SupervisionSession& start, QWidget* parent = nullptr);

    SupervisionSession supervisionSession() const;
    void accept() override;

    QDateEdit* dateEdit() const { return m_date; }
    QLineEdit* supervisorEdit() const { return m_supervisor; }
    QLineEdit* roleEdit() const { return m_role; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    ItemTreeModel* itemModel() const { return m_items; }

private:
    PortfolioSession* m_session;
    SupervisionSession m_start;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_supervisor = nullptr;
    QLineEdit* m_role = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    ItemTreeModel* m_items = nullptr;
};

} // namespace waymark::gui
