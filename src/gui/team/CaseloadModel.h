#pragma once

#include "waymark/Caseload.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// The caseload as rows: who, how they relate to the signed-in person, their readiness and
// what awaits review.
class CaseloadModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Relation, Target, Verdict, AwaitingReview, Reconfirm, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<CaseloadEntry>& entries);
    const CaseloadEntry* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseloadEntry> m_entries;
};

} // namespace waymark::gui
