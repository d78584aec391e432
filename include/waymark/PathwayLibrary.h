#pragma once

#include "waymark/Pathway.h"
#include "waymark/PathwayProblem.h"

#include <QList>
#include <QString>

namespace waymark {

// Every pathway Waymark knows: the bundled ones and the employer's own files from the
// user pathway folder. A broken file is reported and skipped; the rest still load.
class PathwayLibrary
{
public:
    // The folder employers drop their own pathway files into.
    static QString userFolder();
    // The bundled pathway files (Qt resource paths).
    static QStringList bundledFiles();

    // Loads the bundled pathways and those in userDir (userFolder() when empty; no user
    // pathways when userDir is "-").
    void load(const QString& userDir = QString());
    void addFile(const QString& path);

    const QList<Pathway>& pathways() const { return m_pathways; }
    const QList<PathwayProblem>& problems() const { return m_problems; }
    const Pathway* find(const QString& id) const;

private:
    QList<Pathway> m_pathways;
    QList<PathwayProblem> m_problems;
};

} // namespace waymark
