#pragma once

#include "waymark/Pathway.h"
#include "waymark/PathwayProblem.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace waymark {

// Every pathway Waymark knows: the bundled ones and the employer's own files from the
// user pathway folder. A broken file is reported and skipped; the rest still load.
class PathwayLibrary
{
    Q_DECLARE_TR_FUNCTIONS(PathwayLibrary)

public:
    // The folder employers drop their own pathway files into.
    static QString userFolder();
    // The bundled pathway files (Qt resource paths).
    static QStringList bundledFiles();

    // Loads the bundled pathways and those in userDir (userFolder() when empty; no user
    // pathways when userDir is "-"). References into other pathways are checked once all
    // are loaded; a file whose references do not resolve is reported and skipped.
    void load(const QString& userDir = QString());
    // Adds one file after load(); its references into other pathways are checked at once.
    void addFile(const QString& path);

    // What is wrong with a pathway's references into the loaded pathways (itself included),
    // each naming the file, line and field.
    QList<PathwayProblem> crossReferenceProblems(const Pathway& pathway) const;

    const QList<Pathway>& pathways() const { return m_pathways; }
    const QList<PathwayProblem>& problems() const { return m_problems; }
    const Pathway* find(const QString& id) const;
    // Pathway::reachedWithoutEvidence for the judgement's pathway (of a pathway not loaded: any
    // "reached" with no evidence).
    bool reachedWithoutEvidence(const Judgement& judgement) const;

private:
    void add(const QString& path);
    void dropUnresolved();

    QList<Pathway> m_pathways;
    QList<PathwayProblem> m_problems;
};

} // namespace waymark
