#include "CaseloadModel.h"

namespace waymark::gui {

void CaseloadModel::setEntries(const QList<CaseloadEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const CaseloadEntry* CaseloadModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    const CaseloadEntry* e = entry(index.row());
    if (!e)
        return {};
    if (role == Qt::ToolTipRole)
        return e->error.isEmpty() ? e->readiness.summary : e->error;
    if (role == Qt::TextAlignmentRole && (index.column() == AwaitingReview || index.column() == Reconfirm))
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e->person.name;
    case Relation:
        return e->person.relation == AssignedPortfolio::Relation::Supervisor ? tr("You supervise") : tr("You read");
    case Target:
        return e->error.isEmpty() ? e->readiness.targetTitle : e->error;
    case Verdict:
        return e->error.isEmpty() ? e->readiness.summary : QString();
    case AwaitingReview:
        return e->error.isEmpty() ? QVariant(e->awaitingReview) : QVariant();
    case Reconfirm:
        return e->error.isEmpty() ? QVariant(e->toReconfirm) : QVariant();
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Relation:
        return tr("Assigned");
    case Target:
        return tr("Next step");
    case Verdict:
        return tr("Readiness");
    case AwaitingReview:
        return tr("Awaiting your review");
    case Reconfirm:
        return tr("To re-confirm");
    }
    return {};
}

} // namespace waymark::gui
