#include "MatrixView.h"

#include "common/DialogFocus.h"
#include "common/ItemState.h"
#include "common/MessageBox.h"
#include "common/RefreshWhenShown.h"
#include "common/WrappingTreeView.h"
#include "main/PortfolioSession.h"
#include "matrix/CommentDialog.h"
#include "matrix/ItemDetailPanel.h"
#include "matrix/MatrixFilterModel.h"
#include "matrix/MatrixModel.h"
#include "supervision/ReconfirmDialog.h"

#include "waymark/Readiness.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

MatrixView::MatrixView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_readyAction = new QAction(tr("Mark &ready for review"), this);
    m_readyAction->setObjectName(QStringLiteral("readyForReviewAction"));
    m_readyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_readyAction->setToolTip(tr("Tell your supervisor the selected items are ready for them to judge (Ctrl+R)"));
    m_signOffAction = new QAction(tr("&Sign off…"), this);
    m_signOffAction->setObjectName(QStringLiteral("signOffAction"));
    m_signOffAction->setToolTip(tr("Record a supervisor's judgement on the selected items"));
    m_reconfirmAction = new QAction(tr("Re-con&firm still reached…"), this);
    m_reconfirmAction->setObjectName(QStringLiteral("reconfirmAction"));
    m_reconfirmAction->setToolTip(tr("Re-confirm items signed off as reached whose evidence changed since"));
    m_commentAction = new QAction(tr("&Comment…"), this);
    m_commentAction->setObjectName(QStringLiteral("commentAction"));
    m_commentAction->setToolTip(tr("Add a manager's or worker's comment to the selected item"));
    m_addEvidenceAction = new QAction(tr("Add &evidence…"), this);
    m_addEvidenceAction->setObjectName(QStringLiteral("addEvidenceForItemAction"));
    m_addEvidenceAction->setToolTip(tr("Write new evidence mapped to the selected items"));

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_pathway = new QComboBox(this);
    m_pathway->setObjectName(QStringLiteral("matrixPathwayBox"));
    m_pathway->setAccessibleName(tr("Pathway shown in the matrix"));
    for (const Pathway& p : session->library().pathways())
        m_pathway->addItem(p.title, p.id);
    auto* pathwayLabel = new QLabel(tr("&Pathway:"), this);
    pathwayLabel->setBuddy(m_pathway);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setPlaceholderText(tr("Filter items by their wording"));
    m_search->setAccessibleName(tr("Filter items"));
    m_search->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(this);
    m_stateFilter->setAccessibleName(tr("Show items in status"));
    m_stateFilter->addItem(tr("Any status"), -1);
    for (ItemState s : { ItemState::NoEvidence, ItemState::Evidence, ItemState::ReadyForReview, ItemState::NotYet,
             ItemState::NeedsReconfirming, ItemState::Reached })
        m_stateFilter->addItem(itemStateTitle(s), int(s));
    top->addWidget(pathwayLabel);
    top->addWidget(m_pathway, 2);
    top->addWidget(m_search, 2);
    top->addWidget(m_stateFilter);
    layout->addLayout(top);

    // The matrix takes the full width, as the source tables do; the selected item's
    // details sit below it.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_tree = new WrappingTreeView(splitter);
    m_tree->setObjectName(QStringLiteral("matrixTree"));
    m_tree->setAccessibleName(tr("Competency matrix"));
    m_model = new MatrixModel(this);
    m_filter = new MatrixFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_tree->setModel(m_filter);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_tree->addActions({ m_readyAction, m_signOffAction, m_reconfirmAction, m_commentAction, m_addEvidenceAction });

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("readyNote"));
    m_note->setPlaceholderText(tr("Note for your supervisor when you mark items ready (optional)"));
    m_note->setAccessibleName(tr("Note for your supervisor"));
    m_detail = new ItemDetailPanel(
        session, { m_readyAction, m_signOffAction, m_reconfirmAction, m_commentAction, m_addEvidenceAction }, m_note, splitter);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 480, 320 });
    layout->addWidget(splitter, 1);

    setTabOrder(m_pathway, m_search);
    setTabOrder(m_search, m_stateFilter);
    setTabOrder(m_stateFilter, m_tree);

    connect(m_pathway, &QComboBox::currentIndexChanged, this, &MatrixView::pathwayChosen);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setText(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setState(m_stateFilter->currentData().toInt());
        m_tree->expandAll();
    });
    connect(m_detail, &ItemDetailPanel::evidenceActivated, this, &MatrixView::evidenceActivated);
    connect(m_readyAction, &QAction::triggered, this, [this] { markReadyForReview(m_note->text()); });
    connect(m_signOffAction, &QAction::triggered, this, [this] { emit signOffRequested(selectedItems()); });
    connect(m_reconfirmAction, &QAction::triggered, this, &MatrixView::reconfirm);
    connect(m_commentAction, &QAction::triggered, this, &MatrixView::addComment);
    connect(m_addEvidenceAction, &QAction::triggered, this, [this] { emit addEvidenceRequested(selectedItems()); });
    m_reload = new RefreshWhenShown(this, [this] { reload(); });
    connect(session, &PortfolioSession::portfolioOpened, this, [this] {
        m_portfolioChanged = true;
        m_reload->request();
    });
    connect(session, &PortfolioSession::profileChanged, this, [this] {
        // A newly chosen pathway is shown; otherwise the matrix stays where the worker left it.
        const Pathway* own = m_session->workerPathway();
        if (own && m_model->pathway() && own->id != m_model->pathway()->id && m_model->rowCount() > 0
            && selectedItems().isEmpty())
            setPathway(own->id);
        m_reload->request();
    });
    connect(session, &PortfolioSession::evidenceChanged, m_reload, &RefreshWhenShown::request);
    connect(session, &PortfolioSession::judgementsChanged, m_reload, &RefreshWhenShown::request);
    connect(session, &PortfolioSession::commentsChanged, m_reload, &RefreshWhenShown::request);

    const Pathway* own = session->isOpen() ? session->workerPathway() : nullptr;
    if (!own || !setPathway(own->id))
        pathwayChosen();
}

