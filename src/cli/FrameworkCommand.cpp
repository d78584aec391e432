#include "Cli.h"

#include "waymark/CaseExport.h"
#include "waymark/FrameworkImport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace waymark::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("FrameworkCommand", text, nullptr, n);
}

QCommandLineOption outputOption(const QString& what)
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                              tr("Write the %1 here (default: standard output).").arg(what), QStringLiteral("OUT.json"));
}

// To a file through QSaveFile (a failed write leaves any old file whole), or to stdout.
bool writeOut(Context& ctx, const QString& verb, const QString& path, const QByteArray& bytes)
{
    if (path.isEmpty() || path == QLatin1String("-"))
        return ctx.writeRaw(bytes); // main() says why it failed
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    ctx.err << "waymark-cli " << verb << ": " << tr("cannot write %1: %2").arg(path, f.errorString()) << "\n";
    return false;
}

} // namespace

int importFrameworkCommand(Context& ctx, const QStringList& args)
{
    const QString verb = QStringLiteral("import-framework");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("The file's format: %1. Guessed from the content when not given.")
                                        .arg(FrameworkImport::formatNames().join(QStringLiteral(", "))),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output = outputOption(tr("pathway file"));
    parser.addOption(format);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("A Moodle competency framework CSV, a Mahara SmartEvidence .matrix file or a CASE 1.1 package."));
    int code = 0;
    if (!parseArguments(parser, args, verb,
                        tr("Converts a competency framework from Moodle, Mahara or a CASE 1.1 package into a Waymark\n"
                           "pathway file. The result is checked as 'validate' would before it is written; problems\n"
                           "name the file, line and field. See docs/interoperability.md for what each format keeps."),
                        ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "waymark-cli " << verb << ": " << tr("give exactly one file. Try 'waymark-cli import-framework --help'.") << "\n";
        return 2;
    }
    FrameworkFormat chosen = FrameworkFormat::Unknown;
    if (parser.isSet(format)) {
        chosen = FrameworkImport::formatFromName(parser.value(format));
        if (chosen == FrameworkFormat::Unknown) {
            ctx.err << "waymark-cli " << verb << ": "
                    << tr("unknown format \"%1\"; use one of %2.").arg(parser.value(format), FrameworkImport::formatNames().join(QStringLiteral(", ")))
                    << "\n";
            return 2;
        }
    }
    const QString file = parser.positionalArguments().first();
    FrameworkImportResult result = FrameworkImport::importFile(file, chosen);
    if (!result.ok()) {
        for (PathwayProblem p : result.problems) {
            if (p.file == QFileInfo(file).fileName())
                p.file = file; // as the user typed it, so the message points at the file
            ctx.err << p.toString() << "\n";
        }
        ctx.err << "waymark-cli " << verb << ": " << tr("%n problem(s); nothing was written.", int(result.problems.size())) << "\n";
        return 1;
    }
    if (!writeOut(ctx, verb, parser.value(output), result.json))
        return 1;
    if (parser.isSet(output))
        ctx.err << tr("Wrote %1: pathway %2, %n item(s) to judge.", int(result.pathway->allAssessableIds().size()))
                       .arg(QDir::toNativeSeparators(parser.value(output)), result.pathway->id)
                << "\n";
    return 0;
}

int exportFrameworkCommand(Context& ctx, const QStringList& args)
{
    const QString verb = QStringLiteral("export-framework");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), tr("The format to write: case (1EdTech CASE 1.1)."), QStringLiteral("FORMAT"));
    const QCommandLineOption output = outputOption(tr("package"));
    parser.addOption(format);
    parser.addOption(output);
    parser.addPositionalArgument(QStringLiteral("PATHWAY-ID"), tr("The pathway id (see 'waymark-cli pathways')."));
    int code = 0;
    if (!parseArguments(parser, args, verb,
                        tr("Writes a pathway as a CASE 1.1 package (CFDocument, CFItems, isChildOf CFAssociations).\n"
                           "Identifiers are UUID v5 of the pathway and item ids, the same on every export."),
                        ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "waymark-cli " << verb << ": " << tr("give exactly one pathway id. Try 'waymark-cli export-framework --help'.") << "\n";
        return 2;
    }
    if (parser.value(format) != QLatin1String("case")) {
        ctx.err << "waymark-cli " << verb << ": " << tr("--format case is required (the only format Waymark writes).") << "\n";
        return 2;
    }
    const QString id = parser.positionalArguments().first();
    const Pathway* p = ctx.library().find(id);
    if (!p) {
        QStringList known;
        for (const Pathway& k : ctx.library().pathways())
            known << k.id;
        ctx.err << "waymark-cli " << verb << ": " << tr("no pathway \"%1\". Known pathways: %2").arg(id, known.join(QStringLiteral(" "))) << "\n";
        return 1;
    }
    return writeOut(ctx, verb, parser.value(output), CaseExport::toJson(*p, QDateTime::currentDateTimeUtc())) ? 0 : 1;
}

} // namespace waymark::cli
