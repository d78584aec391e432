#pragma once

class QTableView;

namespace waymark::gui {

// The one way Waymark's read-only tables look: whole rows selected, no row numbers, short
// columns as wide as their contents (and headers), one column taking the rest.
class TableSetup
{
public:
    static void apply(QTableView* view, int stretchColumn);
};

} // namespace waymark::gui
