#include "CliSupport.h"

#include <QFileInfo>

namespace waymark::cli {

namespace {

QString evidenceRecords(int n)
{
    return n == 1 ? Cli::tr("1 evidence record") : Cli::tr("%1 evidence records").arg(n);
}

} // namespace

int exportArchiveCommand(Context& ctx, const QStringList& args)
{
    try {
        Invocation inv(ctx, QStringLiteral("export-archive"));
        const auto force = inv.option(QStringLiteral("force"), Cli::tr("Replace FILE if it exists."));
        inv.positional(QStringLiteral("FILE"), Cli::tr("The archive to write."));
        if (!inv.parse(args, Cli::tr("Writes the whole portfolio (every record, version and attachment) to one\n"
                                            "self-contained archive file, for a backup or to hand to a panel. Bring it back\n"
                                            "with 'waymark-cli import-archive'.")))
            return exitOk;
        const QString file = inv.positionals(1, 1, Cli::tr("the archive file to write")).first();
        if (QFileInfo(file).isDir())
            inv.fail(Cli::tr("%1 is a folder; give a file name.").arg(file));
        if (QFileInfo::exists(file) && !inv.isSet(force))
            inv.fail(Cli::tr("%1 already exists; give --force to replace it.").arg(file));
        PortfolioStore& store = inv.store();
        inv.check(store.exportArchive(file));
        ctx.out << Cli::tr("Exported %1 to %2 (%3).\n").arg(store.path(), file, evidenceRecords(store.evidenceCount(true)));
        return exitOk;
    } catch (const CliExit& e) {
        return e.code;
    }
}

int importArchiveCommand(Context& ctx, const QStringList& args)
{
    try {
        Invocation inv(ctx, QStringLiteral("import-archive"));
        inv.positional(QStringLiteral("ARCHIVE"), Cli::tr("An archive written by 'waymark-cli export-archive'."));
        inv.positional(Cli::tr("NEW_PORTFOLIO_FILE"), Cli::tr("The portfolio to create; it must not exist yet. Not with --server."));
        if (!inv.parse(args, Cli::tr("Creates a new portfolio from an archive, after checking it. Never overwrites a\n"
                                            "file; the global --portfolio option is not used. With --server, moves the\n"
                                            "archive onto the team server instead, into your portfolio there (or --worker's),\n"
                                            "which must still be empty; supervisors' decisions in it can be brought in only\n"
                                            "by the team's administrator, and are marked as not signed in.")))
            return exitOk;
        if (!ctx.serverUri.isEmpty()) {
            const QString archive = inv.positionals(1, 1, Cli::tr("the archive")).first();
            PortfolioStore& store = inv.store();
            inv.check(store.importArchiveHere(archive));
            ctx.out << Cli::tr("Imported %1 into the portfolio of %2 on %3 (%4).\n")
                           .arg(archive, store.owner(), store.path(), evidenceRecords(store.evidenceCount(true)));
            return exitOk;
        }
        const QStringList pos = inv.positionals(2, 2, Cli::tr("the archive and the new portfolio file"));
        QString error;
        if (!PortfolioStore::importArchive(pos[0], pos[1], &error))
            inv.fail(error);
        PortfolioStore imported;
        if (!imported.open(pos[1], PortfolioStore::OpenMode::ReadOnly))
            inv.fail(imported.errorString());
        ctx.out << Cli::tr("Imported %1 into %2 (%3).\n").arg(pos[0], pos[1], evidenceRecords(imported.evidenceCount(true)));
        return exitOk;
    } catch (const CliExit& e) {
        return e.code;
    }
}

} // namespace waymark::cli
