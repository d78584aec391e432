#pragma once

#include "waymark/ProgressionCase.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// The progression cases: id, target, what each awaits, when it was opened.
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, TargetColumn, StatusColumn, OpenedColumn, ColumnCount };

    explicit CaseListModel(QObject* parent = nullptr);

    void setCases(const QList<ProgressionCase>& cases);
    const ProgressionCase* caseAt(int row) const;
    int rowOf(qint64 caseId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ProgressionCase> m_cases;
};

} // namespace waymark::gui
