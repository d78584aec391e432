#include "PrivateNamesDialog.h"

#include "common/MessageBox.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark::gui {

PrivateNamesDialog::PrivateNamesDialog(PortfolioSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Names to look for"));
    setObjectName(QStringLiteral("privateNamesDialog"));
    resize(520, 420);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The names of people who use services, one a line. Before anything is exported, "
                                "every text the PDF shows is checked for them. The list stays in your portfolio "
                                "and is never exported."),
        this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Names:"), this);
    m_names = new QPlainTextEdit(this);
    m_names->setObjectName(QStringLiteral("privateNames"));
    m_names->setTabChangesFocus(true);
    m_names->setPlainText(session->store().privateNames().join(QLatin1Char('\n')));
    label->setBuddy(m_names);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_names, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrivateNamesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PrivateNamesDialog::accept()
{
    // The store trims, drops blank lines and repeats; a refusal keeps what was typed.
    const QStringList names = m_names->toPlainText().split(QLatin1Char('\n'));
    if (m_session->changes()->setPrivateNames(names)) {
        QDialog::accept();
        return;
    }
    MessageBox::critical(this, windowTitle(), m_session->changes()->errorString());
}

} // namespace waymark::gui
