#include "CpdEntryDialog.h"

#include "common/MessageBox.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include "waymark/RegulatorCpd.h"

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

    // The type is free text; the suggestions are the worker's regulator's (every one's when
    // none applies).
    m_type = new QComboBox(this);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    m_type->setAccessibleName(tr("Type of CPD"));
    const std::optional<Regulator> regulator = RegulatorCpd::regulatorOf(session->worker());
    QStringList types{QString()};
    for (Regulator r : regulator ? QList<Regulator>{*regulator} : allRegulators())
        for (const QString& t : RegulatorCpd::typeSuggestions(r))
            if (!types.contains(t))
                types << t;
    m_type->addItems(types);
    m_type->setCurrentText(start.type);
    form->addRow(tr("&Type:"), m_type);
    const auto textBox = [this](const QString& text, const QString& name) {
        auto* edit = new QPlainTextEdit(text, this);
        edit->setAccessibleName(name);
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 2 * edit->frameWidth() + 8);
        return edit;
    };
    m_relevance = textBox(start.relevance, tr("Why it is relevant"));
    form->addRow(tr("Why &relevant:"), m_relevance);
    m_learnt = textBox(start.learnt, tr("What I learnt"));
    form->addRow(tr("What I &learnt:"), m_learnt);
    m_impactPractice = textBox(start.impactPractice, tr("Impact on my practice"));
    form->addRow(tr("Impact on &practice:"), m_impactPractice);
    m_impactPeople = textBox(start.impactPeople, tr("Impact on the people I work with"));
    form->addRow(tr("Impact on pe&ople:"), m_impactPeople);
    m_peer = textBox(start.peerReflection, tr("Peer reflection"));
    m_peer->setPlaceholderText(tr("What you learnt from discussing it with a peer"));
    form->addRow(tr("Peer re&flection:"), m_peer);
    m_element = new QComboBox(this);
    m_element->setEditable(true);
    m_element->setInsertPolicy(QComboBox::NoInsert);
    m_element->setAccessibleName(tr("Core learning element (SSSC)"));
    m_element->addItem(QString());
    for (const QString& line : session->store().cpdText(CpdText::CoreLearningElements).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            m_element->addItem(line.trimmed());
    m_element->setCurrentText(start.learningElement);
    form->addRow(tr("Core learning ele&ment:"), m_element);
    // Only the SSSC asks for it.
    form->setRowVisible(m_element, !regulator || *regulator == Regulator::Sssc);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CpdEntryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CpdEntryDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

CpdEntry CpdEntryDialog::entry() const
{
    CpdEntry e = m_start;
    e.date = m_date->date();
    e.activity = m_activity->text().trimmed();
    e.hours = m_hours->value();
    e.notes = m_notes->toPlainText();
    e.evidenceId = m_evidence->currentData().toLongLong();
    e.type = m_type->currentText().trimmed();
    e.relevance = m_relevance->toPlainText();
    e.learnt = m_learnt->toPlainText();
    e.impactPractice = m_impactPractice->toPlainText();
    e.impactPeople = m_impactPeople->toPlainText();
    e.peerReflection = m_peer->toPlainText();
    e.learningElement = m_element->currentText().trimmed();
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
