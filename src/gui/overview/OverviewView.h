#pragma once

#include "waymark/NextSteps.h"
#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace waymark::gui {

class NextStepsPanel;
class PortfolioSession;
class ProgressModel;
class RegulatorStatus;
class ReadinessModel;
class TargetChoiceModel;

// Where the worker stands: current and target step, the readiness verdict and why, progress
// per step or group, and "what if" for any other step or role profile.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    // Chooses what readiness is judged for; an empty target means the worker's own.
    bool setWhatIf(const QString& pathwayId, const QString& targetId);

    QLabel* verdictLabel() const { return m_verdict; }
    QComboBox* whatIfBox() const { return m_whatIf; }
    QTreeView* readinessView() const { return m_tree; }
    ReadinessModel* readinessModel() const { return m_readiness; }
    ProgressModel* progressModel() const { return m_progress; }
    RegulatorStatus* regulatorStatus() const { return m_regulator; }
    NextStepsPanel* nextStepsPanel() const { return m_nextSteps; }

signals:
    void itemActivated(const waymark::ItemRef& item);
    void learningOfferChosen(const QString& pathwayId, const QString& offerId);
    void nextStepChosen(const waymark::NextStep& step);

private:
    void activate(const QModelIndex& index);
    void updateButtons();

    PortfolioSession* m_session;
    QLabel* m_heading = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_verdictIcon = nullptr;
    QLabel* m_verdict = nullptr;
    RegulatorStatus* m_regulator = nullptr;
    NextStepsPanel* m_nextSteps = nullptr;
    QComboBox* m_whatIf = nullptr;
    TargetChoiceModel* m_targets = nullptr;
    QTreeView* m_tree = nullptr;
    ReadinessModel* m_readiness = nullptr;
    QTableView* m_table = nullptr;
    ProgressModel* m_progress = nullptr;
    QLabel* m_progressTitle = nullptr;
    QPushButton* m_showItem = nullptr;
    QPushButton* m_addToPlan = nullptr;
};

} // namespace waymark::gui
