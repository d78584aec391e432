#include "CaseloadView.h"

#include "CaseloadModel.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::gui {

CaseloadView::CaseloadView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new CaseloadModel(this))
{
    setObjectName(QStringLiteral("caseloadView"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_empty = new QLabel(tr("No portfolio is assigned to you yet. Your team's administrator assigns the people you "
                            "supervise or read ('waymark-cli team assign')."), this);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseloadTable"));
    m_table->setModel(m_model);
    TableSetup::apply(m_table, CaseloadModel::Verdict);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open portfolio"), this);
    m_open->setObjectName(QStringLiteral("caseloadOpen"));
    auto* own = new QPushButton(tr("My o&wn portfolio"), this);
    auto* reload = new QPushButton(tr("Re&fresh"), this);
    buttons->addWidget(m_open);
    buttons->addWidget(own);
    buttons->addStretch(1);
    buttons->addWidget(reload);
    layout->addLayout(buttons);
    connect(m_open, &QPushButton::clicked, this, &CaseloadView::openSelected);
    connect(m_table, &QTableView::activated, this, &CaseloadView::openSelected);
    connect(own, &QPushButton::clicked, this, &CaseloadView::ownPortfolioRequested);
    connect(reload, &QPushButton::clicked, this, &CaseloadView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_open->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_open->setEnabled(false);
}

int CaseloadView::entryCount() const
{
    return m_model->rowCount();
}

void CaseloadView::refresh()
{
    PortfolioStore& store = m_session->store();
    m_model->setEntries(store.isOnServer() ? Caseload::read(store, m_session->library(), m_session->today())
                                           : QList<CaseloadEntry>());
    m_heading->setText(tr("Signed in as %1. The portfolios assigned to you, with what awaits your review:")
                           .arg(store.signedInName()));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_table->setVisible(m_model->rowCount() > 0);
    m_table->resizeColumnsToContents();
    m_open->setEnabled(m_table->selectionModel()->hasSelection());
}

void CaseloadView::openSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (const CaseloadEntry* e = m_model->entry(rows.isEmpty() ? m_table->currentIndex().row() : rows.first().row()))
        emit openRequested(e->person.login);
}

} // namespace waymark::gui
