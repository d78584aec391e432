#include "OverviewView.h"

#include "common/StatusAccent.h"
#include "common/TableSetup.h"
#include "common/WrappingTreeView.h"
#include "cpd/RegulatorStatus.h"
#include "main/PortfolioSession.h"
#include "overview/NextStepsPanel.h"
#include "overview/ProgressBarDelegate.h"
#include "overview/ProgressModel.h"
#include "overview/ReadinessModel.h"
#include "overview/TargetChoiceModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

OverviewView::OverviewView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("overviewHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_heading);
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("overviewPosition"));
    m_position->setWordWrap(true);
    m_position->setTextFormat(Qt::PlainText);
    m_position->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_position);

    auto* whatIfRow = new QHBoxLayout;
    auto* whatIfLabel = new QLabel(tr("&Readiness for:"), this);
    m_whatIf = new QComboBox(this);
    m_whatIf->setObjectName(QStringLiteral("whatIfBox"));
    m_whatIf->setAccessibleName(tr("What if: judge readiness for"));
    m_whatIf->setToolTip(tr("What if: see how ready you are for any step or role profile of any pathway"));
    m_targets = new TargetChoiceModel(session->library(), this);
    m_whatIf->setModel(m_targets);
    m_whatIf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    whatIfLabel->setBuddy(m_whatIf);
    whatIfRow->addWidget(whatIfLabel);
    whatIfRow->addWidget(m_whatIf);
    whatIfRow->addStretch(1);
    layout->addLayout(whatIfRow);

    auto* verdictRow = new QHBoxLayout;
    m_verdictIcon = new QLabel(this);
    const int iconSide = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_verdictIcon->setFixedSize(iconSide, iconSide);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont bold = m_verdict->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_verdict->setFont(bold);
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    layout->addLayout(verdictRow);
    m_regulator = new RegulatorStatus(this);
    layout->addWidget(m_regulator);
    m_nextSteps = new NextStepsPanel(this);
    layout->addWidget(m_nextSteps);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* treeTitle = new QLabel(tr("&Why: each requirement and where you stand"), left);
    m_tree = new WrappingTreeView(left);
    m_tree->setObjectName(QStringLiteral("readinessTree"));
    m_tree->setAccessibleName(tr("Readiness explanation"));
    treeTitle->setBuddy(m_tree);
    m_readiness = new ReadinessModel(this);
    m_tree->setModel(m_readiness);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ReadinessModel::RequirementColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ReadinessModel::StatusColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ReadinessModel::DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    leftLayout->addWidget(treeTitle);
    leftLayout->addWidget(m_tree, 1);
    auto* buttons = new QHBoxLayout;
    m_showItem = new QPushButton(tr("Show in &matrix"), left);
    m_showItem->setToolTip(tr("Open the selected missing item in the competency matrix"));
    m_addToPlan = new QPushButton(tr("Add to learning &plan…"), left);
    m_addToPlan->setToolTip(tr("Plan the selected learning offer"));
    buttons->addWidget(m_showItem);
    buttons->addWidget(m_addToPlan);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_progressTitle = new QLabel(tr("Pro&gress"), right);
    m_table = new QTableView(right);
    m_table->setObjectName(QStringLiteral("progressTable"));
    m_table->setAccessibleName(tr("Progress per step or group"));
    m_progressTitle->setBuddy(m_table);
    m_progress = new ProgressModel(this);
    m_table->setModel(m_progress);
    m_table->setItemDelegate(new ProgressBarDelegate(ProgressModel::FractionRole, m_table));
    TableSetup::apply(m_table, ProgressModel::NameColumn);
    m_table->setAlternatingRowColors(false);
    const int barColumn = fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14;
    for (int column : { int(ProgressModel::EvidenceColumn), int(ProgressModel::SignedOffColumn) }) {
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Fixed);
        m_table->horizontalHeader()->resizeSection(column, barColumn);
    }
    // A handful of rows: the table is as tall as they are and the explanation takes the rest.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    rightLayout->addWidget(m_progressTitle);
    rightLayout->addWidget(m_table);
    layout->addWidget(left, 1);
    layout->addWidget(right);

    setTabOrder(m_whatIf, m_tree);
    setTabOrder(m_tree, m_showItem);
    setTabOrder(m_showItem, m_addToPlan);
    setTabOrder(m_addToPlan, m_table);

    connect(m_whatIf, &QComboBox::currentIndexChanged, this, &OverviewView::refresh);
    connect(m_tree, &QTreeView::activated, this, &OverviewView::activate);
    connect(m_nextSteps, &NextStepsPanel::stepChosen, this, &OverviewView::nextStepChosen);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &OverviewView::updateButtons);
    connect(m_showItem, &QPushButton::clicked, this, [this] { activate(m_tree->currentIndex()); });
    connect(m_addToPlan, &QPushButton::clicked, this, [this] { activate(m_tree->currentIndex()); });
    connect(session, &PortfolioSession::portfolioOpened, this, &OverviewView::refresh);
    connect(session, &PortfolioSession::profileChanged, this, &OverviewView::refresh);
    connect(session, &PortfolioSession::evidenceChanged, this, &OverviewView::refresh);
    connect(session, &PortfolioSession::judgementsChanged, this, &OverviewView::refresh);
    // CPD changes nothing in readiness: only the regulator's status is judged again.
    connect(session, &PortfolioSession::cpdChanged, this, [this] {
        if (m_session->isOpen())
            m_regulator->setCheck(m_session->regulatorCheck());
    });
    refresh();
}

