#include "SupervisionView.h"

#include "common/DialogFocus.h"
#include "common/MarkdownPreview.h"
#include "common/RefreshWhenShown.h"
#include "common/EmptyState.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"
#include "supervision/JudgementHistoryModel.h"
#include "supervision/SessionDialog.h"
#include "supervision/SessionListModel.h"
#include "supervision/SignOffDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark::gui {

SupervisionView::SupervisionView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_newSession = new QAction(tr("New supervision &session…"), this);
    m_newSession->setObjectName(QStringLiteral("newSessionAction"));
    m_editSession = new QAction(tr("&Edit session…"), this);
    m_signOff = new QAction(tr("Record &sign-off…"), this);
    m_signOff->setObjectName(QStringLiteral("recordSignOffAction"));
    m_signOff->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    m_signOff->setToolTip(tr("Record a supervisor's judgement on one or several items (Ctrl+Shift+J)"));

    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    for (QAction* a : { m_newSession, m_editSession, m_signOff }) {
        auto* b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QSplitter(Qt::Horizontal, splitter);
    auto* sessionsBox = new QWidget(top);
    auto* sessionsLayout = new QVBoxLayout(sessionsBox);
    sessionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* sessionsTitle = new QLabel(tr("Supervision sessio&ns"), sessionsBox);
    m_sessionView = new QTableView(sessionsBox);
    m_sessionView->setObjectName(QStringLiteral("sessionTable"));
    m_sessionView->setAccessibleName(tr("Supervision sessions"));
    sessionsTitle->setBuddy(m_sessionView);
    m_sessions = new SessionListModel(this);
    m_sessionView->setModel(m_sessions);
    TableSetup::apply(m_sessionView, SessionListModel::NotesColumn);
    sessionsLayout->addWidget(sessionsTitle);
    auto* empty = new EmptyState(m_sessionView, tr("No supervision sessions recorded yet"),
        tr("Record each supervision: the date, who supervised, and what was discussed and agreed. "
           "Sign-offs can then say which session they were made in."),
        tr("Record a supervision session…"), sessionsBox);
    connect(empty->button(), &QPushButton::clicked, this, &SupervisionView::newSession);
    sessionsLayout->addWidget(empty, 1);
    m_notes = new MarkdownPreview(top);
    m_notes->setAccessibleName(tr("Notes of the selected session"));
    m_notes->setPlaceholderText(tr("Choose a session to read its notes."));
    top->addWidget(sessionsBox);
    top->addWidget(m_notes);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);

    auto* historyBox = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyTitle = new QLabel(tr("&Judgements, newest first (kept as recorded)"), historyBox);
    m_historyView = new QTableView(historyBox);
    m_historyView->setObjectName(QStringLiteral("judgementLog"));
    m_historyView->setAccessibleName(tr("Every judgement recorded"));
    historyTitle->setBuddy(m_historyView);
    m_history = new JudgementHistoryModel(session->library(), this);
    m_historyView->setModel(m_history);
    TableSetup::apply(m_historyView, JudgementHistoryModel::ItemColumn);
    // Comments can be long: they get a share of the width rather than all they ask for.
    m_historyView->horizontalHeader()->setSectionResizeMode(
        JudgementHistoryModel::CommentColumn, QHeaderView::Interactive);
    m_historyView->horizontalHeader()->resizeSection(JudgementHistoryModel::CommentColumn, 260);
    m_historyView->setToolTip(tr("Press Enter or double-click to show the item in the matrix"));
    historyLayout->addWidget(historyTitle);
    historyLayout->addWidget(m_historyView, 1);
    splitter->addWidget(top);
    splitter->addWidget(historyBox);
    layout->addWidget(splitter, 1);

    connect(m_newSession, &QAction::triggered, this, &SupervisionView::newSession);
    connect(m_editSession, &QAction::triggered, this, &SupervisionView::editSession);
    // m_signOff is connected by the window, which knows what the matrix has selected.
    connect(m_sessionView, &QTableView::activated, this, &SupervisionView::editSession);
    connect(
        m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            const SupervisionSession* s = m_sessions->sessionAt(i.row());
            m_notes->setMarkdownText(s ? s->notes : QString());
            m_editSession->setEnabled(s != nullptr);
        });
    connect(m_historyView, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit itemActivated(ItemRef::fromString(i.data(JudgementHistoryModel::ItemRefRole).toString()));
    });
    m_refresh = new RefreshWhenShown(this, [this] { refresh(); });
    connect(session, &PortfolioSession::portfolioOpened, this, &SupervisionView::changed);
    connect(session, &PortfolioSession::sessionsChanged, this, &SupervisionView::changed);
    connect(session, &PortfolioSession::judgementsChanged, this, &SupervisionView::changed);
    connect(session, &PortfolioSession::evidenceChanged, this, &SupervisionView::changed);
    changed();
}

void SupervisionView::changed()
{
    const bool open = m_session->isOpen();
    m_newSession->setEnabled(open);
    m_signOff->setEnabled(open);
    m_refresh->request();
}

void SupervisionView::refresh()
{
    const bool open = m_session->isOpen();
    m_sessions->setSessions(open ? m_session->store().sessions() : QList<SupervisionSession>());
    m_history->setJudgements(open ? m_session->store().judgements() : QList<Judgement>());
    m_notes->clear();
    m_editSession->setEnabled(false);
}

void SupervisionView::newSession()
{
    SessionDialog dialog(m_session, SupervisionSession(), this);
    execKeepingFocus(dialog, m_sessionView);
}

void SupervisionView::editSession()
{
    const SupervisionSession* s = m_sessions->sessionAt(m_sessionView->currentIndex().row());
    if (!s)
        return;
    SessionDialog dialog(m_session, *s, this);
    execKeepingFocus(dialog, m_sessionView);
}

int SupervisionView::signOff(const QList<ItemRef>& items)
{
    if (!m_session->isOpen())
        return 0;
    SignOffDialog dialog(m_session, items, window());
    execKeepingFocus(dialog);
    return dialog.recordedCount();
}

} // namespace waymark::gui
