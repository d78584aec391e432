#include "MainWindow.h"

#include "common/DialogFocus.h"
#include "common/FileDialog.h"
#include "common/OptionalDateEdit.h"
#include "common/PathwayChooser.h"
#include "common/MessageBox.h"
#include "cases/CasesView.h"
#include "cpd/CpdView.h"
#include "evidence/EvidenceView.h"
#include "evidence/PurgeDialog.h"
#include "main/Appearance.h"
#include "main/FirstRunDialog.h"
#include "main/PortfolioSession.h"
#include "main/RecentPortfolios.h"
#include "main/StatusNotice.h"
#include "matrix/MatrixView.h"
#include "overview/OverviewView.h"
#include "panel/PanelExportDialog.h"
#include "plan/PlanView.h"
#include "profile/ProfileView.h"
#include "progress/ProgressView.h"
#include "supervision/ReconfirmDialog.h"
#include "supervision/SupervisionView.h"
#include "team/CaseloadView.h"
#include "team/ConnectDialog.h"
#include "undo/PortfolioChanges.h"

#include "waymark/PathwayProblem.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {
const QString portfolioFilter = QStringLiteral("Waymark portfolios (*.waymark);;All files (*)");
const QString archiveFilter = QStringLiteral("Waymark archives (*.waymark-archive);;All files (*)");
} // namespace

