#include "EvidenceView.h"

#include "common/MessageBox.h"
#include "common/OptionalDateEdit.h"
#include "common/RefreshWhenShown.h"
#include "common/EmptyState.h"
#include "common/TableSetup.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceListModel.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {
constexpr int listLimit = 500;
}

EvidenceView::EvidenceView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    m_newAction = new QAction(tr("&New evidence"), this);
    m_newAction->setObjectName(QStringLiteral("newEvidenceAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveAction = new QAction(tr("&Save evidence"), this);
    m_saveAction->setObjectName(QStringLiteral("saveEvidenceAction"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_deleteAction = new QAction(tr("&Delete evidence"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteEvidenceAction"));
    m_deleteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_deleteAction->setToolTip(tr("Delete the chosen evidence (Ctrl+Delete); Edit > Undo brings it back"));
    m_findAction = new QAction(tr("&Find evidence"), this);
    m_findAction->setObjectName(QStringLiteral("findEvidenceAction"));
    m_findAction->setShortcut(QKeySequence::Find);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("evidenceSearch"));
    m_search->setPlaceholderText(tr("Search titles, narratives and reflections (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search evidence"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);

    auto* filters = new QGridLayout;
    m_itemFilter = new QComboBox(left);
    m_itemFilter->setObjectName(QStringLiteral("evidenceItemFilter"));
    m_itemFilter->setAccessibleName(tr("Only evidence mapped to item"));
    m_itemFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_itemFilter->setMinimumContentsLength(16);
    m_kindFilter = new QComboBox(left);
    m_kindFilter->setObjectName(QStringLiteral("evidenceKindFilter"));
    m_kindFilter->setAccessibleName(tr("Only evidence of kind"));
    m_kindFilter->addItem(tr("Any kind"), -1);
    for (EvidenceKind k : allEvidenceKinds())
        m_kindFilter->addItem(evidenceKindTitle(k), int(k));
    // Newest first is quick whatever the portfolio's size; ranking reads every match.
    m_order = new QComboBox(left);
    m_order->setObjectName(QStringLiteral("evidenceOrder"));
    m_order->setAccessibleName(tr("Order of the evidence found"));
    m_order->addItem(tr("Newest first"), int(EvidenceOrder::Newest));
    m_order->addItem(tr("Best match first"), int(EvidenceOrder::BestMatch));
    m_order->setToolTip(tr("How to order the records a search finds"));
    m_order->setEnabled(false);
    m_from = new OptionalDateEdit(tr("From"), left);
    m_to = new OptionalDateEdit(tr("To"), left);
    filters->addWidget(m_itemFilter, 0, 0, 1, 2);
    filters->addWidget(m_kindFilter, 1, 0);
    filters->addWidget(m_order, 1, 1);
    filters->addWidget(m_from, 2, 0);
    filters->addWidget(m_to, 2, 1);
    leftLayout->addLayout(filters);

    m_list = new QTableView(left);
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setAccessibleName(tr("Evidence"));
    m_model = new EvidenceListModel(this);
    m_list->setModel(m_model);
    TableSetup::apply(m_list, EvidenceListModel::TitleColumn);
    // The title matters most in a narrow list; kind and source show in the editor.
    m_list->setColumnHidden(EvidenceListModel::KindColumn, true);
    m_list->setColumnHidden(EvidenceListModel::SourceColumn, true);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addActions({ m_newAction, m_deleteAction });
    // Nothing recorded at all, not a search that matches nothing.
    auto* empty = new EmptyState(m_list, tr("No evidence yet"),
        tr("Evidence is what you did and what it shows: a piece of practice, supervision, feedback, training "
           "or a reflection. Write it here and tick the items of your pathway it shows."),
        tr("Write your first evidence…"), left,
        [this] { return m_session->isOpen() && m_session->store().evidenceCount() == 0; });
    connect(empty->button(), &QPushButton::clicked, m_newAction, &QAction::trigger);
    leftLayout->addWidget(empty, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(left);
    m_count->setWordWrap(true);
    m_count->setObjectName(QStringLiteral("evidenceCount"));
    auto* newButton = new QPushButton(tr("Ne&w"), left);
    newButton->setToolTip(tr("Write new evidence (Ctrl+E)"));
    auto* deleteButton = new QPushButton(tr("Delete"), left);
    deleteButton->setToolTip(m_deleteAction->toolTip());
    bottom->addWidget(m_count, 1);
    bottom->addWidget(newButton);
    bottom->addWidget(deleteButton);
    leftLayout->addLayout(bottom);

    m_editor = new EvidenceEditor(session, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    // Half the width for the list: a title is how a worker finds evidence, so it should show whole.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_search, m_itemFilter);
    setTabOrder(m_itemFilter, m_kindFilter);
    setTabOrder(m_kindFilter, m_order);
    setTabOrder(m_order, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_list);
    setTabOrder(m_list, newButton);
    setTabOrder(newButton, deleteButton);
    setTabOrder(deleteButton, m_editor->titleEdit());

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &EvidenceView::refresh);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &EvidenceView::refresh);
    connect(m_itemFilter, &QComboBox::currentIndexChanged, this, &EvidenceView::refresh);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &EvidenceView::refresh);
    connect(m_order, &QComboBox::currentIndexChanged, this, &EvidenceView::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) { m_order->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_from, &OptionalDateEdit::dateChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_to, &OptionalDateEdit::dateChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvidenceView::currentRowChanged);
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    connect(deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(m_newAction, &QAction::triggered, this, [this] { newEvidence(); });
    connect(m_saveAction, &QAction::triggered, m_editor, &EvidenceEditor::save);
    connect(m_deleteAction, &QAction::triggered, this, &EvidenceView::deleteCurrent);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_editor, &EvidenceEditor::dirtyChanged, this, &EvidenceView::updateActions);
    // A new record gets its id only after the list was refreshed by its own save.
    connect(m_editor, &EvidenceEditor::saved, this, &EvidenceView::selectId);
    m_refresh = new RefreshWhenShown(this, [this] { refresh(); });
    connect(session, &PortfolioSession::evidenceChanged, m_refresh, &RefreshWhenShown::request);
    connect(session, &PortfolioSession::portfolioOpened, this, [this] {
        m_editor->clear();
        fillItemFilter();
        m_refresh->request();
    });
    connect(session, &PortfolioSession::profileChanged, this, &EvidenceView::fillItemFilter);
    fillItemFilter();
    refresh();
}

void EvidenceView::fillItemFilter()
{
    const QString keep = m_itemFilter->currentData().toString();
    const QSignalBlocker block(m_itemFilter);
    m_itemFilter->clear();
    m_itemFilter->addItem(tr("Mapped to any item, or none"), QString());
    const Pathway* p = m_session->isOpen() ? m_session->workerPathway() : nullptr;
    if (p) {
        for (const QString& id : p->allAssessableIds()) {
            const ItemRef ref { p->id, id };
            QString text = p->statementOf(id);
            if (const Item* owner = p->owningItem(id); owner && owner->id != id)
                text = owner->title + QStringLiteral(": ") + text;
            m_itemFilter->addItem(text, ref.toString());
            m_itemFilter->setItemData(m_itemFilter->count() - 1, text, Qt::ToolTipRole);
        }
    }
    m_itemFilter->setCurrentIndex(qMax(0, m_itemFilter->findData(keep)));
}

EvidenceFilter EvidenceView::filter() const
{
    EvidenceFilter f;
    f.text = m_search->text();
    f.item = ItemRef::fromString(m_itemFilter->currentData().toString());
    const int kind = m_kindFilter->currentData().toInt();
    f.anyKind = kind < 0;
    if (kind >= 0)
        f.kind = EvidenceKind(kind);
    f.from = m_from->date();
    f.to = m_to->date();
    f.order = EvidenceOrder(m_order->currentData().toInt());
    return f;
}

void EvidenceView::setSearchText(const QString& text)
{
    m_search->setText(text);
    refresh();
}

void EvidenceView::refresh()
{
    m_searchTimer->stop();
    // A portfolio of years holds thousands of records; the list shows the newest (or the
    // best matches) and asks for a search to go further, so that it stays quick.
    EvidenceFilter f = filter();
    f.limit = listLimit;
    QList<EvidenceSummary> found;
    if (m_session->isOpen())
        found = m_session->store().listEvidence(f);
    m_model->setEvidence(found);
    const int total = m_session->isOpen() ? m_session->store().evidenceCount() : 0;
    const bool searching = !f.text.trimmed().isEmpty();
    const bool narrowed = searching || !f.item.itemId.isEmpty() || !f.anyKind || f.from.isValid() || f.to.isValid();
    if (found.size() == listLimit && !narrowed)
        m_count->setText(tr("The newest %1 of %2 records; search or filter to find others").arg(listLimit).arg(total));
    else if (found.size() == listLimit)
        m_count->setText(searching && f.order == EvidenceOrder::BestMatch
                ? tr("The %1 best matches of %2 records; add words or filters to narrow the search").arg(listLimit).arg(total)
                : tr("The newest %1 matches of %2 records; add words or filters to narrow the search").arg(listLimit).arg(total));
    else
        m_count->setText(found.size() == total ? tr("%n record(s)", nullptr, total)
                                               : tr("%1 of %2 records").arg(found.size()).arg(total));
    selectId(m_editor->evidenceId());
    m_editor->followStore();
    updateActions();
}

void EvidenceView::selectId(qint64 id)
{
    m_selecting = true;
    const int row = id != 0 ? m_model->rowOf(id) : -1;
    if (row >= 0) {
        m_list->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_list->scrollTo(m_model->index(row, 0));
    } else {
        m_list->selectionModel()->clearSelection();
        m_list->selectionModel()->setCurrentIndex(QModelIndex(), QItemSelectionModel::NoUpdate);
    }
    m_selecting = false;
}

void EvidenceView::currentRowChanged(const QModelIndex& current)
{
    if (m_selecting)
        return;
    const qint64 next = m_model->idAt(current.row());
    if (next != 0 && next == m_editor->evidenceId())
        return;
    if (!commitPending()) {
        selectId(m_editor->evidenceId());
        return;
    }
    if (next == 0)
        return;
    m_editor->load(next);
    selectId(next);
    updateActions();
}

bool EvidenceView::showEvidence(qint64 evidenceId)
{
    m_refresh->flush();
    if (evidenceId == m_editor->evidenceId() && m_editor->isActive())
        return true;
    if (!commitPending())
        return false;
    if (m_model->rowOf(evidenceId) < 0) {
        // Filters that hide it would leave the list and the editor disagreeing.
        m_search->clear();
        m_itemFilter->setCurrentIndex(0);
        m_kindFilter->setCurrentIndex(0);
        m_from->setDate(QDate());
        m_to->setDate(QDate());
        refresh();
    }
    if (!m_editor->load(evidenceId))
        return false;
    selectId(evidenceId);
    updateActions();
    return true;
}

void EvidenceView::newEvidence(const QList<ItemRef>& mappedTo)
{
    if (!m_session->isOpen() || !commitPending())
        return;
    selectId(0);
    m_editor->startNew(mappedTo);
    updateActions();
}

bool EvidenceView::commitPending()
{
    if (!m_editor->isActive() || !m_editor->isDirty())
        return true;
    // An untouched new record is simply dropped.
    const Evidence e = m_editor->currentEvidence();
    if (e.id == 0 && e.title.trimmed().isEmpty() && e.narrative.trimmed().isEmpty() && e.reflection.trimmed().isEmpty()
        && e.source.trimmed().isEmpty() && m_editor->attachmentModel()->rowCount() == 0) {
        m_editor->clear();
        return true;
    }
    if (m_editor->save())
        return true;
    const auto answer = MessageBox::question(this, tr("Unsaved evidence"),
        tr("Your changes to this evidence could not be saved (see the message before). "
           "Keep editing, or discard the changes?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    if (m_editor->evidenceId() != 0)
        m_editor->revert();
    else
        m_editor->clear();
    return true;
}

bool EvidenceView::deleteCurrent()
{
    const qint64 id = m_editor->evidenceId();
    if (id == 0) {
        // Nothing saved yet: deleting a new record is discarding it.
        if (m_editor->isActive())
            m_editor->clear();
        updateActions();
        return false;
    }
    // Unsaved edits are saved first, so that undo brings back what was typed.
    if (!commitPending())
        return false;
    if (!m_session->changes()->deleteEvidence(id)) {
        MessageBox::critical(this, tr("Evidence not deleted"), m_session->changes()->errorString());
        return false;
    }
    m_editor->clear();
    refresh();
    return true;
}

void EvidenceView::updateActions()
{
    const bool open = m_session->isOpen();
    m_newAction->setEnabled(open);
    m_saveAction->setEnabled(open && m_editor->isActive() && m_editor->isDirty());
    m_deleteAction->setEnabled(open && m_editor->isActive());
}

} // namespace waymark::gui
