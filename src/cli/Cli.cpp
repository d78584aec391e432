#include "Cli.h"

#include "waymark/PathwayProblem.h"

namespace waymark::cli {

const PathwayLibrary& Context::library()
{
    if (!m_loaded) {
        m_library.load(userPathwayDir);
        for (const PathwayProblem& p : m_library.problems())
            err << "warning: skipped pathway file: " << p.toString() << '\n';
        err.flush();
        m_loaded = true;
    }
    return m_library;
}

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"pathways", "list the loaded pathways", pathwaysCommand},
        {"show", "show one pathway in full", showCommand},
        {"validate", "check pathway files and report every problem", validateCommand},
    };
    return all;
}

bool parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& verb,
                    const QString& description, Context& ctx, int* exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("waymark-cli ") + verb);
    if (!parser.parse(full)) {
        ctx.err << "waymark-cli " << verb << ": " << parser.errorText() << "\n"
                << "Try 'waymark-cli " << verb << " --help'.\n";
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(help)) {
        ctx.out << parser.helpText();
        *exitCode = 0;
        return false;
    }
    return true;
}

} // namespace waymark::cli
