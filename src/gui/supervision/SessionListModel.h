#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// Supervision sessions, newest first.
class SessionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, SupervisorColumn, ItemsColumn, NotesColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject* parent = nullptr);

    void setSessions(const QList<SupervisionSession>& sessions);
    const SupervisionSession* sessionAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SupervisionSession> m_sessions;
};

} // namespace waymark::gui
