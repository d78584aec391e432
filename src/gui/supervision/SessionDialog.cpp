#include "SessionDialog.h"

#include "common/ItemTreeModel.h"
#include "common/MessageBox.h"
#include "common/WrappingTreeView.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

SessionDialog::SessionDialog(PortfolioSession* session, const SupervisionSession& start, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_start(start)
{
    setWindowTitle(start.id == 0 ? tr("New supervision session") : tr("Supervision session"));
    resize(640, 560);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(start.date.isValid() ? start.date : session->today(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Date of the session"));
    form->addRow(tr("&Date:"), m_date);
    const Worker& w = session->worker();
    m_supervisor = new QLineEdit(start.id == 0 ? w.supervisorName : start.supervisor, this);
    m_supervisor->setAccessibleName(tr("Supervisor"));
    form->addRow(tr("&Supervisor:"), m_supervisor);
    m_role = new QLineEdit(start.id == 0 ? w.supervisorRole : start.supervisorRole, this);
    m_role->setAccessibleName(tr("Supervisor's role"));
    form->addRow(tr("&Role:"), m_role);
    m_notes = new QPlainTextEdit(start.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes:"), m_notes);
    layout->addLayout(form);

    QStringList pathways;
    if (const Pathway* p = session->workerPathway())
        pathways << p->id;
    m_items = new ItemTreeModel(session->library(), pathways, this);
    m_items->setChecked(start.itemsDiscussed);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_items);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterRole(ItemTreeModel::SearchTextRole);
    auto* search = new QLineEdit(this);
    search->setPlaceholderText(tr("Find items by their wording"));
    search->setAccessibleName(tr("Find items discussed"));
    auto* tree = new WrappingTreeView(this);
    tree->setModel(proxy);
    tree->setHeaderHidden(true);
    tree->setAccessibleName(tr("Items discussed; tick each one"));
    tree->expandToDepth(1);
    connect(search, &QLineEdit::textChanged, this, [proxy, tree](const QString& text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            tree->expandAll();
    });
    form->addRow(tr("&Items discussed:"), search);
    layout->addWidget(tree, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
}

SupervisionSession SessionDialog::supervisionSession() const
{
    SupervisionSession s = m_start;
    s.date = m_date->date();
    s.supervisor = m_supervisor->text().trimmed();
    s.supervisorRole = m_role->text().trimmed();
    s.notes = m_notes->toPlainText();
    s.itemsDiscussed = m_items->checked();
    return s;
}

void SessionDialog::accept()
{
    const SupervisionSession s = supervisionSession();
    // A new session joins the append-only record of supervision; only a correction of one can be undone.
    const bool ok = s.id == 0 ? m_session->addSession(s) != 0 : m_session->changes()->updateSession(s);
    if (!ok) {
        // The dialog stays open with everything typed.
        MessageBox::critical(
            this, windowTitle(), s.id == 0 ? m_session->errorString() : m_session->changes()->errorString());
        return;
    }
    QDialog::accept();
}

} // namespace waymark::gui
