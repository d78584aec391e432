#pragma once

#include <QPlainTextEdit>

namespace waymark::gui {

// A plain text editor that hands files dropped or pasted onto it to its owner (which attaches
// them) instead of inserting their paths into the text.
class FileDropTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit FileDropTextEdit(QWidget* parent = nullptr);

    static QStringList localFiles(const QMimeData* mime);

signals:
    void filesDropped(const QStringList& paths);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
};

} // namespace waymark::gui
