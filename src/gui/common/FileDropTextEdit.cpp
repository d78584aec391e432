#include "FileDropTextEdit.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace waymark::gui {

FileDropTextEdit::FileDropTextEdit(QWidget* parent)
    : QPlainTextEdit(parent)
{
}

QStringList FileDropTextEdit::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files << url.toLocalFile();
    return files;
}

bool FileDropTextEdit::canInsertFromMimeData(const QMimeData* source) const
{
    return !localFiles(source).isEmpty() || QPlainTextEdit::canInsertFromMimeData(source);
}

void FileDropTextEdit::insertFromMimeData(const QMimeData* source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        emit filesDropped(files);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace waymark::gui
