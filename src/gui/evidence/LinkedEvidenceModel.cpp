#include "LinkedEvidenceModel.h"

#include "waymark/PortfolioStore.h"

namespace waymark::gui {

LinkedEvidenceModel::LinkedEvidenceModel(QObject* parent)
    : EvidenceListModel(parent)
{
}

void LinkedEvidenceModel::load(PortfolioStore& store, const ItemRef& item)
{
    m_mappings.clear();
    if (item.itemId.isEmpty()) {
        setEvidence({});
        return;
    }
    for (const Mapping& m : store.mappingsForItem(item))
        m_mappings.insert(m.evidenceId, m);
    EvidenceFilter filter;
    filter.item = item;
    setEvidence(store.listEvidence(filter));
}

Mapping LinkedEvidenceModel::mappingAt(int row) const
{
    return m_mappings.value(idAt(row));
}

QVariant LinkedEvidenceModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return QVariant();
    const QString note = m_mappings.value(idAt(index.row())).note;
    if (role == NoteRole)
        return note;
    if (role == Qt::DisplayRole && index.column() == TitleColumn && !note.isEmpty())
        return tr("%1\nNote: %2").arg(EvidenceListModel::data(index, role).toString(), note);
    return EvidenceListModel::data(index, role);
}

} // namespace waymark::gui
