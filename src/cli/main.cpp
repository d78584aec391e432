#include "Cli.h"
#include "CliSupport.h"
#include "StandardStream.h"

#include "waymark/StoreError.h"
#include "waymark/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

#include <cerrno>
#include <cstdio>

using namespace waymark::cli;

static void printUsage(QTextStream& out)
{
    out << Cli::tr("Usage: waymark-cli [--portfolio FILE | --server URI [--worker LOGIN]] [--pathways-dir DIR] COMMAND [options]\n\n"
           "Waymark keeps a social worker's or occupational therapist's career portfolio.\n\n"
           "Commands:\n");
    for (const Command& c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(18) << Cli::tr(c.summary) << "\n";
    out << Cli::tr("\nGlobal options:\n"
           "  --portfolio FILE    the portfolio to use (default: your default portfolio)\n"
           "  --pathways-dir DIR  load your own pathway files from DIR instead of the user folder\n"
           "  --server URI        work on the team server, postgresql://LOGIN@HOST[:PORT]/DATABASE,\n"
           "                      signed in as LOGIN, on your own portfolio there (password from\n"
           "                      PGPASSWORD or ~/.pgpass, as libpq reads them)\n"
           "  --worker LOGIN      with --server: the portfolio of someone you supervise or read\n"
           "\n'waymark-cli COMMAND --help' describes each command. Dates are written YYYY-MM-DD;\n"
           "items are written pathway-id:item-id (see 'waymark-cli show PATHWAY').\n"
           "\nExit status: 0 done; 1 the action failed (the portfolio could not be opened or changed,\n"
           "or a record was not found); 2 bad usage (an unknown option, a missing or malformed\n"
           "value, an unknown pathway, item or kind).\n");
}

// Laying out a PDF needs fonts, which need a QGuiApplication; the offscreen platform
// serves when there is no display. Other commands stay free of the GUI stack.
static std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "export-pdf") == 0 || (i + 1 < argc && ((qstrcmp(argv[i], "cpd") == 0 && qstrcmp(argv[i + 1], "export") == 0)
                                                       || (qstrcmp(argv[i], "case") == 0 && qstrcmp(argv[i + 1], "letter") == 0)))) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
                // What Qt would fall back to, made here so that it need not warn about it.
                const QString runtime = QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
                QDir().mkpath(runtime);
                QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
            }
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Runs what the arguments ask; verb is set to the command once it is known.
static int run(const QStringList& arguments, Context& ctx, QString* verb)
{
    QTextStream& out = ctx.out;
    QTextStream& err = ctx.err;
    QStringList args = arguments;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--help")) {
            printUsage(out);
            return 0;
        }
        if ((opt == QLatin1String("--portfolio") || opt == QLatin1String("--pathways-dir")) && !args.isEmpty()) {
            (opt == QLatin1String("--portfolio") ? ctx.portfolioPath : ctx.userPathwayDir) = args.takeFirst();
            continue;
        }
        if ((opt == QLatin1String("--server") || opt == QLatin1String("--worker")) && !args.isEmpty()) {
            (opt == QLatin1String("--server") ? ctx.serverUri : ctx.worker) = args.takeFirst();
            continue;
        }
        err << Cli::tr("waymark-cli: unknown or incomplete option %1\n").arg(opt);
        printUsage(err);
        return 2;
    }
    if (args.isEmpty()) {
        printUsage(err);
        return 2;
    }
    *verb = args.takeFirst();
    if (!ctx.serverUri.isEmpty() && !ctx.portfolioPath.isEmpty()) {
        err << Cli::tr("waymark-cli: give --portfolio or --server, not both.\n");
        return 2;
    }
    if (!ctx.worker.isEmpty() && ctx.serverUri.isEmpty()) {
        err << Cli::tr("waymark-cli: --worker names a portfolio on a team server; give --server too.\n");
        return 2;
    }
    for (const Command& c : commands())
        if (*verb == QLatin1String(c.name)) {
            try {
                return c.run(ctx, args);
            } catch (const CliExit& exit) {
                return exit.code; // the message is already on stderr
            } catch (const waymark::StoreError& e) {
                // A read the command relied on failed: nothing is printed as if it were the answer.
                err << "waymark-cli " << *verb << ": " << e.message() << "\n";
                return exitFailed;
            }
        }
    err << Cli::tr("waymark-cli: unknown command \"%1\"\n").arg(*verb);
    printUsage(err);
    return 2;
}

int main(int argc, char* argv[])
{
    holdClosedStream(STDIN_FILENO);
    const bool outputClosed = holdClosedStream(STDOUT_FILENO);
    holdClosedStream(STDERR_FILENO);
    const std::unique_ptr<QCoreApplication> application = makeApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("Waymark"));
    waymark::Translations::install();
    StandardStream standardOutput(stdout, outputClosed ? EBADF : 0);
    StandardStream standardError(stderr);
    QTextStream out(&standardOutput);
    QTextStream err(&standardError);
    Context ctx(out, err, standardOutput);
    QString verb;
    int code = run(app.arguments().mid(1), ctx, &verb);
    // Every command's output is checked here, once: a listing redirected to a full disk must
    // not end with exit 0 and a short file. A reader that went away (a closed pipe) is not told.
    out.flush();
    if (const int failed = standardOutput.finish(); failed != 0) {
        if (failed != EPIPE)
            err << "waymark-cli" << (verb.isEmpty() ? QString() : QLatin1Char(' ') + verb) << ": "
                << Cli::tr("could not write the output: %1.").arg(writeFailure(failed)) << "\n";
        if (code == exitOk)
            code = exitFailed;
    }
    err.flush();
    return code;
}
