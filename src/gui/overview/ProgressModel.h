#pragma once

#include "waymark/Progress.h"

#include <QAbstractTableModel>
#include <QList>

namespace waymark::gui {

// Two progress figures for each step (and each of its groups) or capability group of a
// pathway: items with evidence, and items signed off as reached.
class ProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EvidenceColumn, SignedOffColumn, ColumnCount };
    enum Role { FractionRole = Qt::UserRole + 1, ScopeRole };

    explicit ProgressModel(QObject* parent = nullptr);

    void setProgress(const Pathway* pathway, const PortfolioFacts& facts);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScopeProgress> m_rows;
};

} // namespace waymark::gui
