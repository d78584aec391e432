#pragma once

#include "waymark/Readiness.h"

#include <QAbstractItemModel>

#include <vector>

namespace waymark::gui {

// A readiness report as a tree: each rule node is a row (ticked when met), with rows under it
// for what is missing or pending and for learning offers that would help.
class ReadinessModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { RequirementColumn, StatusColumn, DateColumn, ColumnCount };
    enum Role { RowKindRole = Qt::UserRole + 1, ItemRefRole, OfferRole, OutcomeRole };
    enum class RowKind { Requirement, Detail, Suggestion };

    explicit ReadinessModel(QObject* parent = nullptr);

    // today decides whether a time-based date is still to come.
    void setReport(const ReadinessReport& report, const QDate& today = QDate::currentDate());
    const ReadinessReport& report() const { return m_report; }

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        RowKind kind = RowKind::Requirement;
        int parent = -1;
        int row = 0;
        Outcome outcome = Outcome::Unknown;
        QString text;
        QDate date;
        ItemRef item;
        Gap gap = Gap::NeedsEvidence; // of a detail row with an item
        LearningSuggestion suggestion;
        std::vector<int> children;
    };

    int addRow(int parent, Row row);
    void addNode(int parent, const ReadinessNode& node);
    const Row* rowOf(const QModelIndex& index) const;

    ReadinessReport m_report;
    QDate m_today;
    std::vector<Row> m_rows;
    std::vector<int> m_top;
};

} // namespace waymark::gui
