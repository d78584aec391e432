#pragma once

#include "waymark/Progress.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace waymark::gui {

class PortfolioSession;
class RefreshWhenShown;
class TimelineModel;

// Progress over time: a chart of items reached per step, month by month, as a panel would have
// judged on each day, and the timeline of evidence and judgements. The core computes both;
// this screen only draws them.
class ProgressView : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_chartView; }
    TimelineModel* timelineModel() const { return m_timeline; }
    QTableView* timelineView() const { return m_timelineView; }
    const ProgressOverTime& progress() const { return m_progress; }

signals:
    void evidenceActivated(qint64 evidenceId);
    void itemActivated(const waymark::ItemRef& item);

protected:
    void changeEvent(QEvent* event) override;

private:
    void draw();

    PortfolioSession* m_session;
    QLabel* m_summary = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    TimelineModel* m_timeline = nullptr;
    QTableView* m_timelineView = nullptr;
    RefreshWhenShown* m_refresh = nullptr;
    ProgressOverTime m_progress;
};

} // namespace waymark::gui