bool MatrixView::setPathway(const QString& pathwayId)
{
    const int i = m_pathway->findData(pathwayId);
    if (i < 0)
        return false;
    if (i == m_pathway->currentIndex() && m_model->pathway() && m_model->pathway()->id == pathwayId)
        return true;
    if (i == m_pathway->currentIndex())
        pathwayChosen(); // the box already shows it, so choosing it again would not be announced
    else
        m_pathway->setCurrentIndex(i);
    return true;
}

void MatrixView::pathwayChosen()
{
    m_model->setPathway(m_session->library().find(m_pathway->currentData().toString()));
    refresh();
    // Steps and groups open; capabilities stay closed, as their indicators are many.
    m_tree->expandToDepth(m_model->pathway() && !m_model->pathway()->stages.isEmpty() ? 0 : 1);
    // The statement column takes what the others leave; they are as wide as their headers need.
    QHeaderView* header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(MatrixModel::TitleColumn, QHeaderView::Stretch);
    for (int column = MatrixModel::StatusColumn; column < MatrixModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    const QFontMetrics fm = fontMetrics();
    auto fit = [&](int column, const QString& widest) {
        const int text = qMax(
            fm.horizontalAdvance(widest), fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()));
        header->resizeSection(column, text + 40);
    };
    fit(MatrixModel::StatusColumn, tr("Reached, evidence changed"));
    fit(MatrixModel::EvidenceColumn, QStringLiteral("00/00"));
    fit(MatrixModel::JudgementColumn, tr("Ready for review · A. Supervisor"));
    fit(MatrixModel::CommentsColumn, tr("Manager and worker comments"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MatrixView::selectionChanged,
        Qt::UniqueConnection);
    selectionChanged();
}

void MatrixView::reload()
{
    if (std::exchange(m_portfolioChanged, false)) {
        const Pathway* own = m_session->workerPathway();
        const bool shown = own && m_model->pathway() && m_model->pathway()->id == own->id;
        if (!shown && (!own || !setPathway(own->id)))
            pathwayChosen();
        if (!shown)
            return; // choosing the pathway refreshed the matrix
    }
    refresh();
}

void MatrixView::refresh()
{
    if (!m_session->isOpen()) {
        m_model->setFacts(PortfolioFacts(), {});
        updateActions();
        return;
    }
    m_model->setFacts(m_session->facts(), m_session->store().comments());
    m_detail->refresh();
    updateActions();
}

bool MatrixView::showItem(const ItemRef& item)
{
    m_reload->flush();
    if (!setPathway(item.pathwayId))
        return false;
    const QModelIndex source = m_model->indexOf(item);
    if (!source.isValid())
        return false;
    // A filter that hides the item would make it unreachable; clear it.
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) {
        m_search->clear();
        m_stateFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(source);
    }
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    return true;
}

