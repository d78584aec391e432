#include "PlanListModel.h"

#include "common/StatusAccent.h"

#include "waymark/PathwayLibrary.h"

#include <QCoreApplication>
#include <QLocale>

namespace waymark::gui {

PlanListModel::PlanListModel(const PathwayLibrary& library, QObject* parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
}

QString PlanListModel::statusTitle(PlanItem::Status status)
{
    switch (status) {
    case PlanItem::Status::Planned:
        return QCoreApplication::translate("PlanListModel", "Planned");
    case PlanItem::Status::InProgress:
        return QCoreApplication::translate("PlanListModel", "In progress");
    case PlanItem::Status::Done:
        return QCoreApplication::translate("PlanListModel", "Done");
    case PlanItem::Status::Dropped:
        return QCoreApplication::translate("PlanListModel", "Dropped");
    }
    return QString();
}

void PlanListModel::setItems(const QList<PlanItem>& items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

const PlanItem* PlanListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int PlanListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PlanListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return QVariant();
    const PlanItem& p = m_items[index.row()];
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        switch (p.status) {
        case PlanItem::Status::Planned:
            return StatusAccent::icon(StatusAccent::Mark::Ring, StatusAccent::grey());
        case PlanItem::Status::InProgress:
            return StatusAccent::icon(StatusAccent::Mark::Dot, StatusAccent::amber());
        case PlanItem::Status::Done:
            return StatusAccent::icon(StatusAccent::Mark::Tick, StatusAccent::green());
        case PlanItem::Status::Dropped:
            return StatusAccent::icon(StatusAccent::Mark::Cross, StatusAccent::grey());
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ItemsColumn) {
        QStringList lines;
        for (const ItemRef& r : p.linkedItems) {
            const Pathway* pw = m_library.find(r.pathwayId);
            lines << (pw ? pw->statementOf(r.itemId) : r.toString());
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    if (role == Qt::ToolTipRole && index.column() == ActivityColumn && !p.learningOffer.isEmpty())
        return tr("From the pathway's learning offer %1").arg(p.learningOffer);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case ActivityColumn:
        return p.activity;
    case ItemsColumn:
        return p.linkedItems.isEmpty() ? QString() : tr("%n item(s)", nullptr, int(p.linkedItems.size()));
    case TargetColumn:
        return p.targetDate.isValid() ? QLocale().toString(p.targetDate, QLocale::ShortFormat) : QString();
    case StatusColumn:
        return statusTitle(p.status);
    }
    return QVariant();
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case ActivityColumn:
        return tr("Activity");
    case ItemsColumn:
        return tr("For items");
    case TargetColumn:
        return tr("Target date");
    case StatusColumn:
        return tr("Status");
    }
    return QVariant();
}

} // namespace waymark::gui
