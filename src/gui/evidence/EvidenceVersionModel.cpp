#include "EvidenceVersionModel.h"

#include <QLocale>

#include <algorithm>

namespace waymark::gui {

EvidenceVersionModel::EvidenceVersionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceVersionModel::setVersions(const QList<Evidence>& oldestFirst)
{
    beginResetModel();
    m_versions = oldestFirst;
    std::reverse(m_versions.begin(), m_versions.end());
    endResetModel();
}

const Evidence* EvidenceVersionModel::versionAt(int row) const
{
    return row >= 0 && row < m_versions.size() ? &m_versions[row] : nullptr;
}

int EvidenceVersionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int EvidenceVersionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceVersionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_versions.size() || role != Qt::DisplayRole)
        return QVariant();
    const Evidence& e = m_versions[index.row()];
    switch (index.column()) {
    case VersionColumn:
        return e.version;
    case SavedColumn:
        return QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat);
    case TitleColumn:
        return e.title;
    }
    return QVariant();
}

QVariant EvidenceVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case VersionColumn:
        return tr("Version");
    case SavedColumn:
        return tr("Saved");
    case TitleColumn:
        return tr("Title");
    }
    return QVariant();
}

} // namespace waymark::gui