bool OverviewView::setWhatIf(const QString& pathwayId, const QString& targetId)
{
    int row = 0;
    if (!targetId.isEmpty()) {
        row = m_targets->rowOf(TargetChoiceModel::Kind::Step, pathwayId, targetId);
        if (row < 0)
            row = m_targets->rowOf(TargetChoiceModel::Kind::RoleProfile, pathwayId, targetId);
    }
    if (row < 0)
        return false;
    m_whatIf->setCurrentIndex(row);
    return true;
}

void OverviewView::refresh()
{
    if (!m_session->isOpen()) {
        m_heading->setText(tr("No portfolio is open"));
        m_position->setText(tr("Open or create one from the File menu."));
        m_verdict->clear();
        m_verdictIcon->clear();
        ReadinessReport none;
        none.error = tr("No portfolio is open.");
        m_readiness->setReport(none);
        m_progress->setProgress(nullptr, PortfolioFacts());
        m_regulator->setCheck(std::nullopt);
        m_nextSteps->setSteps({});
        return;
    }
    const Worker& w = m_session->worker();
    const Pathway* pathway = m_session->workerPathway();
    m_heading->setText(w.name.isEmpty() ? tr("Your portfolio") : w.name);

    const ReadinessReport own = m_session->targetReadiness();
    QStringList position;
    if (pathway) {
        position << pathway->title;
        if (const Step* current = pathway->step(w.currentStep))
            position << tr("Now: %1").arg(current->title);
        // The engine knows what the target is: a step, a role profile, or the next step.
        if (own.error.isEmpty() && !own.targetTitle.isEmpty())
            position << tr("Aiming for: %1").arg(own.targetTitle);
    } else {
        position << tr("No pathway chosen yet: choose one in your profile.");
    }
    m_position->setText(position.join(QStringLiteral("   ·   ")));
    // Next steps are towards the worker's own target, whatever "what if" shows.
    m_nextSteps->setSteps(nextSteps(own, m_session->facts(), m_session->library()));

    m_targets->setOwnTargetText(
        own.targetTitle.isEmpty() ? tr("Your target") : tr("Your target: %1").arg(own.targetTitle));

    const QModelIndex choice = m_targets->index(qMax(0, m_whatIf->currentIndex()));
    const auto kind = TargetChoiceModel::Kind(choice.data(TargetChoiceModel::KindRole).toInt());
    const QString choicePathway = choice.data(TargetChoiceModel::PathwayRole).toString();
    const QString choiceTarget = choice.data(TargetChoiceModel::TargetRole).toString();
    ReadinessReport report = own;
    const Pathway* shown = pathway;
    if (kind == TargetChoiceModel::Kind::Step || kind == TargetChoiceModel::Kind::RoleProfile) {
        report = m_session->engine().evaluateTargetOf(m_session->facts(), choicePathway, choiceTarget);
        shown = m_session->library().find(choicePathway);
    }

    m_verdict->setText(report.summary);
    const int side = m_verdictIcon->width();
    m_verdictIcon->setPixmap(StatusAccent::icon(report.verdict).pixmap(QSize(side, side), devicePixelRatioF()));
    m_verdictIcon->setAccessibleName(readinessVerdictTitle(report.verdict));
    m_readiness->setReport(report, m_session->today());
    m_tree->expandAll();
    m_progress->setProgress(shown, m_session->facts());
    m_progressTitle->setText(shown ? tr("Pro&gress on %1").arg(shown->title) : tr("Pro&gress"));
    m_regulator->setCheck(m_session->regulatorCheck());
    updateButtons();
}

void OverviewView::activate(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const QModelIndex first = index.siblingAtColumn(0);
    const QString item = first.data(ReadinessModel::ItemRefRole).toString();
    if (!item.isEmpty()) {
        emit itemActivated(ItemRef::fromString(item));
        return;
    }
    const QString offer = first.data(ReadinessModel::OfferRole).toString();
    if (!offer.isEmpty()) {
        const ItemRef ref = ItemRef::fromString(offer);
        emit learningOfferChosen(ref.pathwayId, ref.itemId);
    }
}

void OverviewView::updateButtons()
{
    const QModelIndex first = m_tree->currentIndex().siblingAtColumn(0);
    m_showItem->setEnabled(first.isValid() && !first.data(ReadinessModel::ItemRefRole).toString().isEmpty());
    m_addToPlan->setEnabled(first.isValid() && !first.data(ReadinessModel::OfferRole).toString().isEmpty());
}

} // namespace waymark::gui
