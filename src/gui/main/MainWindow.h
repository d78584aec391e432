#pragma once

#include "waymark/NextSteps.h"
#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"

#include <QMainWindow>

class QAction;
class QMenu;
class QTabWidget;

namespace waymark::gui {

class CaseloadView;
class CasesView;
class ConnectDialog;
class CpdView;
class EvidenceView;
class MatrixView;
class OverviewView;
class PlanView;
class ProgressView;
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
    // Caseload is there only when signed in to a team server with portfolios assigned.
    enum class Screen { Overview, Matrix, Evidence, Supervision, Profile, Plan, Cpd, Cases, Progress, Caseload };

    explicit MainWindow(const PathwayLibrary& library, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The portfolio given on the command line, else the last one opened, else the default
    // one (created on first start). Reports a failure in a message box.
    bool openAtStart(const QString& requested = QString());
    // The first-run questions, when the open portfolio has no worker name yet.
    bool offerFirstRun();
    bool openPortfolio(const QString& path, PortfolioStore::OpenMode mode = PortfolioStore::OpenMode::OpenExisting);
    // Opens without first saving what the screens hold (openPortfolio does that first).
    bool openNow(const QString& path, PortfolioStore::OpenMode mode);
    // The open file was moved or replaced: offers to open what is at its path now, or to find it.
    void offerReopen(const QString& message);
    // The search index was found damaged: asks before making it again from the records.
    void offerIndexRebuild();
    // Signs in to a team server (a libpq URI): the person's own portfolio opens, and their
    // caseload when portfolios are assigned to them. Reports a failure in a message box.
    bool connectToServer(const QString& uri);
    void connectToServerDialog();
    // Signs in with what the dialog holds, and keeps or forgets the password as it says.
    bool connectFrom(const ConnectDialog& dialog);
    // On a team server: works on an assigned person's portfolio (or, empty, one's own).
    bool switchPortfolio(const QString& worker);
    CaseloadView* caseload() const { return m_caseload; }

    void showScreen(Screen screen);
    Screen currentScreen() const;

    PortfolioSession* session() const { return m_session; }
    OverviewView* overview() const { return m_overview; }
    // The other screens; asking for one builds them all if they were not yet built.
    MatrixView* matrix() { return buildScreens(), m_matrix; }
    EvidenceView* evidence() { return buildScreens(), m_evidence; }
    SupervisionView* supervision() { return buildScreens(), m_supervision; }
    ProfileView* profile() { return buildScreens(), m_profile; }
    PlanView* plan() { return buildScreens(), m_plan; }
    CpdView* cpd() { return buildScreens(), m_cpd; }
    CasesView* cases() { return buildScreens(), m_cases; }
    ProgressView* progress() { return buildScreens(), m_progress; }
    StatusNotice* notice() const { return m_notice; }
    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    QMenu* editMenu() const { return m_editMenu; }
    QAction* exportForPanelAction() const { return m_exportPanel; }
    QMenu* appearanceMenu() const { return m_appearanceMenu; }

    void newPortfolio();
    void openPortfolioDialog();
    void importArchive();
    void exportArchive();
    void exportForPanel();
    // Does what a "next step" of the overview proposes: opens the dialog or screen for it.
    void takeNextStep(const waymark::NextStep& step);

signals:
    // The window has painted itself on screen for the first time.
    void firstPainted();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    // Builds every screen but the overview, and puts their actions in the menus. The window
    // first paints itself with the overview alone, and builds the rest in the next turn of
    // the event loop.
    void buildScreens();
    // Saves the evidence being edited; false when that failed and the worker kept editing.
    bool commitEvidence();
    // Edit > Undo and Redo, after the evidence being typed is saved, so that they take back
    // the typing too and the editor never holds text older than the record.
    void undoOrRedo(bool undo);
    void updateUndoActions();
    void fillRecentMenu();
    void updateTitle();
    void showPathwayProblems();
    void signOff(const QList<ItemRef>& items);
    bool leaveCurrentPortfolio();
    // Shows the caseload tab while signed in with portfolios assigned; removes it otherwise.
    void updateCaseloadTab();

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
    CasesView* m_cases = nullptr;
    CaseloadView* m_caseload = nullptr;
    ProgressView* m_progress = nullptr;
    StatusNotice* m_notice = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_evidenceMenu = nullptr;
    QMenu* m_supervisionMenu = nullptr;
    QMenu* m_appearanceMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_exportPanel = nullptr;
    int m_lastTab = 0;
    bool m_switching = false;
    bool m_painted = false;
};

} // namespace waymark::gui
