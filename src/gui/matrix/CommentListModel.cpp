#include "CommentListModel.h"

#include <QLocale>

namespace waymark::gui {

CommentListModel::CommentListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void CommentListModel::setComments(const QList<Comment>& comments)
{
    beginResetModel();
    m_comments = comments;
    endResetModel();
}

int CommentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QVariant CommentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_comments.size())
        return QVariant();
    const Comment& c = m_comments[index.row()];
    const QString who = c.authorRole.isEmpty() ? c.author : tr("%1 (%2)").arg(c.author, c.authorRole);
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1, %2: %3")
            .arg(who, QLocale().toString(c.createdAt.toLocalTime().date(), QLocale::ShortFormat), c.text);
    case Qt::ToolTipRole:
        return c.text;
    default:
        return QVariant();
    }
}

} // namespace waymark::gui