MainWindow::MainWindow(const PathwayLibrary& library, QWidget* parent)
    : QMainWindow(parent)
    , m_library(library)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = new PortfolioSession(library, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("screens"));
    m_tabs->setDocumentMode(true);
    m_overview = new OverviewView(m_session, m_tabs);
    m_tabs->addTab(m_overview, tr("Overview"));
    // The other screens are built after the window first shows, or as soon as one is asked for.
    const QStringList later = { tr("Matrix"), tr("Evidence"), tr("Supervision"), tr("Profile"), tr("Learning plan"), tr("CPD"), tr("Cases"), tr("Progress") };
    for (const QString& title : later) {
        auto* page = new QWidget(m_tabs);
        auto* layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        m_tabs->addTab(page, title);
    }
    setCentralWidget(m_tabs);
    m_tabs->installEventFilter(this);
    m_notice = new StatusNotice(this);
    statusBar()->addWidget(m_notice, 1);
    createMenus();

    // Unsaved evidence is saved before another screen shows; when that fails, the evidence stays.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_switching)
            return;
        buildScreens();
        if (m_lastTab == int(Screen::Evidence) && index != m_lastTab && !m_evidence->commitPending()) {
            m_switching = true;
            m_tabs->setCurrentIndex(m_lastTab);
            m_switching = false;
            return;
        }
        m_lastTab = index;
        m_matrix->setActive(index == int(Screen::Matrix));
    });
    connect(m_overview, &OverviewView::itemActivated, this, [this](const ItemRef& item) {
        if (matrix()->showItem(item))
            showScreen(Screen::Matrix);
    });
    connect(
        m_overview, &OverviewView::learningOfferChosen, this, [this](const QString& pathwayId, const QString& offerId) {
            showScreen(Screen::Plan);
            plan()->addFromOffer(pathwayId, offerId);
        });
    connect(m_overview, &OverviewView::nextStepChosen, this, &MainWindow::takeNextStep);
    connect(m_notice, &StatusNotice::undoRequested, this, [this] { undoOrRedo(true); });
    connect(m_session->changes(), &PortfolioChanges::removed, this,
        [this](const QString& notice) { m_notice->showNotice(notice, true); });
    connect(m_session, &PortfolioSession::changeFailed, this,
        [this](const QString& message) { MessageBox::critical(this, tr("Waymark"), message); });
    connect(m_session, &PortfolioSession::portfolioOpened, this, &MainWindow::updateTitle);
    connect(m_session, &PortfolioSession::portfolioDamaged, this,
        [this](const QString& message) { MessageBox::warning(this, tr("Damaged portfolio"), message); });
    // After the screen that tried to save has said that nothing was saved.
    connect(m_session, &PortfolioSession::portfolioMoved, this, &MainWindow::offerReopen, Qt::QueuedConnection);
    connect(m_session, &PortfolioSession::searchIndexDamaged, this, &MainWindow::offerIndexRebuild);

    resize(1280, 820);
    updateTitle();
    if (!library.problems().isEmpty())
        showPathwayProblems();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New portfolio…"), this, &MainWindow::newPortfolio);
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open portfolio…"), this, &MainWindow::openPortfolioDialog);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction* connectAction = file->addAction(tr("Connect to &team server…"), this, &MainWindow::connectToServerDialog);
    connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    file->addSeparator();
    file->addAction(tr("&Import archive…"), this, &MainWindow::importArchive);
    file->addAction(tr("E&xport archive…"), this, &MainWindow::exportArchive);
    m_exportPanel = file->addAction(tr("Export for &panel…"), this, &MainWindow::exportForPanel);
    m_exportPanel->setObjectName(QStringLiteral("exportForPanelAction"));
    m_exportPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_exportPanel->setToolTip(tr("Write the portfolio as a PDF for the progression panel"));
    file->setToolTipsVisible(true);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(QString(), this, [this] { undoOrRedo(true); });
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_redo = edit->addAction(QString(), this, [this] { undoOrRedo(false); });
    m_redo->setShortcut(QKeySequence::Redo);
    QUndoStack* stack = m_session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoActions);
    connect(stack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoActions);
    updateUndoActions();
    edit->addSeparator();
    m_editMenu = edit;
    m_evidenceMenu = menuBar()->addMenu(tr("Evi&dence"));
    m_supervisionMenu = menuBar()->addMenu(tr("&Supervision"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = { tr("&Overview"), tr("&Matrix"), tr("&Evidence"), tr("&Supervision"), tr("&Profile"),
        tr("&Learning plan"), tr("&CPD"), tr("C&ases"), tr("Pro&gress") };
    for (int i = 0; i < names.size(); ++i) {
        QAction* a = view->addAction(names[i], this, [this, i] { showScreen(Screen(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_tabs->setTabToolTip(i, a->shortcut().toString(QKeySequence::NativeText));
    }
    view->addSeparator();
    QMenu* appearance = view->addMenu(tr("&Appearance"));
    auto* schemes = new QActionGroup(appearance);
    for (Appearance::Scheme scheme : { Appearance::Scheme::System, Appearance::Scheme::Light, Appearance::Scheme::Dark }) {
        QAction* a = appearance->addAction(QLatin1Char('&') + Appearance::title(scheme), this, [scheme] { Appearance::choose(scheme); });
        a->setCheckable(true);
        a->setChecked(scheme == Appearance::current());
        a->setData(int(scheme));
        schemes->addAction(a);
    }
    m_appearanceMenu = appearance;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Waymark"), this, [this] {
        MessageBox::information(this, tr("About Waymark"),
            tr("Waymark %1\n\nThe portfolio that moves you along your career pathway.\n\n"
               "Pathways loaded: %2\nUser pathway folder: %3")
                .arg(QApplication::applicationVersion())
                .arg(m_library.pathways().size())
                .arg(QDir::toNativeSeparators(PathwayLibrary::userFolder())));
    });
}

void MainWindow::buildScreens()
{
    if (m_matrix)
        return;
    // Built inside their pages, so that a screen behind another tab knows it is hidden.
    auto page = [this](Screen screen) { return m_tabs->widget(int(screen)); };
    auto place = [&page](Screen screen, QWidget* view) { page(screen)->layout()->addWidget(view); };
    place(Screen::Matrix, m_matrix = new MatrixView(m_session, page(Screen::Matrix)));
    place(Screen::Evidence, m_evidence = new EvidenceView(m_session, page(Screen::Evidence)));
    place(Screen::Supervision, m_supervision = new SupervisionView(m_session, page(Screen::Supervision)));
    place(Screen::Profile, m_profile = new ProfileView(m_session, page(Screen::Profile)));
    place(Screen::Plan, m_plan = new PlanView(m_session, page(Screen::Plan)));
    place(Screen::Cpd, m_cpd = new CpdView(m_session, page(Screen::Cpd)));
    place(Screen::Cases, m_cases = new CasesView(m_session, page(Screen::Cases)));
    place(Screen::Progress, m_progress = new ProgressView(m_session, page(Screen::Progress)));
    m_matrix->setActive(m_tabs->currentIndex() == int(Screen::Matrix));

    connect(m_matrix, &MatrixView::evidenceActivated, this, [this](qint64 id) {
        showScreen(Screen::Evidence);
        m_evidence->showEvidence(id);
    });
    connect(m_matrix, &MatrixView::addEvidenceRequested, this, [this](const QList<ItemRef>& items) {
        showScreen(Screen::Evidence);
        m_evidence->newEvidence(items);
    });
    connect(m_matrix, &MatrixView::signOffRequested, this, &MainWindow::signOff);
    connect(m_progress, &ProgressView::evidenceActivated, this, [this](qint64 id) {
        showScreen(Screen::Evidence);
        m_evidence->showEvidence(id);
    });
    connect(m_progress, &ProgressView::itemActivated, this, [this](const ItemRef& item) {
        if (m_matrix->showItem(item))
            showScreen(Screen::Matrix);
    });
    connect(m_supervision, &SupervisionView::itemActivated, this, [this](const ItemRef& item) {
        if (m_matrix->showItem(item))
            showScreen(Screen::Matrix);
    });

    m_editMenu->addAction(m_evidence->findAction());
    connect(
        m_evidence->findAction(), &QAction::triggered, this, [this] { showScreen(Screen::Evidence); },
        Qt::DirectConnection);

    m_evidenceMenu->addAction(m_evidence->newAction());
    connect(m_evidence->newAction(), &QAction::triggered, this, [this] { showScreen(Screen::Evidence); });
    m_evidenceMenu->addAction(m_evidence->saveAction());
    m_evidenceMenu->addAction(m_evidence->deleteAction());
    m_evidenceMenu->addSeparator();
    m_evidenceMenu->addAction(tr("&Purge deleted evidence…"), this, [this] {
        if (!commitEvidence())
            return;
        PurgeDialog dialog(m_session, this);
        execKeepingFocus(dialog);
    });

    m_supervisionMenu->addAction(m_matrix->readyForReviewAction());
    m_supervisionMenu->addAction(m_supervision->signOffAction());
    m_supervisionMenu->addAction(m_matrix->commentAction());
    m_supervisionMenu->addSeparator();
    m_supervisionMenu->addAction(m_supervision->newSessionAction());
    // From the menu, a sign-off starts from what the matrix has selected, if it is showing.
    connect(m_supervision->signOffAction(), &QAction::triggered, this,
        [this] { signOff(currentScreen() == Screen::Matrix ? m_matrix->selectedItems() : QList<ItemRef>()); });
}

bool MainWindow::commitEvidence()
{
    return !m_evidence || m_evidence->commitPending();
}

void MainWindow::undoOrRedo(bool undo)
{
    if (!commitEvidence())
        return;
    if (undo)
        m_session->undoStack()->undo();
    else
        m_session->undoStack()->redo();
    // A failed redo deletes its command without the stack saying so.
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    const QUndoStack* stack = m_session->undoStack();
    m_undo->setEnabled(stack->canUndo());
    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setEnabled(stack->canRedo());
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentPortfolios::list();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)), this, [this, path] { openPortfolio(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent portfolios"))->setEnabled(false);
}

bool MainWindow::openAtStart(const QString& requested)
{
    if (!requested.isEmpty())
        return openPortfolio(requested, PortfolioStore::OpenMode::CreateIfMissing);
    const QString last = RecentPortfolios::last();
    if (!last.isEmpty() && openPortfolio(last, PortfolioStore::OpenMode::OpenExisting))
        return true;
    return openPortfolio(PortfolioStore::defaultPath(), PortfolioStore::OpenMode::CreateIfMissing);
}

bool MainWindow::openPortfolio(const QString& path, PortfolioStore::OpenMode mode)
{
    if (!leaveCurrentPortfolio())
        return false;
    return openNow(path, mode);
}

bool MainWindow::openNow(const QString& path, PortfolioStore::OpenMode mode)
{
    if (!m_session->open(path, mode)) {
        MessageBox::critical(this, tr("Cannot open the portfolio"), m_session->errorString());
        return false;
    }
    RecentPortfolios::add(m_session->path());
    PortfolioStore& store = m_session->store();
    if (store.readOnlyReason().code() != StoreError::Code::None)
        MessageBox::warning(this, tr("Open for reading only"),
            tr("%1 is open for reading only, because %2.\n\nYou can read it and export it (File > Export archive), "
               "but nothing can be saved to it. Make room, or move it somewhere it can be written, and open it again "
               "to save.").arg(QDir::toNativeSeparators(store.path()), store.readOnlyReason().message()));
    updateCaseloadTab();
    const QString backup = m_session->store().lastBackupPath();
    statusBar()->showMessage(backup.isEmpty()
            ? tr("Opened %1").arg(QDir::toNativeSeparators(m_session->path()))
            : tr("Opened %1; its format was updated and a backup kept at %2")
                  .arg(QDir::toNativeSeparators(m_session->path()), QDir::toNativeSeparators(backup)),
        8000);
    return true;
}

void MainWindow::connectToServerDialog()
{
    ConnectDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted && !connectFrom(dialog)) {
    }
}

bool MainWindow::connectFrom(const ConnectDialog& dialog)
{
    dialog.remember();
    if (!connectToServer(dialog.uri()))
        return false;
    // Signed in: the keyring is asked only now, so a wrong password is never kept.
    if (const QString why = dialog.keepPassword(); !why.isEmpty())
        statusBar()->showMessage(tr("Signed in, but the password could not be kept in the keyring: %1").arg(why), 15000);
    return true;
}

bool MainWindow::connectToServer(const QString& uri)
{
    if (!leaveCurrentPortfolio())
        return false;
    if (!m_session->openServer(uri)) {
        MessageBox::critical(this, tr("Cannot connect to the team server"), m_session->errorString());
        return false;
    }
    updateCaseloadTab();
    showScreen(m_caseload ? Screen::Caseload : Screen::Overview);
    statusBar()->showMessage(tr("Signed in to %1 as %2").arg(m_session->path(), m_session->store().signedInName()), 8000);
    return true;
}

bool MainWindow::switchPortfolio(const QString& worker)
{
    if (!leaveCurrentPortfolio())
        return false;
    if (!m_session->switchPortfolio(worker.isEmpty() ? m_session->store().signedInAs() : worker)) {
        MessageBox::critical(this, tr("Cannot open the portfolio"), m_session->errorString());
        return false;
    }
    showScreen(Screen::Overview);
    return true;
}

void MainWindow::updateCaseloadTab()
{
    const bool wanted = m_session->store().isOnServer() && !m_session->store().assignedPortfolios().isEmpty();
    if (wanted && !m_caseload) {
        m_caseload = new CaseloadView(m_session, m_tabs);
        m_tabs->insertTab(int(Screen::Caseload), m_caseload, tr("Assigned to me"));
        connect(m_caseload, &CaseloadView::openRequested, this, &MainWindow::switchPortfolio);
        connect(m_caseload, &CaseloadView::ownPortfolioRequested, this, [this] { switchPortfolio(QString()); });
        // Readiness changes with every sign-off: read again each time the tab shows.
        connect(m_tabs, &QTabWidget::currentChanged, m_caseload, [this](int index) {
            if (index == int(Screen::Caseload))
                m_caseload->refresh();
        });
    } else if (!wanted && m_caseload) {
        m_tabs->removeTab(int(Screen::Caseload));
        m_caseload->deleteLater();
        m_caseload = nullptr;
    }
    if (m_caseload)
        m_caseload->refresh();
}

bool MainWindow::leaveCurrentPortfolio()
{
    return !m_session->isOpen() || commitEvidence();
}

bool MainWindow::offerFirstRun()
{
    // A supervisor signed in to a team server starts from their caseload, not their own profile.
    if (!m_session->isOpen() || !m_session->worker().name.trimmed().isEmpty() || m_caseload)
        return false;
    FirstRunDialog dialog(m_library, m_session->worker(), this);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_session->changes()->saveWorker(dialog.worker())) {
            showScreen(Screen::Overview);
            return true;
        }
        MessageBox::critical(this, tr("Profile not saved"), m_session->changes()->errorString());
    }
    return false;
}

