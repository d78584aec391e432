#include "EvidenceListModel.h"

#include <QLocale>

namespace waymark::gui {

EvidenceListModel::EvidenceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EvidenceListModel::setEvidence(const QList<EvidenceSummary>& evidence)
{
    beginResetModel();
    m_evidence = evidence;
    endResetModel();
}

int EvidenceListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_evidence.size(); ++i)
        if (m_evidence[i].id == id)
            return i;
    return -1;
}

qint64 EvidenceListModel::idAt(int row) const
{
    return row >= 0 && row < m_evidence.size() ? m_evidence[row].id : 0;
}

int EvidenceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evidence.size());
}

int EvidenceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_evidence.size())
        return QVariant();
    const EvidenceSummary& e = m_evidence[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return e.title;
        case DateColumn:
            if (e.endDate.isValid())
                return tr("%1 – %2").arg(QLocale().toString(e.date, QLocale::ShortFormat),
                    QLocale().toString(e.endDate, QLocale::ShortFormat));
            return QLocale().toString(e.date, QLocale::ShortFormat);
        case KindColumn:
            return evidenceKindTitle(e.kind);
        case SourceColumn:
            return e.source;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return tr("%1\n%2%3\nVersion %4, saved %5")
                .arg(e.title, evidenceKindTitle(e.kind), e.source.isEmpty() ? QString() : tr(", from %1").arg(e.source))
                .arg(e.version)
                .arg(QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat));
        return data(index, Qt::DisplayRole);
    case EvidenceIdRole:
        return e.id;
    case SortRole:
        if (index.column() == DateColumn)
            return e.date;
        return data(index, Qt::DisplayRole);
    default:
        return QVariant();
    }
}

QVariant EvidenceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    }
    return QVariant();
}

} // namespace waymark::gui
