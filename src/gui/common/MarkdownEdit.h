#pragma once

#include <QTabWidget>

namespace waymark::gui {

class FileDropTextEdit;
class MarkdownPreview;

// A Markdown field with "Write" and "Preview" tabs.
class MarkdownEdit : public QTabWidget
{
    Q_OBJECT

public:
    explicit MarkdownEdit(const QString& accessibleName, QWidget* parent = nullptr);

    QString text() const;
    void setText(const QString& text);
    void setPlaceholderText(const QString& text);
    FileDropTextEdit* editor() const { return m_editor; }
    MarkdownPreview* preview() const { return m_preview; }
    void showPreview(bool preview);

signals:
    void textEdited();
    void filesDropped(const QStringList& paths);

private:
    void updatePreview();

    FileDropTextEdit* m_editor = nullptr;
    MarkdownPreview* m_preview = nullptr;
};

} // namespace waymark::gui
