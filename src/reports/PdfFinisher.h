#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace waymark {

// What Qt's PDF writer cannot do, done with qpdf: the document's metadata and language, a
// bookmark outline, and other PDFs appended as pages with nothing live left on them.
class PdfFinisher
{
public:
    struct OutlineEntry
    {
        QString title;
        int pageIndex = 0; // 0-based, in the finished document
        int level = 0;     // 0: top level; 1: under the last top-level entry
    };

    struct Metadata
    {
        QString title;
        QString author;
        QString language; // BCP 47, "en-GB"
        // Extra entries of the document information dictionary ("WaymarkChainHead"), which
        // readInfo() gives back: what a PDF says of the portfolio it came from.
        QHash<QString, QString> extra;
    };

    // The document information dictionary's text entries, keys without the slash; false (and
    // why) when qpdf cannot read the file.
    static bool readInfo(const QByteArray& pdf, QHash<QString, QString>* info, QString* error);

    // The number of pages of a PDF, or -1 (and why) when qpdf cannot read it without a password.
    static int pageCount(const QByteArray& pdf, QString* error);

    // Appends the pages of each appendix (in order) to pdf and writes metadata and outline.
    static bool finish(QByteArray& pdf, const Metadata& metadata, const QList<OutlineEntry>& outline,
                       const QList<QByteArray>& appendices, QString* error);
};

} // namespace waymark
