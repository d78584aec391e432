#pragma once

#include "waymark/Pathway.h"
#include "waymark/PortfolioTypes.h"

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

// The items and indicators of one or more pathways as a tree (pathway, step, group, item,
// indicator), with a check box on everything that can be judged. Used to map evidence, to
// pick items for a sign-off and to link plan items.
class ItemTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role { ItemRefRole = Qt::UserRole + 1, AssessableRole, SearchTextRole };

    // pathwayIds: the pathways to show, in that order; empty for every loaded pathway.
    ItemTreeModel(const PathwayLibrary& library, const QStringList& pathwayIds, QObject* parent = nullptr);

    void setChecked(const QList<ItemRef>& refs);
    QList<ItemRef> checked() const;
    bool isChecked(const ItemRef& ref) const;
    QModelIndex indexOf(const ItemRef& ref) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The user ticked or cleared an item (not emitted by setChecked).
    void checkToggled(const waymark::ItemRef& ref, bool checked);

private:
    struct Node
    {
        int parent = -1;
        int row = 0;
        bool assessable = false;
        ItemRef ref;
        QString text;
        QString toolTip;
        std::vector<int> children;
    };

    int addNode(int parent, const ItemRef& ref, const QString& text, const QString& toolTip, bool assessable);
    void addPathway(const Pathway& pathway);
    void addItem(int parent, const Pathway& pathway, const Item& item);
    int checkedBelow(int node) const;
    const Node* nodeOf(const QModelIndex& index) const;
    void notifyAncestors(int node);

    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
    QHash<QString, int> m_byRef;
    QSet<QString> m_checked;
};

} // namespace waymark::gui
