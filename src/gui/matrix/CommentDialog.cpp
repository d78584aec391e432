#include "CommentDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark::gui {

CommentDialog::CommentDialog(const QString& itemTitle, const QString& author, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Comment on an item"));
    auto* layout = new QVBoxLayout(this);
    auto* about = new QLabel(itemTitle, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    layout->addWidget(about);
    auto* form = new QFormLayout;
    m_author = new QLineEdit(author, this);
    m_author->setAccessibleName(tr("Author"));
    form->addRow(tr("&Author:"), m_author);
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Author's role"));
    m_role->addItem(tr("Worker"), QStringLiteral("worker"));
    m_role->addItem(tr("Manager"), QStringLiteral("manager"));
    m_role->addItem(tr("Supervisor"), QStringLiteral("supervisor"));
    form->addRow(tr("&Role:"), m_role);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Comment"));
    m_text->setTabChangesFocus(true);
    form->addRow(tr("&Comment:"), m_text);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CommentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CommentDialog::reject);
    m_text->setFocus();
}

Comment CommentDialog::comment(const ItemRef& item) const
{
    Comment c;
    c.item = item;
    c.author = m_author->text().trimmed();
    c.authorRole = m_role->currentData().toString();
    c.text = m_text->toPlainText().trimmed();
    return c;
}

void CommentDialog::accept()
{
    if (m_author->text().trimmed().isEmpty() || m_text->toPlainText().trimmed().isEmpty())
        return;
    QDialog::accept();
}

} // namespace waymark::gui
