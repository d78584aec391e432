#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// Every saved version of one evidence record, newest first. Read-only: history is kept, not edited.
class EvidenceVersionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { VersionColumn, SavedColumn, TitleColumn, ColumnCount };

    explicit EvidenceVersionModel(QObject* parent = nullptr);

    void setVersions(const QList<Evidence>& oldestFirst);
    const Evidence* versionAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Evidence> m_versions;
};

} // namespace waymark::gui
