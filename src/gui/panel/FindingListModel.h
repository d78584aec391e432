#pragma once

#include "waymark/AnonymisationCheck.h"

#include <QAbstractTableModel>

namespace waymark::gui {

// What the anonymisation check found: which record and field, what kind of personal data, the
// matched text whole and the words around it. Kept and redacted findings are marked.
class FindingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhereColumn, KindColumn, MatchColumn, ContextColumn, ColumnCount };

    explicit FindingListModel(QObject* parent = nullptr);

    void setFindings(const QList<AnonymisationFinding>& findings);
    const AnonymisationFinding* findingAt(int row) const;
    int unresolved() const { return AnonymisationCheck::unresolvedCount(m_findings); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AnonymisationFinding> m_findings;
};

} // namespace waymark::gui
