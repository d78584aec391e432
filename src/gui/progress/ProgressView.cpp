#include "ProgressView.h"

#include "common/RefreshWhenShown.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"
#include "progress/TimelineModel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::gui {

ProgressView::ProgressView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setObjectName(QStringLiteral("progressChart"));
    m_chartView->setAccessibleName(tr("Items reached per step, month by month"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(fontMetrics().height() * 18);

    auto* timelineBox = new QWidget(splitter);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto* timelineTitle = new QLabel(tr("&Timeline: evidence and judgements, newest first"), timelineBox);
    m_timeline = new TimelineModel(this);
    m_timelineView = new QTableView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineTable"));
    m_timelineView->setAccessibleName(tr("Timeline of evidence and judgements"));
    m_timelineView->setModel(m_timeline);
    TableSetup::apply(m_timelineView, TimelineModel::EventColumn);
    m_timelineView->setToolTip(tr("Press Enter or double-click to open the evidence, or the item judged"));
    timelineTitle->setBuddy(m_timelineView);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timelineView, 1);
    splitter->addWidget(m_chartView);
    splitter->addWidget(timelineBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 3000, 2000 }); // in proportion: the chart first
    layout->addWidget(splitter, 1);

    connect(m_timelineView, &QTableView::activated, this, [this](const QModelIndex& index) {
        const TimelineEntry& e = m_timeline->entries().at(index.row());
        if (e.kind == TimelineEntry::Kind::Evidence)
            emit evidenceActivated(e.evidenceId);
        else
            emit itemActivated(e.item);
    });
    m_refresh = new RefreshWhenShown(this, [this] { refresh(); });
    for (auto signal : { &PortfolioSession::portfolioOpened, &PortfolioSession::profileChanged,
             &PortfolioSession::evidenceChanged, &PortfolioSession::judgementsChanged })
        connect(session, signal, m_refresh, &RefreshWhenShown::request);
    m_refresh->request();
}

void ProgressView::refresh()
{
    const Pathway* pathway = m_session->isOpen() ? m_session->workerPathway() : nullptr;
    m_timeline->setEntries(m_session->isOpen() ? portfolioTimeline(m_session->store(), m_session->library()) : QList<TimelineEntry>());
    m_progress = ProgressOverTime();
    if (pathway) {
        // From the month of the first dated record (the timeline's last entry).
        const QDate today = m_session->today();
        const QDate from = m_timeline->entries().isEmpty() ? today : std::min(today, m_timeline->entries().last().date);
        m_progress = progressOverTime(m_session->store(), *pathway, from, today);
    }
    if (!pathway)
        m_summary->setText(tr("Choose your pathway in your profile to see your progress along it."));
    else if (m_timeline->rowCount() == 0)
        m_summary->setText(tr("Nothing recorded yet: your progress on %1 shows here as you add evidence and your "
                              "supervisor signs items off.").arg(pathway->title));
    else
        m_summary->setText(tr("Items signed off as reached on each step of %1, at the end of each month (of every "
                              "few months over a long span), as a panel would have judged on that day.").arg(pathway->title));
    draw();
}

void ProgressView::draw()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    // The chart follows the application's palette (the appearance setting).
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
    m_chart->legend()->setLabelColor(palette().color(QPalette::Text));
    if (m_progress.dates.isEmpty())
        return;

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTitleText(tr("Month"));
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%.0f")); // the axis passes doubles: %d would print garbage
    y->setTitleText(tr("Items reached"));
    int most = 1;
    for (const ScopeProgress& s : m_progress.scopes)
        most = std::max(most, s.items);
    y->setRange(0, most);
    y->applyNiceNumbers(); // whole, round steps: 0, 2, 4 ... rather than 1.6, 3.2 ...
    const QDateTime first = m_progress.dates.first().startOfDay();
    const QDateTime last = m_progress.dates.last().startOfDay();
    x->setRange(first, first == last ? last.addDays(1) : last);
    x->setTickCount(std::clamp(int(m_progress.dates.size()), 2, 8));
    for (QAbstractAxis* axis : { static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y) }) {
        axis->setLabelsColor(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
    }
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (qsizetype s = 0; s < m_progress.scopes.size(); ++s) {
        auto* series = new QLineSeries;
        series->setName(tr("%1 (of %2)").arg(m_progress.scopes[s].title).arg(m_progress.scopes[s].items));
        series->setPointsVisible(true);
        for (qsizetype d = 0; d < m_progress.dates.size(); ++d)
            series->append(double(m_progress.dates[d].startOfDay().toMSecsSinceEpoch()), m_progress.reached[d][s]);
        m_chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void ProgressView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        draw();
}

} // namespace waymark::gui
