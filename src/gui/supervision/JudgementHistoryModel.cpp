#include "JudgementHistoryModel.h"

#include "common/StatusAccent.h"

#include "waymark/PathwayLibrary.h"

#include <QLocale>

#include <algorithm>

namespace waymark::gui {

JudgementHistoryModel::JudgementHistoryModel(const PathwayLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
}

void JudgementHistoryModel::setJudgements(const QList<Judgement>& oldestFirst)
{
    beginResetModel();
    m_judgements = oldestFirst;
    std::reverse(m_judgements.begin(), m_judgements.end());
    endResetModel();
}

QString JudgementHistoryModel::itemTitle(const ItemRef& ref) const
{
    const Pathway* p = m_library.find(ref.pathwayId);
    if (!p)
        return ref.toString();
    const QString statement = p->statementOf(ref.itemId);
    if (p->indicator(ref.itemId)) {
        const Item* owner = p->owningItem(ref.itemId);
        return owner ? owner->title + QStringLiteral(": ") + statement : statement;
    }
    return statement.isEmpty() ? ref.itemId : statement;
}

int JudgementHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_judgements.size());
}

int JudgementHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JudgementHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_judgements.size())
        return QVariant();
    const Judgement& j = m_judgements[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return QLocale().toString(j.date, QLocale::ShortFormat);
        case ItemColumn:
            return itemTitle(j.item);
        case VerdictColumn:
            if (j.changesNothing())
                return tr("%1 (does not change the verdict)").arg(verdictTitle(j.verdict));
            return verdictTitle(j.verdict);
        case ByColumn:
            return j.author();
        case CommentColumn:
            return j.comment.section(QLatin1Char('\n'), 0, 0);
        case EvidenceColumn:
            if (m_library.reachedWithoutEvidence(j))
                return tr("None: signed off without evidence");
            if (j.evidenceChanged)
                return tr("%n item(s); changed since", nullptr, int(j.evidence.size()));
            return tr("%n item(s)", nullptr, int(j.evidence.size()));
        }
        return QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ItemColumn:
            return tr("%1\nJudged against version %2 of the pathway, wording:\n%3")
                .arg(itemTitle(j.item), j.pathwayVersion, j.statement);
        case CommentColumn:
            return j.comment.isEmpty() ? QVariant() : QVariant(j.comment);
        case VerdictColumn:
            if (j.counts)
                return tr("This is the judgement that counts for this item now.");
            if (j.changesNothing())
                return tr("Recorded after a judgement with a later date, so it is kept in the history but does not change "
                          "the verdict.");
            return QVariant();
        case EvidenceColumn: {
            QStringList lines;
            for (const JudgementEvidence& e : j.evidence)
                lines << tr("%1 (version %2)").arg(e.title).arg(e.evidenceVersion);
            if (j.evidenceChanged)
                lines << tr("Evidence relied on was edited or deleted after this judgement.");
            return lines.isEmpty() ? tr("No evidence was mapped when this was recorded.")
                                   : lines.join(QLatin1Char('\n'));
        }
        case DateColumn:
            return tr("Recorded %1").arg(QLocale().toString(j.recordedAt.toLocalTime(), QLocale::LongFormat));
        }
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == VerdictColumn)
            return StatusAccent::icon(j.verdict == Verdict::Reached ? ItemState::Reached
                    : j.verdict == Verdict::NotYetReached           ? ItemState::NotYet
                                                                    : ItemState::ReadyForReview);
        if (index.column() == EvidenceColumn && j.evidenceChanged)
            return StatusAccent::icon(StatusAccent::Mark::Alert, StatusAccent::amber());
        return QVariant();
    case JudgementIdRole:
        return j.id;
    case ItemRefRole:
        return j.item.toString();
    case EvidenceChangedRole:
        return j.evidenceChanged;
    default:
        return QVariant();
    }
}

QVariant JudgementHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case DateColumn:
        return tr("Date");
    case ItemColumn:
        return tr("Item");
    case VerdictColumn:
        return tr("Judgement");
    case ByColumn:
        return tr("By");
    case CommentColumn:
        return tr("Comment");
    case EvidenceColumn:
        return tr("Evidence relied on");
    }
    return QVariant();
}

} // namespace waymark::gui
