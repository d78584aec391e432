#pragma once

#include "waymark/PathwayLoader.h"
#include "waymark/PathwayProblem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace waymark {

enum class FrameworkFormat { Unknown, MoodleCsv, MaharaMatrix, Case };

struct FrameworkImportResult
{
    QByteArray json;                // the waymark-pathway/1 file; empty when problems is not
    std::optional<Pathway> pathway; // json as the loader read it back
    QList<PathwayProblem> problems; // each naming the source file, line and field

    bool ok() const { return problems.isEmpty() && pathway.has_value(); }
};

// Converts a competency framework from another tool into a Waymark pathway file. The result
// has been read back by PathwayLoader, so it is a valid pathway whenever ok(). Never throws.
class FrameworkImport
{
public:
    // "moodle-csv", "mahara-matrix", "case".
    static QString formatName(FrameworkFormat format);
    static FrameworkFormat formatFromName(const QString& name);
    static QStringList formatNames();
    // From the content: a CASE package or a Mahara matrix (JSON), or Moodle's CSV header.
    static FrameworkFormat guessFormat(const QByteArray& bytes);

    // format Unknown: guessed from the content.
    static FrameworkImportResult importFile(const QString& path, FrameworkFormat format = FrameworkFormat::Unknown);
    static FrameworkImportResult importBytes(const QByteArray& bytes, const QString& fileName,
                                             FrameworkFormat format = FrameworkFormat::Unknown);
};

} // namespace waymark
