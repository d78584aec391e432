#include "CpdListModel.h"

#include <QLocale>

namespace waymark::gui {

CpdListModel::CpdListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CpdListModel::setEntries(const QList<CpdEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

const CpdEntry* CpdListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int CpdListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CpdListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CpdListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const CpdEntry& e = m_entries[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == HoursColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return e.notes.isEmpty() ? QVariant() : QVariant(e.notes);
    if (role == Qt::ToolTipRole && index.column() == PeerColumn)
        return e.hasPeerReflection() ? QVariant(e.peerReflection) : QVariant();
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(e.date, QLocale::ShortFormat);
    case ActivityColumn:
        return e.activity;
    case TypeColumn:
        return e.type;
    case PeerColumn:
        return e.hasPeerReflection() ? tr("Yes") : QString();
    case HoursColumn:
        return QLocale().toString(e.hours, 'f', e.hours == int(e.hours) ? 0 : 1);
    case NotesColumn:
        return e.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return QVariant();
}

QVariant CpdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ActivityColumn:
        return tr("Activity");
    case TypeColumn:
        return tr("Type");
    case PeerColumn:
        return tr("Peer reflection");
    case HoursColumn:
        return tr("Hours");
    case NotesColumn:
        return tr("Notes");
    }
    return QVariant();
}

} // namespace waymark::gui
