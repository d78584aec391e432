#include "waymark/PathwayLibrary.h"

#include "waymark/PortfolioTypes.h"

#include "waymark/PathwayLoader.h"

#include <QDir>
#include <QFileInfo>
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
        add(file);
    if (userDir != QLatin1String("-"))
        for (const QString& file : pathwayFilesIn(QDir(userDir.isEmpty() ? userFolder() : userDir)))
            add(file);
    dropUnresolved();
}

void PathwayLibrary::addFile(const QString& path)
{
    add(path);
    dropUnresolved();
}

void PathwayLibrary::add(const QString& path)
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
        p.message = PathwayLibrary::tr("pathway id \"%1\" is already used by %2; this file was skipped")
                        .arg(result.pathway->id, existing->sourceFile);
        m_problems << p;
        return;
    }
    m_pathways << std::move(*result.pathway);
}

// Skips pathways whose references do not resolve, until none is left: skipping one can
// break the references of another.
void PathwayLibrary::dropUnresolved()
{
    bool dropped = true;
    while (dropped) {
        dropped = false;
        for (int i = 0; i < m_pathways.size(); ++i) {
            const QList<PathwayProblem> problems = crossReferenceProblems(m_pathways[i]);
            if (problems.isEmpty())
                continue;
            m_problems << problems;
            m_pathways.removeAt(i);
            dropped = true;
            break;
        }
    }
}

QList<PathwayProblem> PathwayLibrary::crossReferenceProblems(const Pathway& pathway) const
{
    using K = Pathway::Kind;
    using E = CrossReference::Expect;
    // Named as the loader names files: resource paths whole, user files by name.
    const QString file = pathway.sourceFile.startsWith(QLatin1Char(':')) ? pathway.sourceFile : QFileInfo(pathway.sourceFile).fileName();
    QList<PathwayProblem> out;
    for (const CrossReference& c : pathway.crossReferences) {
        auto problem = [&](const QString& message) {
            out << PathwayProblem{file, c.line, c.column, c.pointer, message};
        };
        const qsizetype colon = c.ref.indexOf(QLatin1Char(':'));
        const QString otherId = c.ref.left(colon), id = c.ref.mid(colon + 1);
        const Pathway* other = otherId == pathway.id ? &pathway : find(otherId);
        if (!other) {
            problem(PathwayLibrary::tr("\"%1\" names the pathway \"%2\", which is not loaded").arg(c.ref, otherId));
            continue;
        }
        const K kind = other->kindOf(id);
        switch (c.expect) {
        case E::Scope:
            if (kind != K::Step && kind != K::Group && kind != K::Item && kind != K::Indicator)
                problem(PathwayLibrary::tr("%1 has no step, group or item \"%2\"").arg(other->id, id));
            break;
        case E::Assessable:
            if (kind != K::Item && kind != K::Indicator)
                problem(PathwayLibrary::tr("%1 has no item or indicator \"%2\"").arg(other->id, id));
            else if (kind == K::Item && !other->item(id)->indicators.isEmpty())
                problem(PathwayLibrary::tr("\"%1\" is judged through its indicators: use \"allReached\" or \"stage\"").arg(c.ref));
            break;
        case E::Award:
            if (kind != K::Award)
                problem(PathwayLibrary::tr("%1 has no award \"%2\"").arg(other->id, id));
            break;
        case E::Profile:
            if (kind != K::RoleProfile)
                problem(PathwayLibrary::tr("%1 has no role profile \"%2\"").arg(other->id, id));
            break;
        case E::Capability:
            if (kind != K::Item || other->item(id)->indicators.isEmpty())
                problem(PathwayLibrary::tr("%1 has no item with staged indicators \"%2\"").arg(other->id, id));
            else if (other->stageIndex(c.stage) < 0)
                problem(PathwayLibrary::tr("%1 has no stage \"%2\" (the stage of \"%3\")").arg(other->id, c.stage, c.ref));
            break;
        }
    }
    return out;
}

const Pathway* PathwayLibrary::find(const QString& id) const
{
    for (const Pathway& p : m_pathways)
        if (p.id == id)
            return &p;
    return nullptr;
}

bool PathwayLibrary::reachedWithoutEvidence(const Judgement& judgement) const
{
    const Pathway* p = find(judgement.item.pathwayId);
    return p ? p->reachedWithoutEvidence(judgement) : judgement.signedOffWithoutEvidence();
}

} // namespace waymark
