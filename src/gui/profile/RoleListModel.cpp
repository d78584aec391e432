#include "RoleListModel.h"

#include <QLocale>

namespace waymark::gui {

RoleListModel::RoleListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void RoleListModel::setRoles(const QList<RoleRecord>& roles)
{
    beginResetModel();
    m_roles = roles;
    endResetModel();
}

const RoleRecord* RoleListModel::roleAt(int row) const
{
    return row >= 0 && row < m_roles.size() ? &m_roles[row] : nullptr;
}

int RoleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RoleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_roles.size() || role != Qt::DisplayRole)
        return QVariant();
    const RoleRecord& r = m_roles[index.row()];
    switch (index.column()) {
    case TitleColumn:
        return r.title;
    case GradeColumn:
        return r.grade;
    case FromColumn:
        return QLocale().toString(r.start, QLocale::ShortFormat);
    case ToColumn:
        return r.end.isValid() ? QLocale().toString(r.end, QLocale::ShortFormat) : tr("current");
    case SupervisedColumn:
        return r.supervisedOthers ? tr("yes") : tr("no");
    }
    return QVariant();
}

QVariant RoleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Role");
    case GradeColumn:
        return tr("Grade");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SupervisedColumn:
        return tr("Supervised others");
    }
    return QVariant();
}

} // namespace waymark::gui
