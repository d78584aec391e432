#include "TimelineModel.h"

#include <QLocale>

namespace waymark::gui {

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TimelineModel::setEntries(const QList<TimelineEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const TimelineEntry& e = m_entries[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn: return QLocale().toString(e.date, QLocale::ShortFormat);
        case EventColumn: return e.kind == TimelineEntry::Kind::Evidence ? tr("Evidence: %1").arg(e.title) : e.title;
        case DetailColumn: return e.detail;
        }
    }
    return QVariant();
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn: return tr("Date");
    case EventColumn: return tr("What happened");
    case DetailColumn: return tr("By or kind");
    }
    return QVariant();
}

} // namespace waymark::gui
