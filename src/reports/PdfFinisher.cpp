#include "PdfFinisher.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>

namespace waymark {

namespace {

using Handle = QPDFObjectHandle;

// Reads a PDF held in memory; the caller keeps bytes alive as long as the QPDF.
std::unique_ptr<QPDF> readPdf(const QByteArray& bytes, const char* description)
{
    auto pdf = std::make_unique<QPDF>();
    pdf->setSuppressWarnings(true);
    pdf->processMemoryFile(description, bytes.constData(), size_t(bytes.size()));
    return pdf;
}

Handle text(const QString& s)
{
    return Handle::newUnicodeString(s.toStdString());
}

// Appended pages keep what they show and lose what they could do: annotations are drawn
// into the page (forms, highlights) and then removed with links and page actions.
void makeInert(QPDF& pdf)
{
    QPDFPageDocumentHelper pages(pdf);
    pages.flattenAnnotations();
    for (QPDFPageObjectHelper& page : pages.getAllPages()) {
        Handle dict = page.getObjectHandle();
        dict.removeKey("/Annots");
        dict.removeKey("/AA");
    }
}

void writeOutline(QPDF& pdf, const QList<PdfFinisher::OutlineEntry>& entries)
{
    const std::vector<Handle> pages = pdf.getAllPages();
    QList<PdfFinisher::OutlineEntry> kept;
    for (const PdfFinisher::OutlineEntry& e : entries)
        if (e.pageIndex >= 0 && e.pageIndex < int(pages.size()))
            kept << e;
    if (kept.isEmpty())
        return;
    Handle root = pdf.makeIndirectObject(Handle::newDictionary());
    root.replaceKey("/Type", Handle::newName("/Outlines"));
    QList<Handle> items;
    QList<int> parent; // index of the parent entry, -1 for the root
    int lastTop = -1;
    for (int i = 0; i < kept.size(); ++i) {
        items << pdf.makeIndirectObject(Handle::newDictionary());
        const bool top = kept[i].level == 0 || lastTop < 0;
        parent << (top ? -1 : lastTop);
        if (top)
            lastTop = i;
    }
    auto children = [&](int p) {
        QList<int> out;
        for (int i = 0; i < kept.size(); ++i)
            if (parent[i] == p)
                out << i;
        return out;
    };
    auto link = [&](Handle node, const QList<int>& kids, bool open) {
        if (kids.isEmpty())
            return;
        node.replaceKey("/First", items[kids.first()]);
        node.replaceKey("/Last", items[kids.last()]);
        // Positive: shown open; negative: closed with that many children.
        node.replaceKey("/Count", Handle::newInteger(open ? kids.size() : -kids.size()));
        for (int k = 0; k < kids.size(); ++k) {
            if (k > 0)
                items[kids[k]].replaceKey("/Prev", items[kids[k - 1]]);
            if (k + 1 < kids.size())
                items[kids[k]].replaceKey("/Next", items[kids[k + 1]]);
        }
    };
    for (int i = 0; i < kept.size(); ++i) {
        items[i].replaceKey("/Title", text(kept[i].title));
        items[i].replaceKey("/Parent", parent[i] < 0 ? root : items[parent[i]]);
        items[i].replaceKey("/Dest", Handle::newArray({pages[size_t(kept[i].pageIndex)], Handle::newName("/Fit")}));
        link(items[i], children(i), false);
    }
    link(root, children(-1), true);
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", Handle::newName("/UseOutlines"));
}

} // namespace

int PdfFinisher::pageCount(const QByteArray& bytes, QString* error)
{
    try {
        const std::unique_ptr<QPDF> pdf = readPdf(bytes, "attachment");
        return int(pdf->getAllPages().size());
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return -1;
    }
}

bool PdfFinisher::readInfo(const QByteArray& bytes, QHash<QString, QString>* out, QString* error)
{
    try {
        const std::unique_ptr<QPDF> pdf = readPdf(bytes, "document");
        Handle info = pdf->getTrailer().getKey("/Info");
        if (info.isDictionary())
            for (const std::string& key : info.getKeys())
                if (info.getKey(key).isString())
                    out->insert(QString::fromStdString(key.substr(1)), QString::fromStdString(info.getKey(key).getUTF8Value()));
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

bool PdfFinisher::finish(QByteArray& bytes, const Metadata& metadata, const QList<OutlineEntry>& outline,
                         const QList<QByteArray>& appendices, QString* error)
{
    try {
        std::unique_ptr<QPDF> pdf = readPdf(bytes, "report");
        // The appendices' pages are copied when written, so their documents live until then.
        std::vector<std::unique_ptr<QPDF>> sources;
        QPDFPageDocumentHelper pages(*pdf);
        for (const QByteArray& appendix : appendices) {
            sources.push_back(readPdf(appendix, "attachment"));
            makeInert(*sources.back());
            for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*sources.back()).getAllPages())
                pages.addPage(page, false);
        }

        Handle trailer = pdf->getTrailer();
        Handle info = trailer.getKey("/Info");
        if (!info.isDictionary()) {
            info = pdf->makeIndirectObject(Handle::newDictionary());
            trailer.replaceKey("/Info", info);
        }
        info.replaceKey("/Title", text(metadata.title));
        info.replaceKey("/Author", text(metadata.author));
        info.replaceKey("/Creator", text(QStringLiteral("Waymark")));
        for (auto it = metadata.extra.constBegin(); it != metadata.extra.constEnd(); ++it)
            info.replaceKey("/" + it.key().toStdString(), text(it.value()));
        Handle root = pdf->getRoot();
        root.replaceKey("/Lang", text(metadata.language));
        // Viewers show the title, not the file name, in the window and to screen readers.
        root.replaceKey("/ViewerPreferences", Handle::parse("<< /DisplayDocTitle true >>"));
        writeOutline(*pdf, outline);

        QByteArray finished;
        {
            QPDFWriter writer(*pdf);
            writer.setOutputMemory();
            writer.setObjectStreamMode(qpdf_o_generate);
            writer.write();
            const std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
            finished = QByteArray(reinterpret_cast<const char*>(out->getBuffer()), qsizetype(out->getSize()));
        }
        // The documents read bytes in place: they go before bytes changes (the report first,
        // as its copied pages refer to the appendices).
        pdf.reset();
        sources.clear();
        bytes = finished;
        return true;
    } catch (const std::exception& e) {
        if (error)
            *error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace waymark
