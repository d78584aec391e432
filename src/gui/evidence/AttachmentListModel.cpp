#include "AttachmentListModel.h"

#include <QApplication>
#include <QFileIconProvider>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

namespace waymark::gui {

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void AttachmentListModel::setEntries(const QList<Entry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole: {
        const QString size = QLocale().formattedDataSize(e.size);
        return e.id == 0 ? tr("%1 (%2, saved with the evidence)").arg(e.name, size) : tr("%1 (%2)").arg(e.name, size);
    }
    case Qt::ToolTipRole:
        return e.mediaType;
    case Qt::DecorationRole: {
        const QMimeType type = QMimeDatabase().mimeTypeForName(e.mediaType);
        const QIcon themed = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
        return themed.isNull() ? QApplication::style()->standardIcon(QStyle::SP_FileIcon) : themed;
    }
    case AttachmentIdRole:
        return e.id;
    default:
        return QVariant();
    }
}

} // namespace waymark::gui
