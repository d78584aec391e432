#include "LinkedEvidenceView.h"

#include "evidence/LinkedEvidenceModel.h"

#include <QHeaderView>

namespace waymark::gui {

LinkedEvidenceView::LinkedEvidenceView(QWidget* parent)
    : WrappingTreeView(parent)
    , m_evidence(new LinkedEvidenceModel(this))
{
    setModel(m_evidence);
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setColumnHidden(EvidenceListModel::KindColumn, true);
    setColumnHidden(EvidenceListModel::SourceColumn, true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(EvidenceListModel::TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(EvidenceListModel::DateColumn, QHeaderView::ResizeToContents);
}

} // namespace waymark::gui
