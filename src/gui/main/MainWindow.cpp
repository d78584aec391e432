#include "MainWindow.h"

#include "waymark/PathwayProblem.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

namespace waymark::gui {

MainWindow::MainWindow(const PathwayLibrary& library, QWidget* parent)
    : QMainWindow(parent), m_library(library)
{
    setWindowTitle(tr("Waymark"));
    m_pathways = new QTreeWidget(this);
    m_pathways->setObjectName(QStringLiteral("pathwayTree"));
    m_pathways->setAccessibleName(tr("Loaded pathways"));
    m_pathways->setHeaderLabels({tr("Pathway"), tr("Publisher"), tr("Version")});
    for (const Pathway& p : library.pathways()) {
        auto* top = new QTreeWidgetItem(m_pathways, {p.title, p.publisher, p.version});
        for (const Step& s : p.steps)
            new QTreeWidgetItem(top, {s.title});
        for (const Group& g : p.groups)
            new QTreeWidgetItem(top, {g.title});
    }
    m_pathways->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    setCentralWidget(m_pathways);
    statusBar()->showMessage(tr("%n pathway(s) loaded", nullptr, int(library.pathways().size())));
    resize(900, 600);
    if (!library.problems().isEmpty())
        showPathwayProblems();
}

void MainWindow::showPathwayProblems()
{
    statusBar()->showMessage(tr("%n pathway file(s) could not be loaded", nullptr, int(m_library.problems().size())));
    setToolTip(formatProblems(m_library.problems()));
}

} // namespace waymark::gui
