#include "AwardListModel.h"

#include <QLocale>

namespace waymark::gui {

AwardListModel::AwardListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AwardListModel::setAwards(const QList<AwardRecord>& awards)
{
    beginResetModel();
    m_awards = awards;
    endResetModel();
}

const AwardRecord* AwardListModel::awardAt(int row) const
{
    return row >= 0 && row < m_awards.size() ? &m_awards[row] : nullptr;
}

int AwardListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_awards.size());
}

int AwardListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AwardListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_awards.size() || role != Qt::DisplayRole)
        return QVariant();
    const AwardRecord& a = m_awards[index.row()];
    switch (index.column()) {
    case TitleColumn:
        return a.title.isEmpty() ? a.award : a.title;
    case StatusColumn:
        return a.status == AwardRecord::Status::Held ? tr("Held") : tr("In progress");
    case DateColumn:
        return a.date.isValid() ? QLocale().toString(a.date, QLocale::ShortFormat) : QString();
    }
    return QVariant();
}

QVariant AwardListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Award or qualification");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    }
    return QVariant();
}

} // namespace waymark::gui
