#include "Cli.h"

#include "waymark/PathwayLoader.h"
#include "waymark/PathwayText.h"
#include "waymark/RegularFile.h"

namespace waymark::cli {

int showCommand(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the pathway file's JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PATHWAY"), Cli::tr("The pathway id (see 'waymark-cli pathways')."));
    int code = 0;
    if (!parseArguments(parser, args, QStringLiteral("show"),
                        Cli::tr("Shows a whole pathway: steps, requirements, competencies, capabilities with their\n"
                                       "indicators, learning offers and readiness rules."),
                        ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << Cli::tr("waymark-cli show: give exactly one pathway id. Try 'waymark-cli show --help'.\n");
        return 2;
    }
    const QString id = parser.positionalArguments().first();
    const Pathway* p = ctx.library().find(id);
    if (!p) {
        ctx.err << Cli::tr("waymark-cli show: no pathway \"%1\". Known pathways:").arg(id);
        for (const Pathway& known : ctx.library().pathways())
            ctx.err << " " << known.id;
        ctx.err << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        const FileContent file = readRegularFile(p->sourceFile, PathwayLoader::maxFileBytes);
        if (!file.ok()) {
            ctx.err << "waymark-cli show: " << file.error.message() << "\n";
            return 1;
        }
        ctx.out << QString::fromUtf8(file.data);
        return 0;
    }
    ctx.out << describePathway(*p);
    return 0;
}

} // namespace waymark::cli
