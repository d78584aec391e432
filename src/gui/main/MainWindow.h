#pragma once

#include "waymark/PathwayLibrary.h"

#include <QMainWindow>

class QTreeWidget;

namespace waymark::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const PathwayLibrary& library, QWidget* parent = nullptr);

private:
    void showPathwayProblems();

    const PathwayLibrary& m_library;
    QTreeWidget* m_pathways = nullptr;
};

} // namespace waymark::gui
