#include "ItemTreeModel.h"

#include "waymark/PathwayLibrary.h"

#include <functional>

namespace waymark::gui {

ItemTreeModel::ItemTreeModel(const PathwayLibrary& library, const QStringList& pathwayIds, QObject* parent)
    : QAbstractItemModel(parent)
{
    if (pathwayIds.isEmpty()) {
        for (const Pathway& p : library.pathways())
            addPathway(p);
        return;
    }
    for (const QString& id : pathwayIds)
        if (const Pathway* p = library.find(id))
            addPathway(*p);
}

int ItemTreeModel::addNode(int parent, const ItemRef& ref, const QString& text, const QString& toolTip, bool assessable)
{
    Node n;
    n.parent = parent;
    n.ref = ref;
    n.text = text;
    n.toolTip = toolTip;
    n.assessable = assessable;
    const int id = int(m_nodes.size());
    std::vector<int>& siblings = parent < 0 ? m_roots : m_nodes[size_t(parent)].children;
    n.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(n));
    if (assessable)
        m_byRef.insert(ref.toString(), id);
    return id;
}

void ItemTreeModel::addItem(int parent, const Pathway& pathway, const Item& item)
{
    const bool assessable = item.indicators.isEmpty();
    const int node = addNode(parent, { pathway.id, item.id }, item.displayTitle(), item.statement, assessable);
    for (const Indicator& ind : item.indicators) {
        const int stage = pathway.stageIndex(ind.stage);
        QString prefix = stage >= 0 ? pathway.stages[stage].title : ind.stage;
        for (const Perspective& per : pathway.perspectives)
            if (per.id == ind.perspective)
                prefix += QStringLiteral(", ") + per.title.toLower();
        addNode(node, { pathway.id, ind.id }, QStringLiteral("%1: %2").arg(prefix, ind.statement), ind.statement, true);
    }
}

void ItemTreeModel::addPathway(const Pathway& pathway)
{
    const int root = addNode(-1, { pathway.id, QString() }, pathway.title, pathway.summary, false);
    for (const Step& step : pathway.steps) {
        const int s = addNode(root, { pathway.id, step.id }, step.title, step.summary, false);
        for (const Group& group : step.groups) {
            const int g = addNode(s, { pathway.id, group.id }, group.title, group.description, false);
            for (const Item& item : group.items)
                addItem(g, pathway, item);
        }
    }
    for (const Group& group : pathway.groups) {
        const int g = addNode(root, { pathway.id, group.id }, group.title, group.description, false);
        for (const Item& item : group.items)
            addItem(g, pathway, item);
    }
}

void ItemTreeModel::setChecked(const QList<ItemRef>& refs)
{
    QSet<QString> next;
    for (const ItemRef& r : refs)
        next.insert(r.toString());
    if (next == m_checked)
        return;
    m_checked = next;
    // Check marks and the counts on every container can change: one pass over each level.
    std::function<void(const QModelIndex&)> touch = [&](const QModelIndex& parent) {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parent), index(rows - 1, 0, parent), { Qt::CheckStateRole, Qt::DisplayRole });
        for (int r = 0; r < rows; ++r)
            touch(index(r, 0, parent));
    };
    touch(QModelIndex());
}

QList<ItemRef> ItemTreeModel::checked() const
{
    QList<ItemRef> out;
    // Document order, not hash order, so that callers act in the order the pathway lists them.
    for (const Node& n : m_nodes)
        if (n.assessable && m_checked.contains(n.ref.toString()))
            out << n.ref;
    return out;
}

bool ItemTreeModel::isChecked(const ItemRef& ref) const
{
    return m_checked.contains(ref.toString());
}

QModelIndex ItemTreeModel::indexOf(const ItemRef& ref) const
{
    const auto it = m_byRef.constFind(ref.toString());
    if (it == m_byRef.constEnd())
        return QModelIndex();
    return createIndex(m_nodes[size_t(it.value())].row, 0, quintptr(it.value()));
}

const ItemTreeModel::Node* ItemTreeModel::nodeOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex ItemTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0)
        return QModelIndex();
    const std::vector<int>& list = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_roots;
    if (row >= int(list.size()))
        return QModelIndex();
    return createIndex(row, 0, quintptr(list[size_t(row)]));
}

QModelIndex ItemTreeModel::parent(const QModelIndex& child) const
{
    const Node* n = nodeOf(child);
    if (!n || n->parent < 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(n->parent)].row, 0, quintptr(n->parent));
}

int ItemTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int ItemTreeModel::columnCount(const QModelIndex&) const
{
    return 1;
}

int ItemTreeModel::checkedBelow(int node) const
{
    const Node& n = m_nodes[size_t(node)];
    int count = n.assessable && m_checked.contains(n.ref.toString()) ? 1 : 0;
    for (int c : n.children)
        count += checkedBelow(c);
    return count;
}

QVariant ItemTreeModel::data(const QModelIndex& index, int role) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
        if (!n->assessable && !n->children.empty()) {
            const int below = checkedBelow(int(index.internalId()));
            if (below > 0)
                return tr("%1 (%n ticked)", nullptr, below).arg(n->text);
        }
        return n->text;
    case Qt::ToolTipRole:
        return n->toolTip.isEmpty() || n->toolTip == n->text ? QVariant() : QVariant(n->toolTip);
    case Qt::CheckStateRole:
        if (!n->assessable)
            return QVariant();
        return m_checked.contains(n->ref.toString()) ? Qt::Checked : Qt::Unchecked;
    case ItemRefRole:
        return n->ref.toString();
    case AssessableRole:
        return n->assessable;
    case SearchTextRole:
        return n->text + QLatin1Char(' ') + n->toolTip + QLatin1Char(' ') + n->ref.itemId;
    default:
        return QVariant();
    }
}

void ItemTreeModel::notifyAncestors(int node)
{
    for (int p = m_nodes[size_t(node)].parent; p >= 0; p = m_nodes[size_t(p)].parent) {
        const QModelIndex idx = createIndex(m_nodes[size_t(p)].row, 0, quintptr(p));
        emit dataChanged(idx, idx, { Qt::DisplayRole });
    }
}

bool ItemTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Node* n = nodeOf(index);
    if (!n || !n->assessable || role != Qt::CheckStateRole)
        return false;
    const bool on = value.toInt() == Qt::Checked;
    const QString key = n->ref.toString();
    if (on == m_checked.contains(key))
        return true;
    if (on)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    notifyAncestors(int(index.internalId()));
    emit checkToggled(n->ref, on);
    return true;
}

Qt::ItemFlags ItemTreeModel::flags(const QModelIndex& index) const
{
    const Node* n = nodeOf(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->assessable)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant ItemTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == 0)
        return tr("Item");
    return QVariant();
}

} // namespace waymark::gui
