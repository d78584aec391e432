#pragma once

#include <QTextBrowser>

namespace waymark::gui {

// Shows a worker's Markdown as formatted text. Raw HTML in it stays visible text
// (waymark::workerMarkdown()), and nothing it names is ever loaded: no images,
// no style sheets, no files. Web links open in the browser only when clicked.
class MarkdownPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownPreview(QWidget* parent = nullptr);

    void setMarkdownText(const QString& markdown);
    // Loads nothing, whatever the document names.
    QVariant loadResource(int type, const QUrl& name) override;

private:
    void openLink(const QUrl& url);
};

} // namespace waymark::gui
