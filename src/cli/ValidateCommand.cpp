#include "Cli.h"

#include "waymark/PathwayLoader.h"

namespace waymark::cli {

int validateCommand(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Pathway files to check."), QStringLiteral("FILE..."));
    int code = 0;
    if (!parseArguments(parser, args, QStringLiteral("validate"),
                        Cli::tr("Checks pathway files and reports every problem, each with the file, line:column\n"
                                       "and the JSON pointer of the field. References into other pathways (\"pathway-id:item-id\")\n"
                                       "are checked against the loaded pathways. Exits 0 only if every file is valid."),
                        ctx, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        ctx.err << Cli::tr("waymark-cli validate: name at least one file. Try 'waymark-cli validate --help'.\n");
        return 2;
    }
    int invalid = 0;
    for (const QString& file : files) {
        PathwayLoadResult result = PathwayLoader::loadFile(file);
        // References into other pathways resolve against the loaded ones, as when Waymark starts.
        if (result.ok() && !result.pathway->crossReferences.isEmpty()) {
            result.problems = ctx.library().crossReferenceProblems(*result.pathway);
            if (!result.problems.isEmpty())
                result.pathway.reset();
        }
        if (result.ok()) {
            ctx.out << Cli::tr("%1: valid (%2, version %3)\n").arg(file, result.pathway->id, result.pathway->version);
            continue;
        }
        ++invalid;
        for (const PathwayProblem& p : result.problems) {
            PathwayProblem shown = p;
            shown.file = file;
            ctx.out << shown.toString() << "\n";
        }
    }
    if (invalid > 0)
        ctx.out << Cli::tr("%1 of %2 file(s) invalid\n").arg(invalid).arg(files.size());
    return invalid == 0 ? 0 : 1;
}

} // namespace waymark::cli
