#include "CpdView.h"

#include "common/DialogFocus.h"
#include "common/MessageBox.h"
#include "common/EmptyState.h"
#include "common/TableSetup.h"
#include "cpd/CpdEntryDialog.h"
#include "cpd/CpdListModel.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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
    layout->addLayout(buttons);
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
        return;
    }
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

} // namespace waymark::gui
