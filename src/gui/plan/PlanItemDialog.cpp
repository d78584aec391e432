#include "PlanItemDialog.h"

#include "common/ItemTreeModel.h"
#include "common/MessageBox.h"
#include "common/OptionalDateEdit.h"
#include "common/WrappingTreeView.h"
#include "main/PortfolioSession.h"
#include "plan/PlanListModel.h"
#include "undo/PortfolioChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

PlanItemDialog::PlanItemDialog(PortfolioSession* session, const PlanItem& start, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_start(start)
{
    setWindowTitle(start.id == 0 ? tr("Add to the learning plan") : tr("Learning plan activity"));
    resize(620, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_activity = new QLineEdit(start.activity, this);
    m_activity->setAccessibleName(tr("Activity"));
    form->addRow(tr("&Activity:"), m_activity);
    if (!start.learningOffer.isEmpty()) {
        auto* from = new QLabel(tr("From the pathway's learning offer %1").arg(start.learningOffer), this);
        from->setTextFormat(Qt::PlainText);
        form->addRow(QString(), from);
    }
    m_target = new OptionalDateEdit(tr("&Target date"), this);
    m_target->setDate(start.targetDate);
    form->addRow(QString(), m_target);
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    for (PlanItem::Status s :
        { PlanItem::Status::Planned, PlanItem::Status::InProgress, PlanItem::Status::Done, PlanItem::Status::Dropped })
        m_status->addItem(PlanListModel::statusTitle(s), int(s));
    m_status->setCurrentIndex(qMax(0, m_status->findData(int(start.status))));
    form->addRow(tr("&Status:"), m_status);
    layout->addLayout(form);

    QStringList pathways;
    for (const ItemRef& r : start.linkedItems)
        if (!pathways.contains(r.pathwayId))
            pathways << r.pathwayId;
    if (const Pathway* own = session->workerPathway(); own && !pathways.contains(own->id))
        pathways.prepend(own->id);
    m_items = new ItemTreeModel(session->library(), pathways, this);
    m_items->setChecked(start.linkedItems);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_items);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterRole(ItemTreeModel::SearchTextRole);
    auto* search = new QLineEdit(this);
    search->setPlaceholderText(tr("Find items by their wording"));
    search->setAccessibleName(tr("Find items this activity works towards"));
    auto* label = new QLabel(tr("&Works towards these items:"), this);
    label->setBuddy(search);
    auto* tree = new WrappingTreeView(this);
    tree->setModel(proxy);
    tree->setHeaderHidden(true);
    tree->setAccessibleName(tr("Items this activity works towards; tick each one"));
    tree->expandToDepth(1);
    connect(search, &QLineEdit::textChanged, this, [proxy, tree](const QString& text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            tree->expandAll();
    });
    layout->addWidget(label);
    layout->addWidget(search);
    layout->addWidget(tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanItemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanItemDialog::reject);
}

PlanItem PlanItemDialog::planItem() const
{
    PlanItem p = m_start;
    p.activity = m_activity->text().trimmed();
    p.targetDate = m_target->date();
    p.status = PlanItem::Status(m_status->currentData().toInt());
    p.linkedItems = m_items->checked();
    return p;
}

void PlanItemDialog::accept()
{
    const PlanItem p = planItem();
    PortfolioChanges* changes = m_session->changes();
    const bool ok = p.id == 0 ? changes->addPlanItem(p) != 0 : changes->updatePlanItem(p);
    if (!ok) {
        MessageBox::critical(this, windowTitle(), changes->errorString());
        return;
    }
    QDialog::accept();
}

} // namespace waymark::gui
