#include "TableSetup.h"

#include <QHeaderView>
#include <QTableView>

namespace waymark::gui {

void TableSetup::apply(QTableView* view, int stretchColumn)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table for the next control; arrows move within it.
    view->setTabKeyNavigation(false);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    const int line = view->fontMetrics().height();
    view->verticalHeader()->setDefaultSectionSize(line + line / 2);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    // A long value (a kind of evidence, a comment) is cut short rather than crowding out the rest.
    header->setMaximumSectionSize(view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 18);
}

} // namespace waymark::gui
