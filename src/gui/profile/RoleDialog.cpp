#include "RoleDialog.h"

#include "common/OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace waymark::gui {

RoleDialog::RoleDialog(const RoleRecord& start, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_role(start)
{
    setWindowTitle(start.id == 0 ? tr("Add a role") : tr("Edit a role"));
    auto* form = new QFormLayout(this);
    m_title = new QLineEdit(start.title, this);
    m_title->setAccessibleName(tr("Role title"));
    form->addRow(tr("&Role:"), m_title);
    m_grade = new QLineEdit(start.grade, this);
    m_grade->setAccessibleName(tr("Grade"));
    form->addRow(tr("&Grade:"), m_grade);
    m_start = new QDateEdit(start.start.isValid() ? start.start : today, this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_start->setAccessibleName(tr("Started on"));
    form->addRow(tr("&Started:"), m_start);
    m_end = new OptionalDateEdit(tr("&Ended"), this);
    m_end->setDate(start.end);
    m_end->setToolTip(tr("Leave unticked while this is your current role"));
    form->addRow(QString(), m_end);
    m_supervised = new QCheckBox(tr("&I supervised others in this role"), this);
    m_supervised->setChecked(start.supervisedOthers);
    form->addRow(QString(), m_supervised);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RoleDialog::reject);
}

RoleRecord RoleDialog::role() const
{
    RoleRecord r = m_role;
    r.title = m_title->text().trimmed();
    r.grade = m_grade->text().trimmed();
    r.start = m_start->date();
    r.end = m_end->date();
    r.supervisedOthers = m_supervised->isChecked();
    return r;
}

} // namespace waymark::gui
