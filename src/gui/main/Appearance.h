#pragma once

#include <QCoreApplication>
#include <QString>

namespace waymark::gui {

// Light, dark, or what the desktop uses. Qt 6.4 (Debian 12) cannot ask the platform for a
// colour scheme (QStyleHints::setColorScheme is Qt 6.8), so light and dark are the Fusion
// style with its own palette, and "system" puts back the style and palette Waymark started with.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Scheme { System, Light, Dark };

    static QString title(Scheme scheme); // "System default", "Light", "Dark"
    // What was chosen last (QSettings), System when nothing or something unknown was stored.
    static Scheme saved();
    // Applies the scheme to the whole application and keeps the choice for the next start.
    static void choose(Scheme scheme);
    static void apply(Scheme scheme);
    static Scheme current();
};

} // namespace waymark::gui
