#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// Awards and qualifications held or in progress.
class AwardListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, DateColumn, ColumnCount };

    explicit AwardListModel(QObject* parent = nullptr);

    void setAwards(const QList<AwardRecord>& awards);
    const AwardRecord* awardAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AwardRecord> m_awards;
};

} // namespace waymark::gui
