#include "SessionListModel.h"

#include <QLocale>

#include <algorithm>

namespace waymark::gui {

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SessionListModel::setSessions(const QList<SupervisionSession>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    std::stable_sort(
        m_sessions.begin(), m_sessions.end(), [](const SupervisionSession& a, const SupervisionSession& b) {
            return a.date != b.date ? a.date > b.date : a.id > b.id;
        });
    endResetModel();
}

const SupervisionSession* SessionListModel::sessionAt(int row) const
{
    return row >= 0 && row < m_sessions.size() ? &m_sessions[row] : nullptr;
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int SessionListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return QVariant();
    const SupervisionSession& s = m_sessions[index.row()];
    if (role == SessionIdRole)
        return s.id;
    if (role == Qt::ToolTipRole && index.column() == NotesColumn)
        return s.notes.isEmpty() ? QVariant() : QVariant(s.notes);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(s.date, QLocale::ShortFormat);
    case SupervisorColumn:
        return s.supervisorRole.isEmpty() ? s.supervisor : tr("%1 (%2)").arg(s.supervisor, s.supervisorRole);
    case ItemsColumn:
        return tr("%n item(s)", nullptr, int(s.itemsDiscussed.size()));
    case NotesColumn:
        return s.notes.section(QLatin1Char('\n'), 0, 0);
    }
    return QVariant();
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case SupervisorColumn:
        return tr("Supervisor");
    case ItemsColumn:
        return tr("Items discussed");
    case NotesColumn:
        return tr("Notes");
    }
    return QVariant();
}

} // namespace waymark::gui
