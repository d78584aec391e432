#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace waymark {

// Adds what Qt's PDF writer cannot (before Qt 6.8/6.9): the document's author and a
// bookmark outline, as a standard PDF incremental update appended to the file.
class PdfAmendment
{
public:
    struct OutlineEntry
    {
        QString title;
        int pageIndex = 0; // 0-based
        int level = 0;     // 0: top level; 1: under the last top-level entry
    };

    static bool addAuthorAndOutline(QByteArray& pdf, const QString& author, const QString& title,
                                    const QList<OutlineEntry>& outline, QString* error);
};

} // namespace waymark
