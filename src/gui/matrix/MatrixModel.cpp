#include "MatrixModel.h"

#include "common/ItemState.h"
#include "common/StatusAccent.h"

#include "waymark/Pathway.h"
#include "waymark/Readiness.h"

#include <QFont>
#include <QLocale>

namespace waymark::gui {

MatrixModel::MatrixModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

MatrixModel::Node MatrixModel::makeNode(
    NodeKind kind, const QString& id, const QString& stageId, const QString& title, const QString& statement)
{
    Node n;
    n.kind = kind;
    n.id = id;
    n.stageId = stageId;
    n.title = title;
    n.statement = statement;
    return n;
}

int MatrixModel::addNode(int parent, Node node)
{
    node.parent = parent;
    const int id = int(m_nodes.size());
    std::vector<int>& siblings = parent < 0 ? m_top : m_nodes[size_t(parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    if (node.kind != NodeKind::Stage)
        m_byId.insert(node.id, id);
    m_nodes.push_back(std::move(node));
    return id;
}

void MatrixModel::addItem(int parent, const Item& item)
{
    const int itemNode
        = addNode(parent, makeNode(NodeKind::Item, item.id, QString(), item.displayTitle(), item.statement));
    // Indicators sit under their stage, in the pathway's order of stages: the SSSC table's columns.
    for (const Stage& stage : m_pathway->stages) {
        int stageNode = -1;
        for (const Indicator& ind : item.indicators) {
            if (ind.stage != stage.id)
                continue;
            if (stageNode < 0)
                stageNode
                    = addNode(itemNode, makeNode(NodeKind::Stage, item.id, stage.id, stage.title, stage.description));
            QString text = ind.statement;
            for (const Perspective& per : m_pathway->perspectives)
                if (per.id == ind.perspective)
                    text = tr("%1: %2").arg(per.title, ind.statement);
            addNode(stageNode, makeNode(NodeKind::Indicator, ind.id, QString(), text, ind.statement));
        }
    }
}

void MatrixModel::setPathway(const Pathway* pathway)
{
    beginResetModel();
    m_pathway = pathway;
    m_nodes.clear();
    m_top.clear();
    m_byId.clear();
    m_shape = Shape::Steps;
    if (pathway) {
        if (!pathway->stages.isEmpty())
            m_shape = Shape::Capabilities;
        for (const Step& step : pathway->steps) {
            const int s = addNode(-1, makeNode(NodeKind::Step, step.id, QString(), step.title, step.summary));
            for (const Group& group : step.groups) {
                // Buckinghamshire names its table columns "... Key Competencies ...".
                if (group.title.contains(QLatin1String("competenc"), Qt::CaseInsensitive))
                    m_shape = Shape::Competencies;
                const int g
                    = addNode(s, makeNode(NodeKind::Group, group.id, QString(), group.title, group.description));
                for (const Item& item : group.items)
                    addItem(g, item);
            }
        }
        for (const Group& group : pathway->groups) {
            const int g = addNode(-1, makeNode(NodeKind::Group, group.id, QString(), group.title, group.description));
            for (const Item& item : group.items)
                addItem(g, item);
        }
    }
    endResetModel();
}

void MatrixModel::emitAllChanged(const QModelIndex& parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    emit dataChanged(index(0, 0, parent), index(rows - 1, ColumnCount - 1, parent));
    for (int r = 0; r < rows; ++r)
        emitAllChanged(index(r, 0, parent));
}

void MatrixModel::setFacts(const PortfolioFacts& facts, const QList<Comment>& comments)
{
    m_facts = facts;
    m_comments.clear();
    for (const Comment& c : comments)
        m_comments[c.item.toString()] << c;
    emitAllChanged(QModelIndex());
}

QModelIndex MatrixModel::indexOf(const ItemRef& ref) const
{
    if (!m_pathway || ref.pathwayId != m_pathway->id)
        return QModelIndex();
    const auto it = m_byId.constFind(ref.itemId);
    if (it == m_byId.constEnd())
        return QModelIndex();
    return createIndex(m_nodes[size_t(it.value())].row, 0, quintptr(it.value()));
}

const MatrixModel::Node* MatrixModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

void MatrixModel::collectAssessable(int node, QList<ItemRef>& out) const
{
    const Node& n = m_nodes[size_t(node)];
    if ((n.kind == NodeKind::Item && n.children.empty()) || n.kind == NodeKind::Indicator) {
        out << ItemRef { m_pathway->id, n.id };
        return;
    }
    for (int c : n.children)
        collectAssessable(c, out);
}

QList<ItemRef> MatrixModel::assessableUnder(const QModelIndex& index) const
{
    QList<ItemRef> out;
    if (nodeOf(index))
        collectAssessable(int(index.internalId()), out);
    return out;
}

MatrixModel::Counts MatrixModel::countsUnder(int node) const
{
    QList<ItemRef> refs;
    collectAssessable(node, refs);
    Counts c;
    for (const ItemRef& r : refs) {
        const ItemFacts* f = m_facts.item(r);
        ++c.items;
        c.withEvidence += f && f->evidenceCount > 0;
        c.reached += ReadinessEngine::isReached(m_facts, r);
    }
    return c;
}

QModelIndex MatrixModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const std::vector<int>& list = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_top;
    if (row >= int(list.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(list[size_t(row)]));
}

QModelIndex MatrixModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || n->parent < 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int MatrixModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int MatrixModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant MatrixModel::statusData(const Node& n, int nodeId, int role) const
{
    const bool assessable = (n.kind == NodeKind::Item && n.children.empty()) || n.kind == NodeKind::Indicator;
    if (assessable) {
        const ItemFacts* f = m_facts.item({ m_pathway->id, n.id });
        const ItemState state = itemStateOf(f);
        // Shown as such, so that a panel does not take it for a sign-off on evidence.
        const bool withoutEvidence = state == ItemState::Reached && m_pathway->reachedWithoutEvidence(*f->latestDecision);
        if (role == Qt::DecorationRole)
            return StatusAccent::icon(state);
        if (role == StateRole)
            return int(state);
        if (role == Qt::ToolTipRole && state == ItemState::NeedsReconfirming)
            return tr("Signed off as reached, but evidence it relied on was edited, deleted or had its attachments changed since. "
                      "It counts again once re-confirmed.");
        if (role == Qt::ToolTipRole && withoutEvidence)
            return tr("Signed off as reached with no evidence to rely on.");
        if (role == Qt::DisplayRole)
            return withoutEvidence ? tr("Reached, without evidence") : itemStateTitle(state);
        return QVariant();
    }
    if (n.kind == NodeKind::Item) {
        // A capability: the stage it has reached, progressively.
        const Item* item = m_pathway->item(n.id);
        const int stage = item ? ReadinessEngine::stageReached(*m_pathway, *item, m_facts) : -1;
        if (role == Qt::DisplayRole)
            return stage >= 0 ? tr("At %1").arg(m_pathway->stages[stage].title.toLower()) : tr("No stage yet");
        if (role == Qt::DecorationRole)
            return stage >= 0 ? StatusAccent::icon(StatusAccent::Mark::Dot, StatusAccent::green())
                              : StatusAccent::icon(StatusAccent::Mark::Ring, StatusAccent::grey());
        if (role == Qt::ToolTipRole)
            return tr("Stages are progressive: a stage counts once every indicator of it and of every earlier stage is "
                      "reached.");
        return QVariant();
    }
    if (role == Qt::DisplayRole) {
        const Counts c = countsUnder(nodeId);
        return tr("%1 of %2 reached").arg(c.reached).arg(c.items);
    }
    return QVariant();
}

QVariant MatrixModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n || !m_pathway)
        return QVariant();
    const int nodeId = int(index.internalId());
    const bool assessable = (n->kind == NodeKind::Item && n->children.empty()) || n->kind == NodeKind::Indicator;
    const ItemRef ref { m_pathway->id, n->id };
    switch (role) {
    case ItemRefRole:
        return assessable || n->kind == NodeKind::Item ? QVariant(ref.toString()) : QVariant();
    case NodeKindRole:
        return int(n->kind);
    case AssessableRole:
        return assessable;
    case StatementRole:
        return n->statement.isEmpty() ? n->title : n->statement;
    case SearchTextRole:
        return n->title + QLatin1Char(' ') + n->statement;
    case StateRole:
        return assessable ? statusData(*n, nodeId, StateRole) : QVariant();
    default:
        break;
    }
    switch (index.column()) {
    case TitleColumn:
        if (role == Qt::DisplayRole)
            return n->title;
        if (role == Qt::ToolTipRole)
            return n->statement.isEmpty() ? n->title : n->statement;
        if (role == Qt::FontRole && (n->kind == NodeKind::Step || n->kind == NodeKind::Group)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case StatusColumn:
        if (n->kind == NodeKind::Stage) {
            if (role != Qt::DisplayRole)
                return QVariant();
            const Counts c = countsUnder(nodeId);
            return tr("%1 of %2 reached").arg(c.reached).arg(c.items);
        }
        return statusData(*n, nodeId, role);
    case EvidenceColumn: {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        if (assessable) {
            const ItemFacts* f = m_facts.item(ref);
            const int count = f ? f->evidenceCount : 0;
            if (role == Qt::ToolTipRole)
                return f && !f->sources.isEmpty() ? tr("From: %1").arg(f->sources.join(QStringLiteral(", ")))
                                                  : QVariant();
            return count;
        }
        const Counts c = countsUnder(nodeId);
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 items have evidence").arg(c.withEvidence).arg(c.items);
        return tr("%1/%2").arg(c.withEvidence).arg(c.items);
    }
    case JudgementColumn: {
        if (!assessable || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return QVariant();
        const ItemFacts* f = m_facts.item(ref);
        if (!f || !f->latest)
            return QVariant();
        const Judgement& j = *f->latest;
        if (role == Qt::ToolTipRole)
            return j.comment.isEmpty() ? QVariant() : QVariant(j.comment);
        return tr("%1 · %2 · %3")
            .arg(verdictTitle(j.verdict), j.byName, QLocale().toString(j.date, QLocale::ShortFormat));
    }
    case CommentsColumn: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return QVariant();
        const auto it = m_comments.constFind(ref.toString());
        if (it == m_comments.constEnd() || it->isEmpty())
            return QVariant();
        if (role == Qt::DisplayRole) {
            const Comment& last = it->last();
            const QString text = tr("%1: %2").arg(last.author, last.text.section(QLatin1Char('\n'), 0, 0));
            return it->size() > 1 ? tr("%1 (+%2 more)").arg(text).arg(it->size() - 1) : text;
        }
        QStringList lines;
        for (const Comment& c : *it)
            lines << tr("%1 (%2): %3").arg(c.author, c.authorRole, c.text);
        return lines.join(QLatin1Char('\n'));
    }
    }
    return QVariant();
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return m_shape == Shape::Capabilities ? tr("Capability and indicators")
            : m_shape == Shape::Competencies  ? tr("Competency")
                                              : tr("Step and requirements");
    case StatusColumn:
        return m_shape == Shape::Competencies ? tr("Competency reached?") : tr("Status");
    case EvidenceColumn:
        return tr("Evidence");
    case JudgementColumn:
        return tr("Last judgement");
    case CommentsColumn:
        return m_shape == Shape::Competencies ? tr("Manager and worker comments") : tr("Comments");
    }
    return QVariant();
}

} // namespace waymark::gui
