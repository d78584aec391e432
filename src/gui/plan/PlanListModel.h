#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

// The learning plan: activities, the items they aim at, target dates and status.
class PlanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActivityColumn, ItemsColumn, TargetColumn, StatusColumn, ColumnCount };

    explicit PlanListModel(const PathwayLibrary& library, QObject* parent = nullptr);

    void setItems(const QList<PlanItem>& items);
    const PlanItem* itemAt(int row) const;
    static QString statusTitle(PlanItem::Status status);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PathwayLibrary& m_library;
    QList<PlanItem> m_items;
};

} // namespace waymark::gui
