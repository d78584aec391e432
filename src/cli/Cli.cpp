#include "Cli.h"

#include "waymark/PathwayProblem.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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

QString Context::storePath() const
{
    return portfolioPath.isEmpty() ? PortfolioStore::defaultPath() : portfolioPath;
}

PortfolioStore* Context::store()
{
    if (!m_storeTried) {
        m_storeTried = true;
        const bool existed = QFileInfo::exists(storePath());
        if (!m_store.open(storePath(), PortfolioStore::OpenMode::CreateIfMissing)) {
            err << "waymark-cli: cannot open the portfolio: " << m_store.errorString() << '\n';
        } else if (!existed) {
            // Said, so that a mistyped --portfolio does not pass for an empty portfolio.
            err << "waymark-cli: created a new portfolio at " << QDir::toNativeSeparators(m_store.path()) << '\n';
        }
        err.flush();
    }
    return m_store.isOpen() ? &m_store : nullptr;
}

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"pathways", "list the loaded pathways", pathwaysCommand},
        {"show", "show one pathway in full", showCommand},
        {"validate", "check pathway files and report every problem", validateCommand},
        {"profile", "show or change the worker's profile, roles and awards", profileCommand},
        {"evidence", "add, edit, find, show and delete evidence", evidenceCommand},
        {"map", "map evidence to pathway items, and list what is mapped", mapCommand},
        {"judge", "record a supervisor's judgement on items, or show the history", judgeCommand},
        {"comment", "comment on an item, or list the comments", commentCommand},
        {"session", "record supervision sessions, or list them", sessionCommand},
        {"plan", "the learning plan: add, list, change status, remove", planCommand},
        {"cpd", "the CPD log: add, list with total hours, remove", cpdCommand},
        {"export-archive", "write the whole portfolio to one archive file", exportArchiveCommand},
        {"import-archive", "create a new portfolio from an archive", importArchiveCommand},
        {"readiness", "are you ready for the next step (or any step)? what is missing?", readinessCommand},
        {"stages", "the stage each capability has reached, and what the next stage needs", stagesCommand},
        {"anonymity", "check evidence for personal data of people who use services", anonymityCommand},
        {"export-pdf", "write the portfolio for the Progression Panel as a PDF", exportPdfCommand},
        {"import-framework", "convert a Moodle CSV, Mahara matrix or CASE package to a pathway file", importFrameworkCommand},
        {"export-framework", "write a pathway as a CASE 1.1 package", exportFrameworkCommand},
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
        // Qt names the executable's path in the usage line; say the command instead.
        QString text = parser.helpText();
        const QString exe = QCoreApplication::arguments().value(0);
        const QString usage = QStringLiteral("Usage: ");
        if (!exe.isEmpty() && text.startsWith(usage + exe))
            text.replace(usage.size(), exe.size(), QStringLiteral("waymark-cli ") + verb);
        ctx.out << text;
        *exitCode = 0;
        return false;
    }
    return true;
}

} // namespace waymark::cli
