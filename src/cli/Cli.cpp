#include "Cli.h"
#include "StandardStream.h"

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
            err << Cli::tr("warning: skipped pathway file: %1\n").arg(p.toString());
        err.flush();
        m_loaded = true;
    }
    return m_library;
}

bool Context::writeRaw(const QByteArray& bytes)
{
    out.flush();
    return m_rawOut.writeRaw(bytes);
}

QString Context::storePath() const
{
    return portfolioPath.isEmpty() ? PortfolioStore::defaultPath() : portfolioPath;
}

PortfolioStore* Context::store()
{
    if (!m_storeTried && !serverUri.isEmpty()) {
        m_storeTried = true;
        if (!m_store.openServer(serverUri, worker))
            err << Cli::tr("waymark-cli: cannot open the portfolio: %1\n").arg(m_store.errorString());
        err.flush();
    }
    if (!m_storeTried) {
        m_storeTried = true;
        const bool existed = QFileInfo::exists(storePath());
        if (!m_store.open(storePath(), PortfolioStore::OpenMode::CreateIfMissing)) {
            err << Cli::tr("waymark-cli: cannot open the portfolio: %1\n").arg(m_store.errorString());
        } else if (!existed) {
            // Said, so that a mistyped --portfolio does not pass for an empty portfolio.
            err << Cli::tr("waymark-cli: created a new portfolio at %1\n").arg(QDir::toNativeSeparators(m_store.path()));
        }
        if (m_store.isOpen() && m_store.readOnlyReason().code() != StoreError::Code::None)
            err << Cli::tr("waymark-cli: %1 is open for reading only, because %2: it can be read and exported, but nothing "
                           "can be saved to it\n").arg(QDir::toNativeSeparators(m_store.path()), m_store.readOnlyReason().message());
        if (m_store.isOpen() && m_store.searchIndexDamaged())
            err << Cli::tr("waymark-cli: the search index of %1 is damaged (the records are whole): searches may miss "
                           "records, and nothing can be saved until 'waymark-cli rebuild-index' makes it again\n")
                       .arg(QDir::toNativeSeparators(m_store.path()));
        err.flush();
    }
    return m_store.isOpen() ? &m_store : nullptr;
}

TeamServer* Context::team()
{
    if (!m_team) {
        m_team = std::make_unique<TeamServer>();
        if (serverUri.isEmpty())
            err << Cli::tr("waymark-cli: name the team server with --server postgresql://LOGIN@HOST/DATABASE\n");
        else if (!m_team->connect(serverUri))
            err << Cli::tr("waymark-cli: %1\n").arg(m_team->lastError().message());
        err.flush();
    }
    return m_team->isConnected() ? m_team.get() : nullptr;
}

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"pathways", QT_TRANSLATE_NOOP("Cli", "list the loaded pathways"), pathwaysCommand},
        {"show", QT_TRANSLATE_NOOP("Cli", "show one pathway in full"), showCommand},
        {"validate", QT_TRANSLATE_NOOP("Cli", "check pathway files and report every problem"), validateCommand},
        {"profile", QT_TRANSLATE_NOOP("Cli", "show or change the worker's profile, roles and awards"), profileCommand},
        {"evidence", QT_TRANSLATE_NOOP("Cli", "add, edit, find, show and delete evidence"), evidenceCommand},
        {"map", QT_TRANSLATE_NOOP("Cli", "map evidence to pathway items, and list what is mapped"), mapCommand},
        {"judge", QT_TRANSLATE_NOOP("Cli", "record a supervisor's judgement on items, or show the history"), judgeCommand},
        {"comment", QT_TRANSLATE_NOOP("Cli", "comment on an item, or list the comments"), commentCommand},
        {"session", QT_TRANSLATE_NOOP("Cli", "record supervision sessions, or list them"), sessionCommand},
        {"plan", QT_TRANSLATE_NOOP("Cli", "the learning plan: add, list, change status, remove"), planCommand},
        {"cpd", QT_TRANSLATE_NOOP("Cli", "the CPD log: add, update, list, remove; the regulator's check, export and profile texts"), cpdCommand},
        {"export-archive", QT_TRANSLATE_NOOP("Cli", "write the whole portfolio to one archive file"), exportArchiveCommand},
        {"import-archive", QT_TRANSLATE_NOOP("Cli", "create a new portfolio from an archive"), importArchiveCommand},
        {"readiness", QT_TRANSLATE_NOOP("Cli", "are you ready for the next step (or any step)? what is missing?"), readinessCommand},
        {"next", QT_TRANSLATE_NOOP("Cli", "what to do next towards your target: whom to ask, what to add"), nextCommand},
        {"stages", QT_TRANSLATE_NOOP("Cli", "the stage each capability has reached, and what the next stage needs"), stagesCommand},
        {"anonymity", QT_TRANSLATE_NOOP("Cli", "check evidence for personal data of people who use services"), anonymityCommand},
        {"export-pdf", QT_TRANSLATE_NOOP("Cli", "write the portfolio for the Progression Panel as a PDF"), exportPdfCommand},
        {"case", QT_TRANSLATE_NOOP("Cli", "progression cases: submit, decide stage by stage, withdraw, decision letter"), caseCommand},
        {"verify", QT_TRANSLATE_NOOP("Cli", "recompute the record chain and name any record changed behind Waymark's back"), verifyCommand},
        {"rebuild-index", QT_TRANSLATE_NOOP("Cli", "make the search index of the evidence again from the records, when it is damaged"), rebuildIndexCommand},
        {"verify-pdf", QT_TRANSLATE_NOOP("Cli", "check a PDF's record chain head and case snapshot against the portfolio"), verifyPdfCommand},
        {"import-framework", QT_TRANSLATE_NOOP("Cli", "convert a Moodle CSV, Mahara matrix or CASE package to a pathway file"), importFrameworkCommand},
        {"export-framework", QT_TRANSLATE_NOOP("Cli", "write a pathway as a CASE 1.1 package"), exportFrameworkCommand},
        {"team", QT_TRANSLATE_NOOP("Cli", "set up a team server: its people and who supervises or reads whom"), teamCommand},
        {"caseload", QT_TRANSLATE_NOOP("Cli", "on a team server: the portfolios assigned to you, their readiness and reviews"), caseloadCommand},
    };
    return all;
}

bool parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& verb,
                    const QString& description, Context& ctx, int* exitCode)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    parser.addOption(help);
    QStringList full = args;
    full.prepend(QStringLiteral("waymark-cli ") + verb);
    if (!parser.parse(full)) {
        ctx.err << "waymark-cli " << verb << ": " << parser.errorText() << "\n"
                << Cli::tr("Try 'waymark-cli %1 --help'.\n").arg(verb);
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
