#pragma once

#include <QStyledItemDelegate>

namespace waymark::gui {

// Draws a cell as a progress bar from a fraction role, with the cell's text on it, in the
// style's own progress bar (so it follows the palette).
class ProgressBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ProgressBarDelegate(int fractionRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_fractionRole;
};

} // namespace waymark::gui
