#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace waymark::gui {

class OptionalDateEdit;

// One role in the worker's history: title, grade, dates, whether it supervised others.
class RoleDialog : public QDialog
{
    Q_OBJECT

public:
    RoleDialog(const RoleRecord& start, const QDate& today, QWidget* parent = nullptr);

    RoleRecord role() const;

    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* startEdit() const { return m_start; }

private:
    RoleRecord m_role;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_grade = nullptr;
    QDateEdit* m_start = nullptr;
    OptionalDateEdit* m_end = nullptr;
    QCheckBox* m_supervised = nullptr;
};

} // namespace waymark::gui
