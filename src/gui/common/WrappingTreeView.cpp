#include "WrappingTreeView.h"

#include <QHeaderView>

namespace waymark::gui {

WrappingTreeView::WrappingTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

} // namespace waymark::gui
