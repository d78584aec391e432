#include "FindingListModel.h"

#include "common/StatusAccent.h"

namespace waymark::gui {

FindingListModel::FindingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingListModel::setFindings(const QList<AnonymisationFinding>& findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

const AnonymisationFinding* FindingListModel::findingAt(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings[row] : nullptr;
}

int FindingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size())
        return QVariant();
    const AnonymisationFinding& f = m_findings[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhereColumn:
            return tr("%1 (%2)").arg(f.recordTitle, f.field);
        case KindColumn:
            return f.redacted ? tr("%1, redacted in the panel copy").arg(findingKindTitle(f.kind))
                : f.confirmed ? tr("%1, kept deliberately").arg(findingKindTitle(f.kind))
                              : findingKindTitle(f.kind);
        case MatchColumn:
            return f.match;
        case ContextColumn:
            return f.context;
        }
        return QVariant();
    case Qt::ToolTipRole:
        return index.column() == ContextColumn ? QVariant(f.context) : index.column() == MatchColumn ? QVariant(f.match) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return f.resolved() ? StatusAccent::icon(StatusAccent::Mark::Tick, StatusAccent::grey())
                               : StatusAccent::icon(StatusAccent::Mark::Alert, StatusAccent::amber());
        return QVariant();
    default:
        return QVariant();
    }
}

QVariant FindingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case WhereColumn:
        return tr("Where");
    case KindColumn:
        return tr("Looks like");
    case MatchColumn:
        return tr("Found");
    case ContextColumn:
        return tr("Where ([[found]])");
    }
    return QVariant();
}

} // namespace waymark::gui
