#include "PlanView.h"

#include "common/DialogFocus.h"
#include "common/MessageBox.h"
#include "common/EmptyState.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"
#include "plan/LearningOfferDialog.h"
#include "plan/PlanItemDialog.h"
#include "plan/PlanListModel.h"
#include "undo/PortfolioChanges.h"

#include "waymark/PathwayLibrary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace waymark::gui {

PlanView::PlanView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Your &learning plan"), this);
    m_model = new PlanListModel(session->library(), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("planTable"));
    m_view->setAccessibleName(tr("Learning plan"));
    m_view->setModel(m_model);
    TableSetup::apply(m_view, PlanListModel::ActivityColumn);
    title->setBuddy(m_view);
    layout->addWidget(title);
    auto* empty = new EmptyState(m_view, tr("No learning planned yet"),
        tr("Plan the learning that closes your gaps: a course, shadowing, a project. The learning offers "
           "of your pathway are a good place to start."),
        tr("Add from a learning offer…"), this);
    layout->addWidget(empty, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add activity…"), this);
    auto* fromOffer = new QPushButton(tr("Add from a learning &offer…"), this);
    fromOffer->setObjectName(QStringLiteral("addFromOfferButton"));
    auto* edit = new QPushButton(tr("Ed&it…"), this);
    auto* done = new QPushButton(tr("&Mark done"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    for (QPushButton* b : { add, fromOffer, edit, done, remove })
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PlanView::addActivity);
    connect(fromOffer, &QPushButton::clicked, this, &PlanView::addFromOffers);
    connect(empty->button(), &QPushButton::clicked, this, &PlanView::addFromOffers);
    connect(edit, &QPushButton::clicked, this, &PlanView::editActivity);
    connect(m_view, &QTableView::activated, this, &PlanView::editActivity);
    connect(done, &QPushButton::clicked, this, &PlanView::markDone);
    connect(remove, &QPushButton::clicked, this, &PlanView::removeActivity);
    connect(session, &PortfolioSession::portfolioOpened, this, &PlanView::refresh);
    connect(session, &PortfolioSession::planChanged, this, &PlanView::refresh);
    refresh();
}

void PlanView::refresh()
{
    setEnabled(m_session->isOpen());
    m_model->setItems(m_session->isOpen() ? m_session->store().planItems() : QList<PlanItem>());
}

void PlanView::addActivity()
{
    PlanItemDialog dialog(m_session, PlanItem(), this);
    execKeepingFocus(dialog, m_view);
}

void PlanView::addFromOffers()
{
    LearningOfferDialog chooser(m_session->library(), m_session->targetReadiness().suggestions, this);
    if (execKeepingFocus(chooser, m_view) != QDialog::Accepted || chooser.chosenOffer().isEmpty())
        return;
    const ItemRef offer = ItemRef::fromString(chooser.chosenOffer());
    addFromOffer(offer.pathwayId, offer.itemId);
}

bool PlanView::addFromOffer(const QString& pathwayId, const QString& offerId)
{
    const Pathway* p = m_session->library().find(pathwayId);
    const LearningOffer* offer = nullptr;
    if (p)
        for (const Step& s : p->steps)
            for (const LearningOffer& o : s.learningOffers)
                if (o.id == offerId)
                    offer = &o;
    if (!offer)
        return false;
    PlanItem item;
    item.activity = offer->title;
    item.learningOffer = pathwayId + QLatin1Char(':') + offerId;
    // The items the readiness report still misses are what the offer is there to close.
    const ReadinessReport report = m_session->targetReadiness();
    std::function<void(const ReadinessNode&)> walk = [&](const ReadinessNode& n) {
        for (const LearningSuggestion& s : n.suggestions)
            if (s.pathwayId == pathwayId && s.offerId == offerId)
                for (const ItemRef& r : n.missingItems)
                    if (!item.linkedItems.contains(r))
                        item.linkedItems << r;
        for (const ReadinessNode& c : n.children)
            walk(c);
    };
    walk(report.root);
    PlanItemDialog dialog(m_session, item, this);
    return execKeepingFocus(dialog, m_view) == QDialog::Accepted;
}

void PlanView::editActivity()
{
    const PlanItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return;
    PlanItemDialog dialog(m_session, *item, this);
    execKeepingFocus(dialog, m_view);
}

void PlanView::markDone()
{
    const PlanItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return;
    PlanItem done = *item;
    done.status = PlanItem::Status::Done;
    if (!m_session->changes()->updatePlanItem(done))
        MessageBox::critical(this, tr("Learning plan"), m_session->changes()->errorString());
}

void PlanView::removeActivity()
{
    const PlanItem* item = m_model->itemAt(m_view->currentIndex().row());
    if (!item)
        return;
    // No question first: the status bar offers Undo.
    if (!m_session->changes()->removePlanItem(*item))
        MessageBox::critical(this, tr("Learning plan"), m_session->changes()->errorString());
}

} // namespace waymark::gui
