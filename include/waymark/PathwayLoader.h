#pragma once

#include "waymark/Pathway.h"
#include "waymark/PathwayProblem.h"

#include <QByteArray>

#include <optional>

namespace waymark {

struct PathwayLoadResult
{
    std::optional<Pathway> pathway; // set only when problems is empty
    QList<PathwayProblem> problems;

    bool ok() const { return pathway.has_value(); }
};

// Reads pathway files (format waymark-pathway/1). Never throws; reports every problem found.
class PathwayLoader
{
public:
    static constexpr qint64 maxFileBytes = 8 * 1024 * 1024;
    static constexpr int maxNesting = 64;

    static PathwayLoadResult loadFile(const QString& path);
    static PathwayLoadResult loadBytes(const QByteArray& bytes, const QString& fileName);
};

} // namespace waymark
