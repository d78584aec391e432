#include "Cli.h"

#include "waymark/PathwayText.h"

#include <QFile>

namespace waymark::cli {

int showCommand(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the pathway file's JSON."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("PATHWAY"), QStringLiteral("The pathway id (see 'waymark-cli pathways')."));
    int code = 0;
    if (!parseArguments(parser, args, QStringLiteral("show"),
                        QStringLiteral("Shows a whole pathway: steps, requirements, competencies, capabilities with their\n"
                                       "indicators, learning offers and readiness rules."),
                        ctx, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        ctx.err << "waymark-cli show: give exactly one pathway id. Try 'waymark-cli show --help'.\n";
        return 2;
    }
    const QString id = parser.positionalArguments().first();
    const Pathway* p = ctx.library().find(id);
    if (!p) {
        ctx.err << "waymark-cli show: no pathway \"" << id << "\". Known pathways:";
        for (const Pathway& known : ctx.library().pathways())
            ctx.err << " " << known.id;
        ctx.err << "\n";
        return 1;
    }
    if (parser.isSet(json)) {
        QFile file(p->sourceFile);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << "waymark-cli show: cannot read " << p->sourceFile << ": " << file.errorString() << "\n";
            return 1;
        }
        ctx.out << QString::fromUtf8(file.readAll());
        return 0;
    }
    ctx.out << describePathway(*p);
    return 0;
}

} // namespace waymark::cli
