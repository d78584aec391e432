#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace waymark::gui {

// A comment on an item by the worker, a manager or a supervisor (Buckinghamshire's
// "Manager and worker comments").
class CommentDialog : public QDialog
{
    Q_OBJECT

public:
    CommentDialog(const QString& itemTitle, const QString& author, QWidget* parent = nullptr);

    Comment comment(const ItemRef& item) const;
    void accept() override;

    QLineEdit* authorEdit() const { return m_author; }
    QPlainTextEdit* textEdit() const { return m_text; }

private:
    QLineEdit* m_author = nullptr;
    QComboBox* m_role = nullptr;
    QPlainTextEdit* m_text = nullptr;
};

} // namespace waymark::gui
