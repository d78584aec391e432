#include "ProgressBarDelegate.h"

#include <QApplication>
#include <QPainter>

namespace waymark::gui {

ProgressBarDelegate::ProgressBarDelegate(int fractionRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_fractionRole(fractionRole)
{
}

void ProgressBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QVariant fraction = index.data(m_fractionRole);
    if (!fraction.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Selection and focus first, so the bar sits on the row's own background.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    // The figure as text, then a slim bar beside it: text on a bar's chunk is hard to read.
    const QString text = index.data(Qt::DisplayRole).toString();
    const QRect area = option.rect.adjusted(4, 2, -4, -2);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("000 of 000"));
    const QRect textRect(area.left(), area.top(), qMin(textWidth, area.width()), area.height());
    const QPalette::ColorRole role = option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    style->drawItemText(painter, textRect, Qt::AlignRight | Qt::AlignVCenter, option.palette, true, text, role);
    const int barHeight = qMin(area.height(), qMax(6, option.fontMetrics.height() * 2 / 3));
    QStyleOptionProgressBar bar;
    bar.rect = QRect(textRect.right() + 8, area.top() + (area.height() - barHeight) / 2,
        area.right() - textRect.right() - 8, barHeight);
    if (bar.rect.width() < 8)
        return;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = int(fraction.toDouble() * 1000);
    bar.textVisible = false;
    bar.state = (option.state & ~QStyle::State_Selected) | QStyle::State_Horizontal;
    bar.palette = option.palette;
    // The empty part drawn in the view's own base colour would vanish into it (dark palettes).
    bar.palette.setColor(QPalette::Base, option.palette.color(QPalette::Midlight));
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace waymark::gui
