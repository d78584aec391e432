#pragma once

#include <QStringList>

namespace waymark::gui {

// The portfolios opened lately, newest first, kept in QSettings.
class RecentPortfolios
{
public:
    static constexpr int maximum = 8;

    static QStringList list(); // only files that still exist
    static QString last(); // the one opened last, or empty
    static void add(const QString& path);
    static void clear();
};

} // namespace waymark::gui
