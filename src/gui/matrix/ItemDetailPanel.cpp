#include "ItemDetailPanel.h"

#include "common/ItemState.h"
#include "common/StatusAccent.h"
#include "common/TableSetup.h"
#include "common/DialogFocus.h"
#include "common/MessageBox.h"
#include "evidence/LinkedEvidenceModel.h"
#include "evidence/LinkedEvidenceView.h"
#include "main/PortfolioSession.h"
#include "matrix/CommentListModel.h"
#include "supervision/JudgementHistoryModel.h"
#include "undo/PortfolioChanges.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

ItemDetailPanel::ItemDetailPanel(
    PortfolioSession* session, const QList<QAction*>& actions, QWidget* trailing, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_context = new QLabel(this);
    m_context->setWordWrap(true);
    m_context->setTextFormat(Qt::PlainText);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("itemTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_statement = new QLabel(this);
    m_statement->setObjectName(QStringLiteral("itemStatement"));
    m_statement->setWordWrap(true);
    m_statement->setTextFormat(Qt::PlainText);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_context);
    layout->addWidget(m_title);
    layout->addWidget(m_statement);

    auto* stateRow = new QHBoxLayout;
    m_stateIcon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_stateIcon->setFixedSize(side, side);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("itemState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    stateRow->addWidget(m_stateIcon);
    stateRow->addWidget(m_state, 1);
    layout->addLayout(stateRow);

    auto* buttons = new QHBoxLayout;
    for (QAction* action : actions) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
    }
    if (trailing) {
        trailing->setParent(this);
        buttons->addWidget(trailing, 1);
    } else {
        buttons->addStretch(1);
    }
    layout->addLayout(buttons);

    // Evidence, judgements and comments side by side, under the item they are about.
    m_itemParts = new QSplitter(Qt::Horizontal, this);
    auto column = [this](QLabel*& title, const QString& text) {
        auto* box = new QWidget(m_itemParts);
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        title = sectionTitle(text, box);
        l->addWidget(title);
        return l;
    };
    QVBoxLayout* evidenceColumn = column(m_evidenceTitle, tr("Ev&idence"));
    QVBoxLayout* historyColumn = column(m_historyTitle, tr("&Judgement history"));
    QVBoxLayout* commentColumn = column(m_commentsTitle, tr("C&omments"));
    m_evidenceView = new LinkedEvidenceView(m_itemParts);
    m_evidenceView->setObjectName(QStringLiteral("itemEvidence"));
    m_evidenceView->setAccessibleName(tr("Evidence mapped to this item, with what each shows of it"));
    m_evidenceTitle->setBuddy(m_evidenceView);
    m_evidence = m_evidenceView->evidence();
    m_evidenceView->setToolTip(tr("Press Enter or double-click to open the evidence"));
    connect(m_evidenceView, &QTreeView::activated, this,
        [this](const QModelIndex& index) { emit evidenceActivated(m_evidence->idAt(index.row())); });
    evidenceColumn->addWidget(m_evidenceView, 1);
    m_editNote = new QPushButton(tr("Edit &note…"), m_itemParts);
    m_editNote->setObjectName(QStringLiteral("editMappingNote"));
    m_editNote->setToolTip(tr("Say what the selected evidence shows of this item"));
    m_editNote->setEnabled(false);
    connect(m_editNote, &QPushButton::clicked, this, &ItemDetailPanel::editNote);
    connect(m_evidenceView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) { m_editNote->setEnabled(current.isValid()); });
    connect(m_evidence, &QAbstractItemModel::modelReset, this, [this] { m_editNote->setEnabled(false); });
    evidenceColumn->addWidget(m_editNote, 0, Qt::AlignLeft);

    m_historyView = new QTableView(m_itemParts);
    m_historyView->setObjectName(QStringLiteral("itemHistory"));
    m_historyView->setAccessibleName(tr("Judgement history of this item"));
    m_historyTitle->setBuddy(m_historyView);
    m_history = new JudgementHistoryModel(session->library(), this);
    m_historyView->setModel(m_history);
    m_historyView->setColumnHidden(JudgementHistoryModel::ItemColumn, true);
    TableSetup::apply(m_historyView, JudgementHistoryModel::CommentColumn);
    // The comment is what a reader wants here; who and what was relied on get a fixed share.
    m_historyView->horizontalHeader()->setSectionResizeMode(JudgementHistoryModel::ByColumn, QHeaderView::Interactive);
    m_historyView->horizontalHeader()->resizeSection(
        JudgementHistoryModel::ByColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
    m_historyView->horizontalHeader()->setSectionResizeMode(
        JudgementHistoryModel::EvidenceColumn, QHeaderView::Interactive);
    m_historyView->horizontalHeader()->resizeSection(
        JudgementHistoryModel::EvidenceColumn, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 9);
    historyColumn->addWidget(m_historyView, 1);

    m_commentView = new QListView(m_itemParts);
    m_commentView->setObjectName(QStringLiteral("itemComments"));
    m_commentView->setAccessibleName(tr("Comments on this item"));
    m_commentView->setWordWrap(true);
    m_commentsTitle->setBuddy(m_commentView);
    m_comments = new CommentListModel(this);
    m_commentView->setModel(m_comments);
    commentColumn->addWidget(m_commentView, 1);
    m_itemParts->setStretchFactor(0, 3);
    m_itemParts->setStretchFactor(1, 5);
    m_itemParts->setStretchFactor(2, 2);
    layout->addWidget(m_itemParts, 1);
    // Without an item's parts (a group, or nothing chosen) the text stays at the top.
    layout->addStretch(0);

    setSubject({});
}

