#include "CaseListModel.h"

#include <QLocale>

namespace waymark::gui {

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseListModel::setCases(const QList<ProgressionCase>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

const ProgressionCase* CaseListModel::caseAt(int row) const
{
    return row >= 0 && row < m_cases.size() ? &m_cases[row] : nullptr;
}

int CaseListModel::rowOf(qint64 caseId) const
{
    for (int i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == caseId)
            return i;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size() || role != Qt::DisplayRole)
        return QVariant();
    const ProgressionCase& c = m_cases[index.row()];
    switch (index.column()) {
    case IdColumn:
        return c.id;
    case TargetColumn:
        return c.targetTitle;
    case StatusColumn:
        return c.describeStatus();
    case OpenedColumn:
        return c.events.isEmpty() ? QString() : QLocale().toString(c.events.first().at.toLocalTime().date(), QLocale::ShortFormat);
    }
    return QVariant();
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case IdColumn:
        return tr("Case");
    case TargetColumn:
        return tr("For");
    case StatusColumn:
        return tr("Status");
    case OpenedColumn:
        return tr("Opened");
    }
    return QVariant();
}

} // namespace waymark::gui
