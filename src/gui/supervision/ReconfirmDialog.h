#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace waymark::gui {

class PortfolioSession;

// "Still reached": a supervisor re-confirms items signed off as reached whose evidence changed
// since. Asks only who, in what role, when, and an optional comment.
class ReconfirmDialog : public QDialog
{
    Q_OBJECT

public:
    ReconfirmDialog(PortfolioSession* session, const QList<ItemRef>& items, QWidget* parent = nullptr);

    void accept() override;
    int recordedCount() const { return m_recorded; }

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* commentEdit() const { return m_comment; }

private:
    PortfolioSession* m_session;
    QList<ItemRef> m_items;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    int m_recorded = 0;
};

} // namespace waymark::gui
