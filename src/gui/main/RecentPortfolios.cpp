#include "RecentPortfolios.h"

#include <QFileInfo>
#include <QSettings>

namespace waymark::gui {

namespace {
const QString key = QStringLiteral("portfolios/recent");
}

QStringList RecentPortfolios::list()
{
    QStringList out;
    const QStringList stored = QSettings().value(key).toStringList();
    for (const QString& path : stored)
        if (QFileInfo::exists(path))
            out << path;
    return out;
}

QString RecentPortfolios::last()
{
    return list().value(0);
}

void RecentPortfolios::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList stored = settings.value(key).toStringList();
    stored.removeAll(absolute);
    stored.prepend(absolute);
    while (stored.size() > maximum)
        stored.removeLast();
    settings.setValue(key, stored);
}

void RecentPortfolios::clear()
{
    QSettings().remove(key);
}

} // namespace waymark::gui
