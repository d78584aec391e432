#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// Evidence records as rows: title, date, kind and source.
class EvidenceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, KindColumn, SourceColumn, ColumnCount };
    enum Role { EvidenceIdRole = Qt::UserRole + 1, SortRole };

    explicit EvidenceListModel(QObject* parent = nullptr);

    void setEvidence(const QList<EvidenceSummary>& evidence);
    const QList<EvidenceSummary>& evidence() const { return m_evidence; }
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EvidenceSummary> m_evidence;
};

} // namespace waymark::gui
