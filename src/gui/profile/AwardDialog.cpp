#include "AwardDialog.h"

#include "common/OptionalDateEdit.h"

#include "waymark/PathwayLibrary.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace waymark::gui {

AwardDialog::AwardDialog(const PathwayLibrary& library, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add an award or qualification"));
    auto* form = new QFormLayout(this);
    m_award = new QComboBox(this);
    m_award->setEditable(true);
    m_award->setInsertPolicy(QComboBox::NoInsert);
    m_award->setAccessibleName(tr("Award or qualification"));
    m_award->setToolTip(tr("Choose one the pathways know, or type any other"));
    QStringList seen;
    for (const Pathway& p : library.pathways())
        for (const Award& a : p.awards)
            if (!seen.contains(a.id)) {
                seen << a.id;
                m_award->addItem(a.title, a.id);
            }
    m_award->setCurrentIndex(-1);
    form->addRow(tr("&Award:"), m_award);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Held"), int(AwardRecord::Status::Held));
    m_status->addItem(tr("In progress"), int(AwardRecord::Status::InProgress));
    form->addRow(tr("&Status:"), m_status);
    m_date = new OptionalDateEdit(tr("&Dated"), this);
    form->addRow(QString(), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AwardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AwardDialog::reject);
}

AwardRecord AwardDialog::award() const
{
    AwardRecord a;
    const QString text = m_award->currentText().trimmed();
    const int known = m_award->findText(text);
    // A known award is stored by its id, so that the rules that ask for it find it.
    a.award = known >= 0 ? m_award->itemData(known).toString() : text;
    a.title = text;
    a.status = AwardRecord::Status(m_status->currentData().toInt());
    a.date = m_date->date();
    return a;
}

} // namespace waymark::gui
