#include "waymark/FrameworkImport.h"
#include "waymark/RegularFile.h"

#include "CaseReader.h"
#include "FrameworkTree.h"
#include "JsonDocument.h"
#include "MaharaMatrixReader.h"
#include "MoodleCsvReader.h"
#include "PathwayWriter.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FrameworkImport", text);
}

FrameworkImportResult failed(const QString& file, const QString& message, int line = 0, int column = 0)
{
    FrameworkImportResult r;
    r.problems << PathwayProblem{file, line, column, QString(), message};
    return r;
}

} // namespace

QString FrameworkImport::formatName(FrameworkFormat format)
{
    switch (format) {
    case FrameworkFormat::MoodleCsv: return QStringLiteral("moodle-csv");
    case FrameworkFormat::MaharaMatrix: return QStringLiteral("mahara-matrix");
    case FrameworkFormat::Case: return QStringLiteral("case");
    case FrameworkFormat::Unknown: break;
    }
    return QString();
}

QStringList FrameworkImport::formatNames()
{
    return {formatName(FrameworkFormat::MoodleCsv), formatName(FrameworkFormat::MaharaMatrix), formatName(FrameworkFormat::Case)};
}

FrameworkFormat FrameworkImport::formatFromName(const QString& name)
{
    for (FrameworkFormat f : {FrameworkFormat::MoodleCsv, FrameworkFormat::MaharaMatrix, FrameworkFormat::Case})
        if (formatName(f) == name)
            return f;
    return FrameworkFormat::Unknown;
}

FrameworkFormat FrameworkImport::guessFormat(const QByteArray& bytes)
{
    if (MoodleCsvReader::looksLike(bytes))
        return FrameworkFormat::MoodleCsv;
    JsonDocument doc;
    if (!bytes.trimmed().startsWith('{') || !doc.parse(bytes, PathwayLoader::maxNesting) || !doc.root().is_object())
        return FrameworkFormat::Unknown;
    if (doc.root().contains("CFDocument"))
        return FrameworkFormat::Case;
    if (doc.root().contains("framework"))
        return FrameworkFormat::MaharaMatrix;
    return FrameworkFormat::Unknown;
}

FrameworkImportResult FrameworkImport::importFile(const QString& path, FrameworkFormat format)
{
    const QString name = QFileInfo(path).fileName();
    const FileContent file = readRegularFile(path, PathwayLoader::maxFileBytes);
    if (file.tooLarge)
        return failed(name, tr("the file is larger than %1 MiB").arg(PathwayLoader::maxFileBytes / (1024 * 1024)));
    if (!file.ok())
        return failed(name, file.error.message());
    return importBytes(file.data, name, format);
}

FrameworkImportResult FrameworkImport::importBytes(const QByteArray& bytes, const QString& fileName, FrameworkFormat format)
{
    if (bytes.trimmed().isEmpty())
        return failed(fileName, tr("the file is empty"));
    if (format == FrameworkFormat::Unknown)
        format = guessFormat(bytes);
    if (format == FrameworkFormat::Unknown)
        return failed(fileName, tr("not a format Waymark can import; give --format (%1)").arg(formatNames().join(QStringLiteral(", "))));

    FrameworkTree tree(fileName);
    FrameworkInfo info;
    info.version = QStringLiteral("1");
    if (format == FrameworkFormat::MoodleCsv) {
        MoodleCsvReader::read(bytes, tree, info);
    } else {
        JsonDocument doc;
        if (!doc.parse(bytes, PathwayLoader::maxNesting)) {
            int line = 0, column = 0;
            doc.errorPosition(&line, &column);
            return failed(fileName, doc.errorMessage(), line, column);
        }
        if (format == FrameworkFormat::Case)
            CaseReader::read(doc, tree, info);
        else
            MaharaMatrixReader::read(doc, tree, info);
    }
    if (info.version.isEmpty())
        info.version = QStringLiteral("1");
    if (info.publisher.trimmed().isEmpty())
        info.publisher = tr("not stated in %1").arg(fileName);
    if (info.source.isEmpty())
        info.source = tr("%1 (%2)").arg(fileName, formatName(format));

    FrameworkImportResult result;
    if (!tree.build()) {
        result.problems = tree.problems();
        std::stable_sort(result.problems.begin(), result.problems.end(),
                         [](const PathwayProblem& a, const PathwayProblem& b) { return a.line < b.line; });
        return result;
    }
    const Pathway pathway = tree.toPathway(info);
    if (!tree.problems().isEmpty()) {
        result.problems = tree.problems();
        return result;
    }
    // Checked by the loader every pathway goes through, so an import is never trusted blindly.
    const QByteArray json = PathwayWriter::toJson(pathway);
    PathwayLoadResult loaded = PathwayLoader::loadBytes(json, pathway.id + QStringLiteral(".json"));
    if (!loaded.ok()) {
        for (PathwayProblem p : loaded.problems) {
            p.message = tr("the converted pathway is not valid: %1").arg(p.message);
            result.problems << p;
        }
        return result;
    }
    result.json = json;
    result.pathway = std::move(loaded.pathway);
    return result;
}

} // namespace waymark
