#include "WrappingTreeView.h"

#include <QHeaderView>
#include <QStyledItemDelegate>

namespace waymark::gui {

namespace {

// QTreeView asks its delegate for a row's height without saying how wide the cell is; this
// delegate works the width out from the column, the indentation, the check box and the icon.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView* view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        // Only the tree column wraps; the others hold short values.
        if (index.column() != m_view->header()->logicalIndex(0))
            return size;
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (opt.text.isEmpty())
            return size;
        const QStyle* style = m_view->style();
        int width = m_view->header()->sectionSize(index.column());
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        width -= depth * m_view->indentation();
        if (opt.features & QStyleOptionViewItem::HasCheckIndicator)
            width -= style->pixelMetric(QStyle::PM_IndicatorWidth, &opt, m_view) + 6;
        if (opt.features & QStyleOptionViewItem::HasDecoration)
            width -= opt.decorationSize.width() + 6;
        width -= 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, m_view) + 2);
        const QRect text = opt.fontMetrics.boundingRect(
            QRect(0, 0, qMax(40, width), 1 << 20), int(Qt::AlignLeft | Qt::TextWordWrap), opt.text);
        size.setHeight(qMax(size.height(), text.height() + 6));
        return size;
    }

private:
    QTreeView* m_view;
};

} // namespace

WrappingTreeView::WrappingTreeView(QWidget* parent)
    : QTreeView(parent)
{
    setWordWrap(true);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(this));
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
}

} // namespace waymark::gui
