#pragma once

#include "waymark/Pathway.h"
#include "waymark/PortfolioStore.h"

#include <QAbstractItemModel>
#include <QHash>

#include <vector>

namespace waymark::gui {

// Every item of one pathway in the shape of its source table: steps and their groups
// (Buckinghamshire's columns, Camden's requirements) or capability groups with each
// capability's indicators under its stages (SSSC). Each row says where the item stands.
// The rows are fixed per pathway; new facts only change the cells.
class MatrixModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StatusColumn, EvidenceColumn, JudgementColumn, CommentsColumn, ColumnCount };
    enum Role {
        ItemRefRole = Qt::UserRole + 1,
        NodeKindRole,
        AssessableRole,
        StateRole,
        SearchTextRole,
        StatementRole
    };
    enum class NodeKind { Step, Group, Item, Stage, Indicator };

    explicit MatrixModel(QObject* parent = nullptr);

    void setPathway(const Pathway* pathway);
    const Pathway* pathway() const { return m_pathway; }
    void setFacts(const PortfolioFacts& facts, const QList<Comment>& comments);

    QModelIndex indexOf(const ItemRef& ref) const;
    // Every judgeable item or indicator at or under the index, in document order.
    QList<ItemRef> assessableUnder(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Item;
        QString id; // pathway id of the step, group, item or indicator; the item's id for a stage
        QString stageId; // stages only
        QString title;
        QString statement;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    struct Counts
    {
        int items = 0, withEvidence = 0, reached = 0;
    };

    static Node makeNode(
        NodeKind kind, const QString& id, const QString& stageId, const QString& title, const QString& statement);
    int addNode(int parent, Node node);
    void addItem(int parent, const Item& item);
    const Node* nodeOf(const QModelIndex& index) const;
    Counts countsUnder(int node) const;
    void collectAssessable(int node, QList<ItemRef>& out) const;
    QVariant statusData(const Node& n, int nodeId, int role) const;
    void emitAllChanged(const QModelIndex& parent);

    const Pathway* m_pathway = nullptr;
    std::vector<Node> m_nodes;
    std::vector<int> m_top;
    QHash<QString, int> m_byId;
    PortfolioFacts m_facts;
    QHash<QString, QList<Comment>> m_comments; // by ItemRef::toString()
    enum class Shape { Steps, Competencies, Capabilities } m_shape = Shape::Steps;
};

} // namespace waymark::gui
