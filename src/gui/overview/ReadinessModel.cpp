#include "ReadinessModel.h"

#include "common/StatusAccent.h"

#include <QLocale>

namespace waymark::gui {

ReadinessModel::ReadinessModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void ReadinessModel::setReport(const ReadinessReport& report, const QDate& today)
{
    beginResetModel();
    m_report = report;
    m_today = today;
    m_rows.clear();
    m_top.clear();
    if (report.error.isEmpty())
        addNode(-1, report.root);
    endResetModel();
}

int ReadinessModel::addRow(int parent, Row row)
{
    row.parent = parent;
    const int id = int(m_rows.size());
    std::vector<int>& siblings = parent < 0 ? m_top : m_rows[size_t(parent)].children;
    row.row = int(siblings.size());
    siblings.push_back(id);
    m_rows.push_back(std::move(row));
    return id;
}

void ReadinessModel::addNode(int parent, const ReadinessNode& node)
{
    Row r;
    r.kind = RowKind::Requirement;
    r.outcome = node.outcome;
    r.text = node.sentence;
    // A date says when a time-based check was met, or when it will be; a past date on a
    // check that is still not met (its other parts are missing) says nothing useful.
    if (node.metOn.isValid() && (node.outcome == Outcome::Met || node.metOn > m_today))
        r.date = node.metOn;
    const int id = addRow(parent, r);
    for (const ReadinessNode& child : node.children)
        addNode(id, child);
    // The engine lists one pending line per missing item when it names items at all; pair
    // them so that a line can lead to its item.
    const bool paired = node.details.size() == node.missingItems.size();
    for (int i = 0; i < node.details.size(); ++i) {
        Row d;
        d.kind = RowKind::Detail;
        d.outcome = node.outcome;
        d.text = node.details[i];
        if (paired) {
            d.item = node.missingItems[i];
            d.gap = node.gaps.value(i, Gap::NeedsEvidence);
        }
        addRow(id, d);
    }
    for (const LearningSuggestion& s : node.suggestions) {
        Row o;
        o.kind = RowKind::Suggestion;
        o.outcome = node.outcome;
        o.text = tr("Learning that would help: %1").arg(s.title);
        o.suggestion = s;
        addRow(id, o);
    }
}

const ReadinessModel::Row* ReadinessModel::rowOf(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() >= m_rows.size())
        return nullptr;
    return &m_rows[size_t(index.internalId())];
}

QModelIndex ReadinessModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount || (parent.isValid() && parent.column() != 0))
        return QModelIndex();
    const std::vector<int>& list = parent.isValid() ? m_rows[size_t(parent.internalId())].children : m_top;
    if (row >= int(list.size()))
        return QModelIndex();
    return createIndex(row, column, quintptr(list[size_t(row)]));
}

QModelIndex ReadinessModel::parent(const QModelIndex& child) const
{
    const Row* r = rowOf(child);
    if (!r || r->parent < 0)
        return QModelIndex();
    return createIndex(m_rows[size_t(r->parent)].row, 0, quintptr(r->parent));
}

int ReadinessModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_rows[size_t(parent.internalId())].children.size());
}

int ReadinessModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ReadinessModel::data(const QModelIndex& index, int role) const
{
    const Row* r = rowOf(index);
    if (!r)
        return QVariant();
    const bool requirement = r->kind == RowKind::Requirement;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RequirementColumn:
            return r->text;
        case StatusColumn:
            if (r->kind == RowKind::Suggestion)
                return tr("Learning offer");
            if (!requirement)
                return r->item.itemId.isEmpty() ? QVariant() : QVariant(gapTitle(r->gap));
            return r->outcome == Outcome::Met   ? tr("Met")
                : r->outcome == Outcome::NotMet ? tr("Not yet")
                                                : tr("Unknown");
        case DateColumn:
            if (!requirement || !r->date.isValid())
                return QVariant();
            return (r->outcome == Outcome::Met ? tr("since %1") : tr("on %1"))
                .arg(QLocale().toString(r->date, QLocale::ShortFormat));
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == RequirementColumn)
            return r->text;
        if (index.column() == DateColumn && r->date.isValid())
            return r->outcome == Outcome::Met
                ? tr("Met since %1").arg(QLocale().toString(r->date, QLocale::LongFormat))
                : tr("Will be met on %1").arg(QLocale().toString(r->date, QLocale::LongFormat));
        return QVariant();
    case Qt::DecorationRole:
        if (index.column() == RequirementColumn && requirement)
            return StatusAccent::icon(r->outcome);
        if (index.column() == DateColumn && requirement && r->date.isValid() && r->outcome != Outcome::Met)
            return StatusAccent::icon(StatusAccent::Mark::Clock, StatusAccent::grey());
        return QVariant();
    case Qt::AccessibleDescriptionRole:
        if (index.column() == RequirementColumn && requirement)
            return r->outcome == Outcome::Met   ? tr("Met")
                : r->outcome == Outcome::NotMet ? tr("Not yet met")
                                                : tr("Unknown");
        return QVariant();
    case RowKindRole:
        return int(r->kind);
    case ItemRefRole:
        return r->item.itemId.isEmpty() ? QVariant() : QVariant(r->item.toString());
    case OfferRole:
        return r->kind == RowKind::Suggestion
            ? QVariant(r->suggestion.pathwayId + QLatin1Char(':') + r->suggestion.offerId)
            : QVariant();
    case OutcomeRole:
        return int(r->outcome);
    default:
        return QVariant();
    }
}

QVariant ReadinessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case RequirementColumn:
        return tr("Requirement");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("When");
    }
    return QVariant();
}

} // namespace waymark::gui
