#pragma once

#include "waymark/Progress.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// The portfolio's dated events as rows, newest first: evidence recorded and judgements.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, EventColumn, DetailColumn, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    void setEntries(const QList<TimelineEntry>& entries);
    const QList<TimelineEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TimelineEntry> m_entries;
};

} // namespace waymark::gui
