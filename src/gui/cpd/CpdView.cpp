#include "CpdView.h"

#include "common/DialogFocus.h"
#include "common/MessageBox.h"
#include "common/EmptyState.h"
#include "common/TableSetup.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdListModel.h"
#include "cpd/CpdProfileDialog.h"
#include "cpd/RegulatorStatus.h"
#include "common/FileDialog.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include "waymark/RegulatorReport.h"

#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::gui {

CpdView::CpdView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("cpdTotal"));
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    layout->addWidget(m_total);
    m_regulator = new RegulatorStatus(this);
    layout->addWidget(m_regulator);
    m_model = new CpdListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("cpdTable"));
    m_view->setAccessibleName(tr("CPD log"));
    m_view->setModel(m_model);
    TableSetup::apply(m_view, CpdListModel::NotesColumn);
    m_view->horizontalHeader()->setSectionResizeMode(CpdListModel::ActivityColumn, QHeaderView::Stretch);
    auto* empty = new EmptyState(m_view, tr("No CPD logged yet"),
        tr("Log each piece of continuing professional development: what you did, when, for how long, and "
           "what you took from it. Your registration body asks for it, and the panel sees the total."),
        tr("Log your first CPD…"), this);
    layout->addWidget(empty, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Log CPD…"), this);
    auto* edit = new QPushButton(tr("Ed&it…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    buttons->addWidget(add);
    buttons->addWidget(edit);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    // Shown only when the profile names a regulator whose rules Waymark knows.
    m_regulatorButtons = new QWidget(this);
    auto* regulatorButtons = new QHBoxLayout(m_regulatorButtons);
    regulatorButtons->setContentsMargins(0, 0, 0, 0);
    m_profile = new QPushButton(tr("Regulator pr&ofile…"), m_regulatorButtons);
    m_profile->setToolTip(tr("HCPC's summary of practice history and personal statement; the SSSC's core learning elements and declaration date"));
    auto* copy = new QPushButton(tr("&Copy for regulator"), m_regulatorButtons);
    copy->setToolTip(tr("This period's CPD as text, ready to paste into the regulator's form"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), m_regulatorButtons);
    regulatorButtons->addWidget(m_profile);
    regulatorButtons->addWidget(copy);
    regulatorButtons->addWidget(pdf);
    buttons->addWidget(m_regulatorButtons);
    layout->addLayout(buttons);
    connect(m_profile, &QPushButton::clicked, this, &CpdView::editProfile);
    connect(copy, &QPushButton::clicked, this, &CpdView::copyForRegulator);
    connect(pdf, &QPushButton::clicked, this, &CpdView::exportPdf);
    connect(session, &PortfolioSession::profileChanged, this, &CpdView::refresh);
    connect(add, &QPushButton::clicked, this, &CpdView::addEntry);
    connect(empty->button(), &QPushButton::clicked, this, &CpdView::addEntry);
    connect(edit, &QPushButton::clicked, this, &CpdView::editEntry);
    connect(m_view, &QTableView::activated, this, &CpdView::editEntry);
    connect(remove, &QPushButton::clicked, this, &CpdView::removeEntry);
    connect(session, &PortfolioSession::portfolioOpened, this, &CpdView::refresh);
    connect(session, &PortfolioSession::cpdChanged, this, &CpdView::refresh);
    refresh();
}

void CpdView::refresh()
{
    const bool open = m_session->isOpen();
    setEnabled(open);
    m_model->setEntries(open ? m_session->store().cpdEntries() : QList<CpdEntry>());
    if (!open) {
        m_total->clear();
        m_regulator->setCheck(std::nullopt);
        m_regulatorButtons->hide();
        return;
    }
    const std::optional<CpdCheck> check = m_session->regulatorCheck();
    m_regulator->setCheck(check);
    m_regulatorButtons->setVisible(check.has_value());
    m_profile->setVisible(check && check->regulator != Regulator::SocialWorkEngland);
    const QDate today = m_session->today();
    const double total = m_session->store().cpdHours();
    const double lastYear = m_session->store().cpdHours(today.addYears(-1).addDays(1), today);
    m_total->setText(tr("Total: %1 hours  ·  last 12 months: %2 hours")
                         .arg(QLocale().toString(total, 'f', 1), QLocale().toString(lastYear, 'f', 1)));
}

void CpdView::addEntry()
{
    CpdEntryDialog dialog(m_session, CpdEntry(), this);
    execKeepingFocus(dialog, m_view);
}

void CpdView::editEntry()
{
    const CpdEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry)
        return;
    CpdEntryDialog dialog(m_session, *entry, this);
    execKeepingFocus(dialog, m_view);
}

void CpdView::removeEntry()
{
    const CpdEntry* entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry)
        return;
    // No question first: the status bar offers Undo.
    if (!m_session->changes()->removeCpdEntry(*entry))
        MessageBox::critical(this, tr("CPD log"), m_session->changes()->errorString());
}

void CpdView::editProfile()
{
    const std::optional<Regulator> regulator = RegulatorCpd::regulatorOf(m_session->worker());
    if (!regulator || *regulator == Regulator::SocialWorkEngland)
        return;
    CpdProfileDialog dialog(m_session, *regulator, this);
    execKeepingFocus(dialog, m_view);
}

bool CpdView::mayExport(const CpdCheck& check)
{
    const QList<AnonymisationFinding> findings = RegulatorCpd::exportFindings(check, m_session->store().privateNames());
    if (findings.isEmpty())
        return true;
    QStringList lines;
    for (const AnonymisationFinding& f : findings)
        lines << tr("• %1 (%2): %3 “%4”").arg(f.recordTitle, f.field, findingKindTitle(f.kind), f.match);
    return MessageBox::warning(this, RegulatorReport::title(check.regulator),
               tr("The export shows %n likely piece(s) of personal data about people who use services:\n\n%1\n\n"
                  "Export it anyway?", nullptr, int(findings.size())).arg(lines.join(QLatin1Char('\n'))),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void CpdView::copyForRegulator()
{
    const std::optional<CpdCheck> check = m_session->regulatorCheck();
    if (!check || !mayExport(*check))
        return;
    QGuiApplication::clipboard()->setText(RegulatorCpd::exportText(*check, m_session->worker()));
    if (auto* main = qobject_cast<QMainWindow*>(window()))
        main->statusBar()->showMessage(tr("Copied the CPD for %1 (%2) to the clipboard.").arg(regulatorTitle(check->regulator), RegulatorCpd::periodTitle(*check)), 8000);
}

void CpdView::exportPdf()
{
    const std::optional<CpdCheck> check = m_session->regulatorCheck();
    if (!check || !mayExport(*check))
        return;
    const QString suggested = QDir::home().filePath(QStringLiteral("cpd-%1-%2.pdf").arg(regulatorId(check->regulator)).arg(check->period.to.year()));
    const QString path = FileDialog::getSaveFileName(this, RegulatorReport::title(check->regulator), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!RegulatorReport::writePdf(*check, m_session->worker(), path, nullptr, &error))
        MessageBox::critical(this, RegulatorReport::title(check->regulator), error);
}

} // namespace waymark::gui
