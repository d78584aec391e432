#pragma once

#include "common/WrappingTreeView.h"

namespace waymark::gui {

class LinkedEvidenceModel;

// The evidence mapped to one item, where the item is judged (the matrix, the sign-off dialog):
// whole titles and mapping notes wrap rather than being cut to "J…" in a narrow column.
class LinkedEvidenceView : public WrappingTreeView
{
    Q_OBJECT

public:
    explicit LinkedEvidenceView(QWidget* parent = nullptr);

    LinkedEvidenceModel* evidence() const { return m_evidence; }

private:
    LinkedEvidenceModel* m_evidence;
};

} // namespace waymark::gui
