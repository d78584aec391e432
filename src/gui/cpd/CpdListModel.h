#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// The CPD log: date, activity, hours, notes.
class CpdListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ActivityColumn, TypeColumn, HoursColumn, PeerColumn, NotesColumn, ColumnCount };

    explicit CpdListModel(QObject* parent = nullptr);

    void setEntries(const QList<CpdEntry>& entries);
    const CpdEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CpdEntry> m_entries;
};

} // namespace waymark::gui
