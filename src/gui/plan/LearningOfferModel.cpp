#include "LearningOfferModel.h"

#include "waymark/PathwayLibrary.h"

namespace waymark::gui {

LearningOfferModel::LearningOfferModel(
    const PathwayLibrary& library, const QList<LearningSuggestion>& suggestions, QObject* parent)
    : QAbstractItemModel(parent)
{
    auto descriptionOf = [&](const QString& pathwayId, const QString& offerId) {
        if (const Pathway* p = library.find(pathwayId))
            for (const Step& s : p->steps)
                for (const LearningOffer& o : s.learningOffers)
                    if (o.id == offerId)
                        return o.description;
        return QString();
    };
    if (!suggestions.isEmpty()) {
        const int top = add(-1, Node { -1, 0, tr("Suggested for your target"), QString(), QString(), QString(), {} });
        for (const LearningSuggestion& s : suggestions)
            add(top,
                Node { -1, 0, tr("%1 (%2)").arg(s.title, s.stepTitle), s.pathwayId + QLatin1Char(':') + s.offerId,
                    s.title, descriptionOf(s.pathwayId, s.offerId), {} });
    }
    for (const Pathway& p : library.pathways()) {
        int pathwayNode = -1;
        for (const Step& s : p.steps) {
            if (s.learningOffers.isEmpty())
                continue;
            if (pathwayNode < 0)
                pathwayNode = add(-1, Node { -1, 0, p.title, QString(), QString(), QString(), {} });
            const int stepNode = add(pathwayNode, Node { -1, 0, s.title, QString(), QString(), s.summary, {} });
            for (const LearningOffer& o : s.learningOffers)
                add(stepNode, Node { -1, 0, o.title, p.id + QLatin1Char(':') + o.id, o.title, o.description, {} });
        }
    }
}

int LearningOfferModel::add(int parent, Node node)
{
    node.parent = parent;
    const int id = int(m_nodes.size());
    std::vector<int>& siblings = parent < 0 ? m_top : m_nodes[size_t(parent)].children;
    node.row = int(siblings.size());
    siblings.push_back(id);
    m_nodes.push_back(std::move(node));
    return id;
}

QModelIndex LearningOfferModel::indexOf(const QString& pathwayId, const QString& offerId) const
{
    const QString key = pathwayId + QLatin1Char(':') + offerId;
    for (size_t i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].offer == key)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return QModelIndex();
}

QModelIndex LearningOfferModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column != 0 || row < 0 || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const std::vector<int>& list = parent.isValid() ? m_nodes[size_t(parent.internalId())].children : m_top;
    if (row >= int(list.size()))
        return QModelIndex();
    return createIndex(row, 0, quintptr(list[size_t(row)]));
}

QModelIndex LearningOfferModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return QModelIndex();
    const Node& n = m_nodes[size_t(child.internalId())];
    if (n.parent < 0)
        return QModelIndex();
    return createIndex(m_nodes[size_t(n.parent)].row, 0, quintptr(n.parent));
}

int LearningOfferModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[size_t(parent.internalId())].children.size());
}

int LearningOfferModel::columnCount(const QModelIndex&) const
{
    return 1;
}

QVariant LearningOfferModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const Node& n = m_nodes[size_t(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return n.text;
    case Qt::ToolTipRole:
        return n.description.isEmpty() ? QVariant() : QVariant(n.description);
    case OfferRole:
        return n.offer.isEmpty() ? QVariant() : QVariant(n.offer);
    case TitleRole:
        return n.title;
    case DescriptionRole:
        return n.description;
    default:
        return QVariant();
    }
}

Qt::ItemFlags LearningOfferModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Headings can be browsed with the keyboard but only offers can be chosen.
    return m_nodes[size_t(index.internalId())].offer.isEmpty() ? Qt::ItemIsEnabled
                                                               : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace waymark::gui
