#include "GuiTestSupport.h"

#include "main/Appearance.h"
#include "progress/ProgressView.h"
#include "evidence/EvidenceEditor.h"
#include "evidence/EvidenceView.h"
#include "progress/TimelineModel.h"

#include <QChart>
#include <QDir>
#include <QLineEdit>
#include <QLineSeries>
#include <QTableView>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiProgress : public GuiTest
{
protected:
    void SetUp() override
    {
        GuiTest::SetUp();
        setUpBuckinghamshireWorker();
        for (const auto& [item, month] : { std::pair{ "r7-key-1", 1 }, std::pair{ "r7-key-2", 3 }, std::pair{ "r6-key-1", 2 } }) {
            Mapping m;
            m.item = bucks(QLatin1String(item));
            ASSERT_NE(store().addEvidence(makeEvidence(QStringLiteral("Evidence for %1").arg(QLatin1String(item)), QDate(2026, month, 5)), { m }), 0);
            Judgement j;
            j.item = m.item;
            j.verdict = Verdict::Reached;
            j.byName = QStringLiteral("Dana Okafor");
            j.date = QDate(2026, month, 20);
            ASSERT_NE(session()->recordJudgement(j), 0) << session()->errorString().toStdString();
        }
        window()->resize(1280, 820);
        window()->show();
        window()->showScreen(MainWindow::Screen::Progress);
        QApplication::processEvents();
    }
};

TEST_F(GuiProgress, TheChartDrawsItemsReachedPerStepMonthByMonthAndTheTimelineOpensWhatItLists)
{
    ProgressView* view = window()->progress();
    const QList<QAbstractSeries*> series = view->chart()->series();
    ASSERT_EQ(series.size(), 2); // R6 and R7
    auto* r7 = qobject_cast<QLineSeries*>(series[1]);
    ASSERT_TRUE(r7);
    EXPECT_TRUE(r7->name().startsWith(QStringLiteral("Advanced Practitioner Range 7 (of ")));
    // January to May month ends, then today (1 June): R7 has one item from January, two from March.
    QList<int> reached;
    for (const QPointF& p : r7->points())
        reached << int(p.y());
    EXPECT_EQ(reached, QList<int>({ 1, 1, 2, 2, 2, 2 }));
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(r7->points().first().x())).date(), QDate(2026, 1, 31));

    // Six events; the newest first. Enter on evidence opens it.
    TimelineModel* timeline = view->timelineModel();
    ASSERT_EQ(timeline->rowCount(), 6);
    EXPECT_EQ(timeline->entries().first().date, QDate(2026, 3, 20));
    const int evidenceRow = 1;
    ASSERT_EQ(timeline->entries()[evidenceRow].kind, TimelineEntry::Kind::Evidence);
    emit view->timelineView()->activated(timeline->index(evidenceRow, 0));
    EXPECT_EQ(window()->currentScreen(), MainWindow::Screen::Evidence);
    EXPECT_EQ(window()->evidence()->editor()->titleEdit()->text(), QStringLiteral("Evidence for r7-key-2"));

    // A new sign-off today shows when the screen is next looked at.
    Judgement j;
    j.item = bucks(QStringLiteral("r7-key-3"));
    j.verdict = Verdict::Reached;
    j.byName = QStringLiteral("Dana Okafor");
    j.date = today();
    j.confirmedWithoutEvidence = true;
    ASSERT_NE(session()->recordJudgement(j), 0);
    window()->showScreen(MainWindow::Screen::Progress);
    QApplication::processEvents();
    auto* again = qobject_cast<QLineSeries*>(view->chart()->series()[1]);
    ASSERT_TRUE(again);
    EXPECT_EQ(int(again->points().last().y()), 3);
}

TEST_F(GuiProgress, TheChartFollowsTheAppearance)
{
    ProgressView* view = window()->progress();
    Appearance::choose(Appearance::Scheme::Dark);
    QApplication::processEvents();
    EXPECT_EQ(view->chart()->theme(), QChart::ChartThemeDark);
    EXPECT_LT(view->chart()->backgroundBrush().color().lightness(), 80);
    const QString folder = qEnvironmentVariable("WAYMARK_SCREENSHOTS");
    if (!folder.isEmpty())
        window()->grab().save(QDir(folder).filePath(QStringLiteral("progress-dark.png")));
    Appearance::choose(Appearance::Scheme::Light);
    QApplication::processEvents();
    EXPECT_EQ(view->chart()->theme(), QChart::ChartThemeLight);
    if (!folder.isEmpty())
        window()->grab().save(QDir(folder).filePath(QStringLiteral("progress-light.png")));
    Appearance::choose(Appearance::Scheme::System);
}

} // namespace