QList<ItemRef> MatrixView::selectedItems() const
{
    QList<ItemRef> out;
    if (!m_tree->selectionModel())
        return out;
    for (const QModelIndex& row : m_tree->selectionModel()->selectedRows())
        for (const ItemRef& ref : m_model->assessableUnder(m_filter->mapToSource(row)))
            if (!out.contains(ref))
                out << ref;
    return out;
}

void MatrixView::selectionChanged()
{
    const QModelIndexList rows
        = m_tree->selectionModel() ? m_tree->selectionModel()->selectedRows() : QModelIndexList();
    ItemDetailPanel::Subject subject;
    subject.items = selectedItems();
    if (rows.size() == 1) {
        const QModelIndex source = m_filter->mapToSource(rows.first());
        subject.title = source.data(Qt::DisplayRole).toString();
        subject.statement = source.data(MatrixModel::StatementRole).toString();
        QStringList context;
        for (QModelIndex p = source.parent(); p.isValid(); p = p.parent())
            context.prepend(p.data(Qt::DisplayRole).toString());
        subject.context = context.join(QStringLiteral(" › "));
        subject.single = source.data(MatrixModel::AssessableRole).toBool();
    } else if (rows.size() > 1) {
        subject.title = tr("%n rows selected", nullptr, int(rows.size()));
    }
    m_detail->setSubject(subject);
    updateActions();
}

void MatrixView::setActive(bool active)
{
    m_active = active;
    updateActions();
}

void MatrixView::updateActions()
{
    const int selected = m_active && m_session->isOpen() ? int(selectedItems().size()) : 0;
    m_readyAction->setEnabled(selected > 0);
    m_signOffAction->setEnabled(selected > 0);
    m_reconfirmAction->setEnabled(selected > 0 && !itemsToReconfirm().isEmpty());
    m_addEvidenceAction->setEnabled(selected > 0);
    m_commentAction->setEnabled(selected == 1);
}

bool MatrixView::markReadyForReview(const QString& note)
{
    const QList<ItemRef> items = selectedItems();
    if (items.isEmpty())
        return false;
    const PortfolioFacts& facts = m_session->facts();
    int withoutEvidence = 0;
    for (const ItemRef& ref : items) {
        const ItemFacts* f = facts.item(ref);
        withoutEvidence += !f || f->evidenceCount == 0;
    }
    if (withoutEvidence > 0) {
        const QString text = items.size() == 1
            ? tr("This item has no evidence mapped to it yet. Mark it ready for review anyway?")
            : tr("%1 of the %2 selected items have no evidence mapped to them yet. Mark all of them ready for review "
                 "anyway?")
                  .arg(withoutEvidence)
                  .arg(items.size());
        if (MessageBox::question(this, tr("Ready for review"), text) != QMessageBox::Yes)
            return false;
    }
    const Worker& w = m_session->worker();
    QList<Judgement> marks;
    for (const ItemRef& ref : items) {
        Judgement j;
        j.item = ref;
        j.verdict = Verdict::ReadyForReview;
        j.byName = w.name.isEmpty() ? tr("The worker") : w.name;
        j.byRole = QStringLiteral("worker");
        j.date = m_session->today();
        j.comment = note.trimmed();
        marks << j;
    }
    if (m_session->recordJudgements(marks).isEmpty()) {
        MessageBox::critical(this, tr("Ready for review"), tr("%1\n\nNo item was marked.").arg(m_session->errorString()));
        return false;
    }
    m_note->clear();
    return true;
}

QList<ItemRef> MatrixView::itemsToReconfirm() const
{
    QList<ItemRef> out;
    const PortfolioFacts& facts = m_session->facts();
    for (const ItemRef& ref : selectedItems())
        if (ReadinessEngine::needsReconfirming(facts, ref))
            out << ref;
    return out;
}

void MatrixView::reconfirm()
{
    const QList<ItemRef> items = itemsToReconfirm();
    if (items.isEmpty())
        return;
    ReconfirmDialog dialog(m_session, items, this);
    execKeepingFocus(dialog);
}

void MatrixView::addComment()
{
    const QList<ItemRef> items = selectedItems();
    if (items.size() != 1)
        return;
    const Pathway* p = m_session->library().find(items.first().pathwayId);
    CommentDialog dialog(
        p ? p->statementOf(items.first().itemId) : items.first().toString(), m_session->worker().name, this);
    // On a failed save the dialog comes back with the text still in it.
    while (execKeepingFocus(dialog) == QDialog::Accepted) {
        if (m_session->addComment(dialog.comment(items.first())) != 0)
            return;
        MessageBox::critical(this, tr("Comment"), m_session->errorString());
    }
}

} // namespace waymark::gui
