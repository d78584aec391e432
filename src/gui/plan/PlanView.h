#pragma once

#include <QWidget>

class QTableView;

namespace waymark::gui {

class PlanListModel;
class PortfolioSession;

// The learning plan. An activity can be planned from a learning offer of the pathway: those
// the readiness report suggests come first.
class PlanView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    void addActivity();
    void addFromOffers();
    // Opens the plan dialog filled in from one learning offer.
    bool addFromOffer(const QString& pathwayId, const QString& offerId);
    void editActivity();
    void markDone();
    void removeActivity();

    PlanListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    PortfolioSession* m_session;
    QTableView* m_view = nullptr;
    PlanListModel* m_model = nullptr;
};

} // namespace waymark::gui
