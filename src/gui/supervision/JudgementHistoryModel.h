#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractTableModel>

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

// Judgements as a read-only log, newest first. Judgements are never edited; a correction is a
// later judgement, and the log shows both. Flags sign-offs whose evidence changed since.
class JudgementHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, ItemColumn, VerdictColumn, ByColumn, CommentColumn, EvidenceColumn, ColumnCount };
    enum Role { JudgementIdRole = Qt::UserRole + 1, ItemRefRole, EvidenceChangedRole };

    explicit JudgementHistoryModel(const PathwayLibrary& library, QObject* parent = nullptr);

    void setJudgements(const QList<Judgement>& oldestFirst);
    const Judgement& judgementAt(int row) const { return m_judgements[row]; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString itemTitle(const ItemRef& ref) const;

    const PathwayLibrary& m_library;
    QList<Judgement> m_judgements;
};

} // namespace waymark::gui