void MainWindow::offerIndexRebuild()
{
    PortfolioStore& store = m_session->store();
    if (MessageBox::question(this, tr("Search index damaged"),
            tr("The search index of %1 is damaged. Your records are whole, but searching may miss some, and "
               "nothing can be saved until the index is made again from them.\n\nRebuild the search index now? "
               "This cannot be undone, and changes no record.").arg(QDir::toNativeSeparators(store.path())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (store.rebuildSearchIndex())
        statusBar()->showMessage(tr("The search index was rebuilt."), 8000);
    else
        MessageBox::critical(this, tr("Search index damaged"), store.errorString());
}

void MainWindow::offerReopen(const QString& message)
{
    const QString path = m_session->path();
    if (MessageBox::question(this, tr("Portfolio moved or replaced"),
            tr("%1\n\nOpen the portfolio again now? Anything not saved since is not in it.").arg(message),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    // The file open now cannot be saved to: edits waiting in a form could only fail.
    if (QFileInfo::exists(path))
        openNow(path, PortfolioStore::OpenMode::OpenExisting);
    else if (const QString found = FileDialog::getOpenFileName(this, tr("Find the portfolio"),
                 QFileInfo(path).absolutePath(), portfolioFilter); !found.isEmpty())
        openNow(found, PortfolioStore::OpenMode::OpenExisting);
}

void MainWindow::newPortfolio()
{
    QString path = FileDialog::getSaveFileName(
        this, tr("New portfolio"), QFileInfo(PortfolioStore::defaultPath()).absolutePath(), portfolioFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".waymark");
    if (openPortfolio(path, PortfolioStore::OpenMode::CreateNew))
        offerFirstRun();
}

void MainWindow::openPortfolioDialog()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Open portfolio"),
        QFileInfo(m_session->isOpen() ? m_session->path() : PortfolioStore::defaultPath()).absolutePath(),
        portfolioFilter);
    if (!path.isEmpty())
        openPortfolio(path, PortfolioStore::OpenMode::OpenExisting);
}

void MainWindow::importArchive()
{
    const QString archive = FileDialog::getOpenFileName(this, tr("Import archive"), QDir::homePath(), archiveFilter);
    if (archive.isEmpty())
        return;
    QString target = FileDialog::getSaveFileName(this, tr("Save the imported portfolio as"),
        QFileInfo(PortfolioStore::defaultPath()).absolutePath(), portfolioFilter);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".waymark");
    QString error;
    if (!PortfolioStore::importArchive(archive, target, &error)) {
        MessageBox::critical(this, tr("Import archive"), error);
        return;
    }
    openPortfolio(target, PortfolioStore::OpenMode::OpenExisting);
}

void MainWindow::exportArchive()
{
    if (!m_session->isOpen() || !commitEvidence())
        return;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("%1-%2.waymark-archive")
            .arg(QFileInfo(m_session->path()).completeBaseName(), m_session->today().toString(Qt::ISODate)));
    QString path = FileDialog::getSaveFileName(this, tr("Export archive"), suggested, archiveFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".waymark-archive");
    if (!m_session->store().exportArchive(path)) {
        MessageBox::critical(this, tr("Export archive"), m_session->store().errorString());
        return;
    }
    statusBar()->showMessage(tr("Exported the whole portfolio to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportForPanel()
{
    if (!m_session->isOpen() || !commitEvidence())
        return;
    PanelExportDialog dialog(m_session, this);
    connect(&dialog, &PanelExportDialog::evidenceToOpen, this, [this](qint64 id) {
        showScreen(Screen::Evidence);
        m_evidence->showEvidence(id);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PanelReportResult result = dialog.result();
    if (!dialog.printerName().isEmpty()) {
        QString printed = tr("Printed %n page(s) on %1", nullptr, result.pages).arg(dialog.printerName());
        if (result.unprintedPages > 0)
            printed += tr("; the %n page(s) of attached PDF documents are in the exported PDF only", nullptr, result.unprintedPages);
        m_notice->showNotice(printed, false);
        return;
    }
    m_notice->showNotice(
        tr("Wrote %1: %n page(s)", nullptr, result.pages).arg(QDir::toNativeSeparators(dialog.writtenPath())), false);
}

void MainWindow::takeNextStep(const NextStep& step)
{
    const ItemRef first = step.items.value(0);
    switch (step.kind) {
    case NextStep::Kind::Reconfirm: {
        ReconfirmDialog dialog(m_session, step.items, this);
        if (execKeepingFocus(dialog) == QDialog::Accepted)
            m_notice->showNotice(tr("%n judgement(s) recorded.", nullptr, dialog.recordedCount()), false);
        return;
    }
    case NextStep::Kind::AskSignOff:
    case NextStep::Kind::AskJudgement: buildScreens(); signOff(step.items); return;
    case NextStep::Kind::MarkReadyForReview:
        if (matrix()->showItem(first))
            showScreen(Screen::Matrix);
        return;
    case NextStep::Kind::AddEvidence:
        showScreen(Screen::Evidence);
        m_evidence->newEvidence({first});
        return;
    case NextStep::Kind::AddQualifiedDate:
        showScreen(Screen::Profile);
        m_profile->qualifiedEdit()->setFocus(Qt::OtherFocusReason);
        return;
    case NextStep::Kind::ChoosePathway:
        showScreen(Screen::Profile);
        m_profile->chooser()->pathwayBox()->setFocus(Qt::OtherFocusReason);
        return;
    case NextStep::Kind::AddRoles:
        showScreen(Screen::Profile);
        m_profile->addRole();
        return;
    case NextStep::Kind::AddAward:
        showScreen(Screen::Profile);
        m_profile->addAward();
        return;
    case NextStep::Kind::ExportForPanel: exportForPanel(); return;
    }
}

void MainWindow::signOff(const QList<ItemRef>& items)
{
    const int recorded = m_supervision->signOff(items);
    if (recorded > 0)
        m_notice->showNotice(tr("%n judgement(s) recorded.", nullptr, recorded), false);
}

void MainWindow::showScreen(Screen screen)
{
    buildScreens();
    m_tabs->setCurrentIndex(int(screen));
}

MainWindow::Screen MainWindow::currentScreen() const
{
    return Screen(m_tabs->currentIndex());
}

void MainWindow::updateTitle()
{
    if (!m_session->isOpen()) {
        setWindowTitle(tr("Waymark"));
        setWindowFilePath(QString());
        return;
    }
    const PortfolioStore& store = m_session->store();
    if (store.isOnServer()) {
        // Whose portfolio, and as whom: a supervisor must never mistake one for another.
        const QString whose = m_session->worker().name.trimmed().isEmpty() ? store.owner() : m_session->worker().name;
        setWindowFilePath(QString());
        setWindowTitle(store.owner() == store.signedInAs()
                           ? tr("Your portfolio — signed in to %1 as %2 — Waymark").arg(store.path(), store.signedInName())
                           : tr("%1's portfolio — signed in as %2 — Waymark").arg(whose, store.signedInName()));
        return;
    }
    setWindowFilePath(m_session->path());
    setWindowTitle(tr("%1 — Waymark").arg(QFileInfo(m_session->path()).fileName()));
}

void MainWindow::showPathwayProblems()
{
    statusBar()->showMessage(tr("%n pathway file(s) could not be loaded; see Help > About for the folder", nullptr,
        int(m_library.problems().size())));
    statusBar()->setToolTip(formatProblems(m_library.problems()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The screens paint only once the window is on screen; when that first paint is over,
    // the window is shown.
    if (watched == m_tabs && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                emit firstPainted();
                QTimer::singleShot(0, this, &MainWindow::buildScreens);
            },
            Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_session->isOpen() && !commitEvidence()) {
        event->ignore();
        return;
    }
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    // Coming back to the window is when another program's changes (waymark-cli) show up.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_session->checkExternalChanges();
    QMainWindow::changeEvent(event);
}

} // namespace waymark::gui
