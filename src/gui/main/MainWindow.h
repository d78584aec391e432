#pragma once

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace waymark::gui {

class CpdView;
class EvidenceView;
class MatrixView;
class OverviewView;
class PlanView;
class PortfolioSession;
class ProfileView;
class StatusNotice;
class SupervisionView;

// The window: menus, the screens as tabs, the status bar. Each screen does its own work;
// this class opens portfolios and connects screens to each other.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Screen { Overview, Matrix, Evidence, Supervision, Profile, Plan, Cpd };

    explicit MainWindow(const PathwayLibrary& library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The portfolio given on the command line, else the last one opened, else the default
    // one (created on first start). Reports a failure in a message box.
    bool openAtStart(const QString& requested = QString());
    // The first-run questions, when the open portfolio has no worker name yet.
    bool offerFirstRun();
    bool openPortfolio(const QString& path, PortfolioStore::OpenMode mode = PortfolioStore::OpenMode::OpenExisting);

    void showScreen(Screen screen);
    Screen currentScreen() const;

    PortfolioSession* session() const { return m_session; }
    OverviewView* overview() const { return m_overview; }
    MatrixView* matrix() const { return m_matrix; }
    EvidenceView* evidence() const { return m_evidence; }
    SupervisionView* supervision() const { return m_supervision; }
    ProfileView* profile() const { return m_profile; }
    PlanView* plan() const { return m_plan; }
    CpdView* cpd() const { return m_cpd; }
    StatusNotice* notice() const { return m_notice; }
    QAction* undoAction() const { return m_undo; }
    QAction* exportForPanelAction() const { return m_exportPanel; }

    void newPortfolio();
    void openPortfolioDialog();
    void importArchive();
    void exportArchive();
    void exportForPanel();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void fillRecentMenu();
    void updateTitle();
    void showPathwayProblems();
    void signOff(const QList<ItemRef>& items);
    bool leaveCurrentPortfolio();

    const PathwayLibrary& m_library;
    PortfolioSession* m_session = nullptr;
    QTabWidget* m_tabs = nullptr;
    OverviewView* m_overview = nullptr;
    MatrixView* m_matrix = nullptr;
    EvidenceView* m_evidence = nullptr;
    SupervisionView* m_supervision = nullptr;
    ProfileView* m_profile = nullptr;
    PlanView* m_plan = nullptr;
    CpdView* m_cpd = nullptr;
    StatusNotice* m_notice = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_exportPanel = nullptr;
    int m_lastTab = 0;
    bool m_switching = false;
};

} // namespace waymark::gui
