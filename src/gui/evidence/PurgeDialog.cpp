#include "PurgeDialog.h"

#include "common/MessageBox.h"
#include "main/PortfolioSession.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::gui {

PurgeDialog::PurgeDialog(PortfolioSession* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Purge deleted evidence"));
    setObjectName(QStringLiteral("purgeDialog"));
    resize(620, 440);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Deleted evidence can be restored, so it stays in your portfolio file, with every "
                                "version, and in archives you export. Purge evidence that holds what must not be kept, "
                                "such as personal data written by mistake: it is gone for good. Judgements that relied "
                                "on it keep a note that it was there."),
        this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Deleted evidence (tick what to purge):"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("deletedEvidence"));
    label->setBuddy(m_list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_purge = buttons->addButton(tr("&Purge permanently…"), QDialogButtonBox::DestructiveRole);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_purge, &QPushButton::clicked, this, &PurgeDialog::purgeTicked);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_list->count() && !any; ++i)
            any = m_list->item(i)->checkState() == Qt::Checked;
        m_purge->setEnabled(any);
    });
    fill();
}

void PurgeDialog::fill()
{
    m_list->clear();
    EvidenceFilter filter;
    filter.includeDeleted = true;
    for (const EvidenceSummary& e : m_session->store().listEvidence(filter)) {
        if (!e.deleted)
            continue;
        auto* item = new QListWidgetItem(tr("%1 (%2)").arg(e.title, QLocale().toString(e.date, QLocale::ShortFormat)), m_list);
        item->setData(Qt::UserRole, e.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    if (m_list->count() == 0) {
        auto* none = new QListWidgetItem(tr("No deleted evidence: there is nothing to purge."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    m_purge->setEnabled(false);
}

int PurgeDialog::purgeTicked()
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty()
        || MessageBox::question(this, windowTitle(),
               tr("Purge %n evidence record(s) for good? This cannot be undone.", nullptr, int(ids.size())),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return 0;
    // One user action: all are purged, or none.
    PortfolioStore& store = m_session->store();
    const bool purged = store.transaction([&] {
        for (qint64 id : ids)
            if (!store.purgeEvidence(id))
                return false;
        return true;
    });
    if (!purged) {
        MessageBox::critical(this, windowTitle(), tr("%1\n\nNothing was purged.").arg(store.errorString()));
        return 0;
    }
    fill();
    return int(ids.size());
}

} // namespace waymark::gui
