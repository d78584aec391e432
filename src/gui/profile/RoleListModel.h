#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// The worker's roles, as the experience rules read them.
class RoleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, GradeColumn, FromColumn, ToColumn, SupervisedColumn, ColumnCount };

    explicit RoleListModel(QObject* parent = nullptr);

    void setRoles(const QList<RoleRecord>& roles);
    const RoleRecord* roleAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RoleRecord> m_roles;
};

} // namespace waymark::gui
