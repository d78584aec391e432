#include "ReconfirmDialog.h"

#include "common/MessageBox.h"
#include "main/PortfolioSession.h"

#include "waymark/PathwayLibrary.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::gui {

ReconfirmDialog::ReconfirmDialog(PortfolioSession* session, const QList<ItemRef>& items, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_items(items)
{
    setWindowTitle(tr("Re-confirm: still reached"));
    setObjectName(QStringLiteral("reconfirmDialog"));
    auto* layout = new QVBoxLayout(this);
    const PortfolioFacts& facts = session->facts();
    QStringList lines;
    for (const ItemRef& ref : items) {
        const Pathway* p = session->library().find(ref.pathwayId);
        const ItemFacts* f = facts.item(ref);
        QString line = p ? p->statementOf(ref.itemId) : ref.toString();
        if (f && f->latestDecision)
            line += tr(" (signed off by %1 on %2)")
                        .arg(f->latestDecision->byName, QLocale().toString(f->latestDecision->date, QLocale::LongFormat));
        lines << QStringLiteral("• ") + line.toHtmlEscaped();
    }
    auto* intro = new QLabel(tr("<p>The evidence these items were signed off on was edited, deleted or had its attachments "
                                "changed since. Until a supervisor re-confirms them, readiness does not count them as "
                                "reached.</p><p>%1</p><p>Re-confirming records a new “reached” judgement on the evidence as "
                                "it is now.</p>")
                                 .arg(lines.join(QStringLiteral("<br>"))),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const Worker& w = session->worker();
    m_name = new QLineEdit(w.supervisorName, this);
    m_name->setAccessibleName(tr("Supervisor's name"));
    form->addRow(tr("&Name:"), m_name);
    m_role = new QLineEdit(w.supervisorRole, this);
    m_role->setAccessibleName(tr("Supervisor's role"));
    form->addRow(tr("R&ole:"), m_role);
    m_date = new QDateEdit(session->today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setMaximumDate(session->today());
    m_date->setAccessibleName(tr("Date of the re-confirmation"));
    form->addRow(tr("&Date:"), m_date);
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment on the re-confirmation"));
    m_comment->setPlaceholderText(tr("Optional: why it is still reached"));
    form->addRow(tr("&Comment:"), m_comment);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re-con&firm"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReconfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReconfirmDialog::reject);
    (m_name->text().isEmpty() ? static_cast<QWidget*>(m_name) : buttons->button(QDialogButtonBox::Ok))->setFocus();
}

void ReconfirmDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        MessageBox::information(this, windowTitle(), tr("A re-confirmation needs the name of the person making it."));
        m_name->setFocus();
        return;
    }
    Judgement by;
    by.byName = m_name->text().trimmed();
    by.byRole = m_role->text().trimmed();
    by.date = m_date->date();
    by.comment = m_comment->toPlainText().trimmed();
    const QList<qint64> ids = m_session->reconfirmJudgements(m_items, by);
    if (ids.isEmpty()) {
        MessageBox::critical(this, windowTitle(), tr("%1\n\nNothing was recorded.").arg(m_session->errorString()));
        return;
    }
    m_recorded = int(ids.size());
    QDialog::accept();
}

} // namespace waymark::gui