void ItemDetailPanel::setSubject(const Subject& subject)
{
    m_subject = subject;
    refresh();
}

void ItemDetailPanel::refresh()
{
    const Subject& s = m_subject;
    m_context->setText(s.context);
    m_context->setVisible(!s.context.isEmpty());
    m_title->setText(s.title.isEmpty() ? tr("Choose an item in the matrix") : s.title);
    m_statement->setText(s.statement == s.title ? QString() : s.statement);
    m_statement->setVisible(!m_statement->text().isEmpty());
    m_itemParts->setVisible(s.single);
    if (!m_session->isOpen() || s.items.isEmpty()) {
        m_state->clear();
        m_stateIcon->clear();
        return;
    }
    const PortfolioFacts& facts = m_session->facts();
    const int side = m_stateIcon->width();
    if (s.single) {
        const ItemRef& ref = s.items.first();
        const ItemFacts* f = facts.item(ref);
        const ItemState state = itemStateOf(f);
        QString text = itemStateTitle(state);
        if (state == ItemState::NeedsReconfirming)
            text = tr("Signed off as reached by %1 on %2, but evidence it relied on was edited, deleted or had its attachments "
                      "changed since: it counts again once re-confirmed")
                       .arg(f->latestDecision->byName, QLocale().toString(f->latestDecision->date, QLocale::LongFormat));
        else if (f && f->latestDecision && (state == ItemState::Reached || state == ItemState::NotYet))
            text = tr("%1: judged by %2 on %3")
                       .arg(text, f->latestDecision->byName,
                           QLocale().toString(f->latestDecision->date, QLocale::LongFormat));
        if (const Pathway* p = m_session->library().find(ref.pathwayId);
            state == ItemState::Reached && p && p->reachedWithoutEvidence(*f->latestDecision))
            text += tr(", without evidence");
        m_state->setText(text);
        m_stateIcon->setPixmap(StatusAccent::icon(state).pixmap(QSize(side, side), devicePixelRatioF()));
        m_evidence->load(m_session->store(), ref);
        m_evidenceTitle->setText(tr("Ev&idence (%1)").arg(m_evidence->rowCount()));
        const QList<Judgement> history = m_session->store().judgements(ref);
        m_history->setJudgements(history);
        m_historyTitle->setText(tr("&Judgement history (%1)").arg(history.size()));
        const QList<Comment> comments = m_session->store().comments(ref);
        m_comments->setComments(comments);
        m_commentsTitle->setText(tr("C&omments (%1)").arg(comments.size()));
        return;
    }
    int reached = 0, ready = 0, evidenced = 0;
    for (const ItemRef& ref : s.items) {
        const ItemState state = itemStateOf(facts.item(ref));
        reached += state == ItemState::Reached;
        ready += state == ItemState::ReadyForReview;
        evidenced += state != ItemState::NoEvidence;
    }
    m_state->setText(tr("%1 items: %2 reached, %3 ready for review, %4 with evidence or a judgement.")
                         .arg(s.items.size())
                         .arg(reached)
                         .arg(ready)
                         .arg(evidenced));
    m_stateIcon->clear();
}

void ItemDetailPanel::editNote()
{
    const QModelIndex current = m_evidenceView->currentIndex();
    if (!current.isValid())
        return;
    const Mapping mapping = m_evidence->mappingAt(current.row());
    const QString title = m_evidence->evidence().value(current.row()).title;
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Note on the evidence"));
    dialog.setLabelText(tr("What “%1” shows of this item:").arg(title));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(mapping.note);
    // On a failed save the dialog comes back with the text still in it.
    while (execKeepingFocus(dialog, m_evidenceView) == QDialog::Accepted) {
        const QString note = dialog.textValue().trimmed();
        if (note == mapping.note || m_session->changes()->setMappingNote(mapping, note))
            return;
        MessageBox::critical(this, tr("Note on the evidence"), m_session->changes()->errorString());
    }
}

} // namespace waymark::gui
