#include "CliSupport.h"

#include "waymark/Caseload.h"

namespace waymark::cli {

int caseloadCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("caseload"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the list as JSON."));
    if (!inv.parse(args, Cli::tr("On a team server (--server): the people whose portfolios are assigned to you, to\n"
                                 "supervise or to read, each with their readiness for their next step and the items\n"
                                 "they have marked ready for your review. Open one with --worker LOGIN.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    if (ctx.serverUri.isEmpty())
        inv.usage(Cli::tr("a caseload is kept on a team server; give --server URI."));
    const QList<CaseloadEntry> entries = Caseload::read(inv.store(), ctx.library(), QDate::currentDate());
    if (inv.isSet(json)) {
        inv.printJson(Caseload::toJson(entries));
        return exitOk;
    }
    if (entries.isEmpty()) {
        ctx.out << Cli::tr("No portfolio is assigned to %1 yet; the team's administrator assigns them ('team assign').\n")
                       .arg(inv.store().signedInAs());
        return exitOk;
    }
    for (const CaseloadEntry& e : entries) {
        const QString relation = e.person.relation == AssignedPortfolio::Relation::Supervisor ? Cli::tr("you supervise")
                                                                                            : Cli::tr("you read");
        ctx.out << e.person.name << " (" << e.person.login << ", " << relation << ")\n";
        if (!e.error.isEmpty()) {
            ctx.out << "  " << e.error << "\n";
            continue;
        }
        ctx.out << "  " << readinessVerdictTitle(e.readiness.verdict) << ": " << e.readiness.summary << "\n";
        if (e.awaitingReview > 0)
            ctx.out << "  " << Cli::tr("%n item(s) awaiting review", nullptr, e.awaitingReview) << "\n";
        if (e.toReconfirm > 0)
            ctx.out << "  " << Cli::tr("%n sign-off(s) to re-confirm: the evidence changed", nullptr, e.toReconfirm) << "\n";
    }
    return exitOk;
}

} // namespace waymark::cli
