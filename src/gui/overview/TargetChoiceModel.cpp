#include "TargetChoiceModel.h"

#include "waymark/PathwayLibrary.h"

namespace waymark::gui {

TargetChoiceModel::TargetChoiceModel(const PathwayLibrary& library, QObject* parent)
    : QAbstractListModel(parent)
{
    m_entries << Entry { Kind::OwnTarget, QString(), QString(), tr("Your target") };
    for (const Pathway& p : library.pathways()) {
        m_entries << Entry { Kind::Heading, p.id, QString(), p.title };
        for (const Step& s : p.steps)
            m_entries << Entry { Kind::Step, p.id, s.id, QStringLiteral("    ") + s.title };
        for (const RoleProfile& r : p.roleProfiles)
            m_entries << Entry { Kind::RoleProfile, p.id, r.id,
                QStringLiteral("    ") + tr("Role profile: %1").arg(r.title) };
    }
}

void TargetChoiceModel::setOwnTargetText(const QString& text)
{
    if (m_entries[0].text == text)
        return;
    m_entries[0].text = text;
    emit dataChanged(index(0), index(0), { Qt::DisplayRole });
}

int TargetChoiceModel::rowOf(Kind kind, const QString& pathwayId, const QString& targetId) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].kind == kind && m_entries[i].pathwayId == pathwayId && m_entries[i].targetId == targetId)
            return i;
    return -1;
}

int TargetChoiceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant TargetChoiceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return QVariant();
    const Entry& e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return e.text;
    case Qt::AccessibleTextRole:
        return e.text.trimmed();
    case KindRole:
        return int(e.kind);
    case PathwayRole:
        return e.pathwayId;
    case TargetRole:
        return e.targetId;
    default:
        return QVariant();
    }
}

Qt::ItemFlags TargetChoiceModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Pathway names only head their steps; they cannot be chosen.
    if (m_entries[index.row()].kind == Kind::Heading)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace waymark::gui
