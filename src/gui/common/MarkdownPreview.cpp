#include "MarkdownPreview.h"

#include "waymark/WorkerMarkdown.h"

#include <QDesktopServices>

namespace waymark::gui {

MarkdownPreview::MarkdownPreview(QWidget* parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setReadOnly(true);
    connect(this, &QTextBrowser::anchorClicked, this, &MarkdownPreview::openLink);
}

void MarkdownPreview::setMarkdownText(const QString& markdown)
{
    document()->setMarkdown(markdown, workerMarkdown());
}

QVariant MarkdownPreview::loadResource(int, const QUrl&)
{
    return QVariant();
}

void MarkdownPreview::openLink(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

} // namespace waymark::gui
