#pragma once

#include <QTextDocument>

namespace waymark {

// How Waymark reads a worker's Markdown, in the preview and in the PDF alike: GitHub's dialect
// (tables, strikethrough, task lists, autolinks) with raw HTML kept as literal text.
inline QTextDocument::MarkdownFeatures workerMarkdown()
{
    return QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML);
}

} // namespace waymark
