#include "waymark/PathwayLibrary.h"

#include "waymark/PathwayLoader.h"

#include <QDir>
#include <QStandardPaths>

namespace waymark {

QString PathwayLibrary::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/pathways");
}

// Pathway files in a folder, leaving out the JSON Schema that sits beside them.
static QStringList pathwayFilesIn(const QDir& dir)
{
    QStringList files;
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name))
        if (!name.endsWith(QLatin1String(".schema.json")))
            files << dir.filePath(name);
    return files;
}

QStringList PathwayLibrary::bundledFiles()
{
    return pathwayFilesIn(QDir(QStringLiteral(":/frameworks")));
}

void PathwayLibrary::load(const QString& userDir)
{
    m_pathways.clear();
    m_problems.clear();
    for (const QString& file : bundledFiles())
        addFile(file);
    if (userDir == QLatin1String("-"))
        return;
    for (const QString& file : pathwayFilesIn(QDir(userDir.isEmpty() ? userFolder() : userDir)))
        addFile(file);
}

void PathwayLibrary::addFile(const QString& path)
{
    PathwayLoadResult result = PathwayLoader::loadFile(path);
    if (!result.ok()) {
        m_problems << result.problems;
        return;
    }
    if (const Pathway* existing = find(result.pathway->id)) {
        PathwayProblem p;
        p.file = path;
        p.pointer = QStringLiteral("/id");
        p.message = QStringLiteral("pathway id \"%1\" is already used by %2; this file was skipped")
                        .arg(result.pathway->id, existing->sourceFile);
        m_problems << p;
        return;
    }
    m_pathways << std::move(*result.pathway);
}

const Pathway* PathwayLibrary::find(const QString& id) const
{
    for (const Pathway& p : m_pathways)
        if (p.id == id)
            return &p;
    return nullptr;
}

} // namespace waymark
