#include "PanelExportDialog.h"

#include "common/DialogFocus.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"
#include "panel/EvidenceChoiceModel.h"
#include "panel/FindingListModel.h"
#include "panel/PrivateNamesDialog.h"

#include "waymark/FrozenCase.h"


#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::gui {

PanelExportDialog::PanelExportDialog(PortfolioSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Export for the progression panel"));
    setObjectName(QStringLiteral("panelExportDialog"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("Waymark writes your portfolio as one PDF for the panel: readiness, the competency matrix, "
                        "the evidence you choose, judgement history, learning plan and CPD. Evidence is checked "
                        "for personal data about the people you work with before anything is written."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("panelTargetBox"));
    m_step->setAccessibleName(tr("Step or role profile the panel judges"));
    m_step->addItem(tr("Your target"), QString());
    if (const Pathway* p = session->workerPathway()) {
        for (const Step& s : p->steps)
            m_step->addItem(s.title, s.id);
        for (const RoleProfile& r : p->roleProfiles)
            m_step->addItem(tr("Role profile: %1").arg(r.title), r.id);
    }
    form->addRow(tr("&Target:"), m_step);
    m_allSteps = new QCheckBox(tr("Show every step in the competency &matrix (by default: your current and target steps)"), this);
    form->addRow(QString(), m_allSteps);
    m_workingCopy = new QCheckBox(tr("Print a &working copy of the portfolio as it is now, not the case as you submitted it "
                                     "(every page says so)"), this);
    m_workingCopy->setObjectName(QStringLiteral("panelWorkingCopyBox"));
    form->addRow(QString(), m_workingCopy);
    m_caseNote = new QLabel(this);
    m_caseNote->setWordWrap(true);
    form->addRow(QString(), m_caseNote);
    layout->addLayout(form);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* evidenceTitle = new QLabel(tr("&Evidence to include:"), left);
    auto* evidenceView = new QListView(left);
    evidenceView->setAccessibleName(tr("Evidence to include; untick to leave out"));
    evidenceTitle->setBuddy(evidenceView);
    m_evidence = new EvidenceChoiceModel(this);
    evidenceView->setModel(m_evidence);
    auto* allNone = new QHBoxLayout;
    auto* all = new QPushButton(tr("&All"), left);
    auto* none = new QPushButton(tr("&None"), left);
    allNone->addWidget(all);
    allNone->addWidget(none);
    allNone->addStretch(1);
    leftLayout->addWidget(evidenceTitle);
    leftLayout->addWidget(evidenceView, 1);
    leftLayout->addLayout(allNone);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_findingSummary = new QLabel(right);
    m_findingSummary->setObjectName(QStringLiteral("findingSummary"));
    m_findingSummary->setWordWrap(true);
    m_findingView = new QTableView(right);
    m_findingView->setObjectName(QStringLiteral("findingTable"));
    m_findingView->setAccessibleName(tr("Likely personal data found"));
    m_findings = new FindingListModel(this);
    m_findingView->setModel(m_findings);
    TableSetup::apply(m_findingView, FindingListModel::ContextColumn);
    auto* findingButtons = new QHBoxLayout;
    auto* recheck = new QPushButton(tr("C&heck again"), right);
    m_open = new QPushButton(tr("&Open the evidence"), right);
    m_open->setToolTip(tr("Close this and edit the evidence, to take the personal data out"));
    m_redact = new QPushButton(tr("&Redact in the panel copy"), right);
    m_redact->setObjectName(QStringLiteral("redactButton"));
    m_redact->setToolTip(tr("The PDF shows [redacted] in its place; your record stays as it is, so sign-offs are not affected"));
    m_keep = new QPushButton(tr("&Keep it deliberately"), right);
    m_keep->setToolTip(tr("It is not about a person who uses services (or they agreed): keep it in this version"));
    findingButtons->addWidget(recheck);
    findingButtons->addWidget(m_open);
    findingButtons->addWidget(m_redact);
    findingButtons->addWidget(m_keep);
    auto* names = new QPushButton(tr("Names to look &for…"), right);
    names->setObjectName(QStringLiteral("privateNamesButton"));
    names->setToolTip(tr("The names of people who use services that the check looks for"));
    findingButtons->addWidget(names);
    findingButtons->addStretch(1);
    m_anyway = new QCheckBox(tr("Export an&yway, with the findings left as they are"), right);
    rightLayout->addWidget(m_findingSummary);
    rightLayout->addWidget(m_findingView, 1);
    rightLayout->addLayout(findingButtons);
    rightLayout->addWidget(m_anyway);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("E&xport PDF…"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("panelPrintButton"));
    m_print->setToolTip(tr("Print the same pages as the PDF, after the same check for personal data"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (exportPdf())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (printWithDialog())
            accept();
    });
    connect(all, &QPushButton::clicked, this, [this] { m_evidence->setAllIncluded(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_evidence->setAllIncluded(false); });
    connect(m_evidence, &EvidenceChoiceModel::choiceChanged, this, &PanelExportDialog::check);
    connect(recheck, &QPushButton::clicked, this, &PanelExportDialog::check);
    connect(names, &QPushButton::clicked, this, [this] {
        PrivateNamesDialog dialog(m_session, this);
        if (execKeepingFocus(dialog) == QDialog::Accepted)
            check();
    });
    connect(m_keep, &QPushButton::clicked, this, &PanelExportDialog::keepSelectedFinding);
    connect(m_redact, &QPushButton::clicked, this, &PanelExportDialog::redactSelectedFinding);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const AnonymisationFinding* f = m_findings->findingAt(m_findingView->currentIndex().row());
        if (!f || f->evidenceId <= 0)
            return;
        emit evidenceToOpen(f->evidenceId);
        reject();
    });
    connect(m_findingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PanelExportDialog::updateButtons);
    connect(m_anyway, &QCheckBox::toggled, this, &PanelExportDialog::updateButtons);
    // What the PDF prints, and so what the check reads, depends on both.
    connect(m_workingCopy, &QCheckBox::toggled, this, &PanelExportDialog::check);
    connect(m_step, &QComboBox::currentIndexChanged, this, &PanelExportDialog::check);
    m_evidence->setEvidence(session->store().findEvidence());
}

void PanelExportDialog::check()
{
    // A submitted case is printed as frozen: the check reads the evidence as it was submitted.
    PortfolioStore& store = m_session->store();
    const QString target = m_step->currentData().toString().isEmpty() ? m_session->worker().targetStep : m_step->currentData().toString();
    std::optional<FrozenCase> frozen;
    m_caseProblem.clear();
    try {
        const std::optional<ProgressionCase> submitted
            = FrozenCaseReader::caseFor(store, m_session->worker().pathwayId, target, 0);
        m_workingCopy->setVisible(submitted.has_value());
        if (submitted && !m_workingCopy->isChecked())
            frozen = FrozenCaseReader::read(store, *submitted);
        m_caseNote->setVisible(submitted.has_value());
        if (submitted)
            m_caseNote->setText(frozen ? tr("The PDF prints case %1 as you submitted it on %2; changes since are marked.")
                                             .arg(submitted->id)
                                             .arg(QLocale().toString(submitted->snapshot.frozenAt.toLocalTime().date(), QLocale::ShortFormat))
                                       : tr("The PDF prints the portfolio as it is now, marked on every page as a working copy."));
    } catch (const StoreError& e) {
        m_caseProblem = e.message();
        m_caseNote->setText(m_caseProblem);
        m_caseNote->setVisible(true);
    }
    m_findings->setFindings(AnonymisationCheck::scanPanel(store, m_evidence->excluded(), frozen ? &frozen->evidence : nullptr));
    const int unresolved = m_findings->unresolved();
    m_findingSummary->setText(unresolved == 0
            ? tr("No unresolved personal data in what the PDF shows.")
            : tr("%n likely piece(s) of personal data in what the PDF shows. Take each out, redact it in "
                 "the panel copy, keep it deliberately, or leave that evidence out.",
                nullptr, unresolved));
    updateButtons();
}

bool PanelExportDialog::keepSelectedFinding()
{
    return decideSelectedFinding(FindingDecision::Keep);
}

bool PanelExportDialog::redactSelectedFinding()
{
    return decideSelectedFinding(FindingDecision::Redact);
}

bool PanelExportDialog::decideSelectedFinding(FindingDecision decision)
{
    const AnonymisationFinding* f = m_findings->findingAt(m_findingView->currentIndex().row());
    if (!f || f->resolved())
        return false;
    const int row = m_findingView->currentIndex().row();
    if (!m_session->store().decideFinding(f->record, f->recordVersion, f->key(), decision)) {
        MessageBox::critical(this, windowTitle(), m_session->store().errorString());
        return false;
    }
    check();
    m_findingView->setCurrentIndex(m_findings->index(qMin(row, m_findings->rowCount() - 1), 0));
    return true;
}

void PanelExportDialog::updateButtons()
{
    const AnonymisationFinding* f = m_findings->findingAt(m_findingView->currentIndex().row());
    m_open->setEnabled(f && f->evidenceId > 0);
    m_keep->setEnabled(f && !f->resolved());
    m_redact->setEnabled(f && !f->resolved());
    m_anyway->setVisible(m_findings->unresolved() > 0);
    m_export->setEnabled(m_caseProblem.isEmpty() && (m_findings->unresolved() == 0 || m_anyway->isChecked()));
    m_print->setEnabled(m_export->isEnabled());
}

PanelReportOptions PanelExportDialog::options() const
{
    PanelReportOptions options;
    options.excludedEvidence = m_evidence->excluded();
    options.targetStep = m_step->currentData().toString();
    options.today = m_session->today();
    options.acceptFindings = m_anyway->isChecked();
    options.allSteps = m_allSteps->isChecked();
    options.live = m_workingCopy->isChecked();
    return options;
}

bool PanelExportDialog::exportPdf()
{
    if (m_findings->unresolved() > 0 && !m_anyway->isChecked())
        return false;
    const QString suggested
        = QDir::home().filePath(tr("%1 portfolio for panel %2.pdf")
                                    .arg(m_session->worker().name, m_session->today().toString(Qt::ISODate))
                                    .trimmed());
    QString path = FileDialog::getSaveFileName(this, tr("Export for panel"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    PanelReport report(m_session->store(), m_session->library(), options());
    QString error;
    if (!report.writePdf(path, &m_result, &error)) {
        MessageBox::critical(this, windowTitle(), error);
        return false;
    }
    m_written = path;
    return true;
}

bool PanelExportDialog::printWithDialog()
{
    if (m_findings->unresolved() > 0 && !m_anyway->isChecked())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("%1 portfolio for panel").arg(m_session->worker().name).trimmed());
    QPrintDialog dialog(&printer, this);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
    if (execKeepingFocus(dialog) != QDialog::Accepted)
        return false;
    return print(printer);
}

bool PanelExportDialog::print(QPrinter& printer)
{
    // The page layout is the PDF's: A4 and its own margins, on the whole sheet.
    printer.setFullPage(true);
    printer.setResolution(300); // the PDF's: text is laid out, so broken into lines, at this resolution
    PanelReport report(m_session->store(), m_session->library(), options());
    QString error;
    if (!report.print(printer, &m_result, &error)) {
        MessageBox::critical(this, windowTitle(), error);
        return false;
    }
    m_printer = printer.outputFileName().isEmpty() ? printer.printerName() : QDir::toNativeSeparators(printer.outputFileName());
    return true;
}

} // namespace waymark::gui
