#include "CpdEntryDialog.h"

#include "common/MessageBox.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace waymark::gui {

CpdEntryDialog::CpdEntryDialog(PortfolioSession* session, const CpdEntry& start, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_start(start)
{
    setWindowTitle(start.id == 0 ? tr("Log CPD") : tr("Edit CPD"));
    auto* form = new QFormLayout(this);
    m_date = new QDateEdit(start.id == 0 ? session->today() : start.date, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Date"));
    form->addRow(tr("&Date:"), m_date);
    m_activity = new QLineEdit(start.activity, this);
    m_activity->setAccessibleName(tr("Activity"));
    form->addRow(tr("&Activity:"), m_activity);
    m_hours = new QDoubleSpinBox(this);
    m_hours->setRange(0, 1000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setValue(start.id == 0 ? 1 : start.hours);
    m_hours->setAccessibleName(tr("Hours"));
    form->addRow(tr("&Hours:"), m_hours);
    m_notes = new QPlainTextEdit(start.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes:"), m_notes);
    m_evidence = new QComboBox(this);
    m_evidence->setAccessibleName(tr("Evidence it produced"));
    m_evidence->addItem(tr("None"), 0);
    EvidenceFilter recent;
    recent.limit = 200;
    const auto offer = [this](const EvidenceSummary& e) {
        m_evidence->addItem(tr("%1 (%2)").arg(e.title, QLocale().toString(e.date, QLocale::ShortFormat)), e.id);
    };
    for (const EvidenceSummary& e : session->store().listEvidence(recent))
        offer(e);
    // The evidence an older entry names may be beyond the recent ones listed.
    if (start.evidenceId != 0 && m_evidence->findData(start.evidenceId) < 0)
        if (const std::optional<Evidence> e = session->store().evidence(start.evidenceId))
            offer(*e);
    m_evidence->setCurrentIndex(qMax(0, m_evidence->findData(start.evidenceId)));
    form->addRow(tr("&Evidence:"), m_evidence);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CpdEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CpdEntryDialog::reject);
}

CpdEntry CpdEntryDialog::entry() const
{
    CpdEntry e = m_start;
    e.date = m_date->date();
    e.activity = m_activity->text().trimmed();
    e.hours = m_hours->value();
    e.notes = m_notes->toPlainText();
    e.evidenceId = m_evidence->currentData().toLongLong();
    return e;
}

void CpdEntryDialog::accept()
{
    PortfolioChanges* changes = m_session->changes();
    const bool ok = m_start.id == 0 ? changes->addCpdEntry(entry()) != 0 : changes->updateCpdEntry(entry());
    if (!ok) {
        MessageBox::critical(this, windowTitle(), changes->errorString());
        return;
    }
    QDialog::accept();
}

} // namespace waymark::gui
