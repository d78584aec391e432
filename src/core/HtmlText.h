#pragma once

#include <QString>

namespace waymark {

// The words of an HTML fragment as a browser shows them: tags dropped, runs of white space
// made one space, paragraphs, list items and <br> made line breaks, entities decoded.
// Moodle and Mahara keep descriptions as HTML; Waymark shows statements as plain text.
class HtmlText
{
public:
    static QString toPlainText(const QString& html);
};

} // namespace waymark
