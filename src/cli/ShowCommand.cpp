#include "Cli.h"

#include "waymark/PathwayText.h"

#include <QFile>

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
        QFile file(p->sourceFile);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << Cli::tr("waymark-cli show: cannot read %1: %2\n").arg(p->sourceFile, file.errorString());
            return 1;
        }
        ctx.out << QString::fromUtf8(file.readAll());
        return 0;
    }
    ctx.out << describePathway(*p);
    return 0;
}

} // namespace waymark::cli
