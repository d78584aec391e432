#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace waymark::gui {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_check = new QCheckBox(checkText, this);
    m_edit = new QDateEdit(QDate::currentDate(), this);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->setAccessibleName(checkText);
    m_edit->setEnabled(false);
    layout->addWidget(m_check);
    layout->addWidget(m_edit, 1);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        emit dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    const QSignalBlocker b1(m_check), b2(m_edit);
    m_check->setChecked(date.isValid());
    m_edit->setEnabled(date.isValid());
    if (date.isValid())
        m_edit->setDate(date);
}

} // namespace waymark::gui
