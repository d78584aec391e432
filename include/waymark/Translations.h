#pragma once

#include <QLocale>
#include <QString>

namespace waymark {

// Loads the translation of Waymark's text for a locale, so that a new language is a new
// resources/translations/waymark_<language>.ts file and not a code change.
class Translations
{
public:
    // Installs Waymark's catalogue for the locale's languages (and Qt's own, for its standard
    // buttons and messages, where the system has it) into the running application.
    // False when Waymark has none for it: the text then stays in the en_GB source.
    static bool install(const QLocale& locale = QLocale(), const QString& directory = QStringLiteral(":/i18n"));
};

} // namespace waymark
