#pragma once

#include "waymark/Readiness.h"

#include <QAbstractItemModel>

#include <vector>

namespace waymark::gui {

// Learning a plan item can come from: the offers the readiness report suggests for the
// worker's target first, then every step's offers of every loaded pathway.
class LearningOfferModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { OfferRole = Qt::UserRole + 1, TitleRole, DescriptionRole };

    LearningOfferModel(
        const PathwayLibrary& library, const QList<LearningSuggestion>& suggestions, QObject* parent = nullptr);

    QModelIndex indexOf(const QString& pathwayId, const QString& offerId) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        QString text;
        QString offer; // "pathway:offer" on offers only
        QString title;
        QString description;
        std::vector<int> children;
    };
    int add(int parent, Node node);
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
};

} // namespace waymark::gui
