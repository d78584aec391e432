#include "ProgressModel.h"

#include "waymark/Pathway.h"

namespace waymark::gui {

ProgressModel::ProgressModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ProgressModel::setProgress(const Pathway* pathway, const PortfolioFacts& facts)
{
    beginResetModel();
    m_rows = pathway ? progressByScope(*pathway, facts) : QList<ScopeProgress>();
    endResetModel();
}

int ProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProgressModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const ScopeProgress& r = m_rows[index.row()];
    const int part = index.column() == EvidenceColumn ? r.withEvidence : r.signedOff;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return r.nested ? QStringLiteral("    ") + r.title : r.title;
        return tr("%1 of %2").arg(part).arg(r.items);
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return r.title;
        return index.column() == EvidenceColumn
            ? tr("%1 of %2 items have evidence mapped to them").arg(part).arg(r.items)
            : tr("%1 of %2 items are signed off as reached").arg(part).arg(r.items);
    case FractionRole:
        if (index.column() == NameColumn)
            return QVariant();
        return r.items > 0 ? double(part) / r.items : 0.0;
    case ScopeRole:
        return r.scopeId;
    default:
        return QVariant();
    }
}

QVariant ProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case NameColumn:
        return tr("Step or group");
    case EvidenceColumn:
        return tr("With evidence");
    case SignedOffColumn:
        return tr("Signed off");
    }
    return QVariant();
}

} // namespace waymark::gui
