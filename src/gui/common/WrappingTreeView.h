#pragma once

#include <QTreeView>

namespace waymark::gui {

// A tree whose long statements wrap onto several lines instead of being cut off. Row heights
// follow the column widths, so rows are laid out again whenever a column changes width.
class WrappingTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit WrappingTreeView(QWidget* parent = nullptr);
};

} // namespace waymark::gui
