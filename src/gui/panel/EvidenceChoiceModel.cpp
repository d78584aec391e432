#include "EvidenceChoiceModel.h"

#include <QLocale>

namespace waymark::gui {

EvidenceChoiceModel::EvidenceChoiceModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void EvidenceChoiceModel::setEvidence(const QList<Evidence>& evidence)
{
    beginResetModel();
    m_evidence = evidence;
    m_excluded.clear();
    endResetModel();
    emit choiceChanged();
}

void EvidenceChoiceModel::setAllIncluded(bool included)
{
    m_excluded.clear();
    if (!included)
        for (const Evidence& e : m_evidence)
            m_excluded.insert(e.id);
    if (!m_evidence.isEmpty())
        emit dataChanged(index(0), index(int(m_evidence.size()) - 1), { Qt::CheckStateRole });
    emit choiceChanged();
}

QList<qint64> EvidenceChoiceModel::included() const
{
    QList<qint64> out;
    for (const Evidence& e : m_evidence)
        if (!m_excluded.contains(e.id))
            out << e.id;
    return out;
}

QList<qint64> EvidenceChoiceModel::excluded() const
{
    QList<qint64> out;
    for (const Evidence& e : m_evidence)
        if (m_excluded.contains(e.id))
            out << e.id;
    return out;
}

int EvidenceChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_evidence.size());
}

QVariant EvidenceChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_evidence.size())
        return QVariant();
    const Evidence& e = m_evidence[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(e.title, QLocale().toString(e.date, QLocale::ShortFormat));
    case Qt::CheckStateRole:
        return m_excluded.contains(e.id) ? Qt::Unchecked : Qt::Checked;
    default:
        return QVariant();
    }
}

bool EvidenceChoiceModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_evidence.size() || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_evidence[index.row()].id;
    if (value.toInt() == Qt::Checked)
        m_excluded.remove(id);
    else
        m_excluded.insert(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit choiceChanged();
    return true;
}

Qt::ItemFlags EvidenceChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

} // namespace waymark::gui
