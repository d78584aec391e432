#pragma once

#include "evidence/EvidenceListModel.h"

namespace waymark {
class PortfolioStore;
}

namespace waymark::gui {

// The evidence mapped to one item, each with the note that says what it shows of the item:
// the title column holds the whole title and, on the lines below it, the note.
class LinkedEvidenceModel : public EvidenceListModel
{
    Q_OBJECT

public:
    enum Role { NoteRole = SortRole + 1 };

    explicit LinkedEvidenceModel(QObject* parent = nullptr);

    // The live evidence mapped to item, and its mappings (none for an empty item).
    void load(PortfolioStore& store, const ItemRef& item);
    // The mapping of a row, for editing its note.
    Mapping mappingAt(int row) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QHash<qint64, Mapping> m_mappings; // by evidence id
};

} // namespace waymark::gui
