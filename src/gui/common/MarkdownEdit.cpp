#include "MarkdownEdit.h"

#include "common/FileDropTextEdit.h"
#include "common/MarkdownPreview.h"

#include <QPlainTextEdit>

namespace waymark::gui {

MarkdownEdit::MarkdownEdit(const QString& accessibleName, QWidget* parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setTabPosition(QTabWidget::South);
    m_editor = new FileDropTextEdit(this);
    connect(m_editor, &FileDropTextEdit::filesDropped, this, &MarkdownEdit::filesDropped);
    m_editor->setAccessibleName(accessibleName);
    // Tab moves to the next field: the text is Markdown, where a tab character is rarely meant.
    m_editor->setTabChangesFocus(true);
    m_preview = new MarkdownPreview(this);
    m_preview->setAccessibleName(tr("%1 (preview)").arg(accessibleName));
    addTab(m_editor, tr("Write"));
    addTab(m_preview, tr("Preview"));
    setTabToolTip(0, tr("Markdown: *italic*, **bold**, - lists, # headings"));
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (currentWidget() == m_preview)
            updatePreview();
    });
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (currentWidget() == m_preview)
            updatePreview();
    });
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed || added)
            emit textEdited();
    });
}

QString MarkdownEdit::text() const
{
    return m_editor->toPlainText();
}

void MarkdownEdit::setText(const QString& text)
{
    const QSignalBlocker block(this);
    m_editor->setPlainText(text);
    updatePreview();
}

void MarkdownEdit::setPlaceholderText(const QString& text)
{
    m_editor->setPlaceholderText(text);
}

void MarkdownEdit::showPreview(bool preview)
{
    setCurrentWidget(preview ? static_cast<QWidget*>(m_preview) : m_editor);
}

void MarkdownEdit::updatePreview()
{
    m_preview->setMarkdownText(m_editor->toPlainText());
}

} // namespace waymark::gui
