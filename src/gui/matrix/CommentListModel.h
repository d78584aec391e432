#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractListModel>

namespace waymark::gui {

// Comments on one item, oldest first, as "author (role), date: text".
class CommentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit CommentListModel(QObject* parent = nullptr);

    void setComments(const QList<Comment>& comments);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Comment> m_comments;
};

} // namespace waymark::gui
