#include "CliSupport.h"

#include "waymark/Readiness.h"

namespace waymark::cli {

int readinessCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("readiness"));
    const auto target = inv.option(QStringLiteral("target"), Cli::tr("A step or role profile to judge readiness for (default: your "
                                                                            "target, or the step after your current one)."), QStringLiteral("ID"));
    const auto pathway = inv.option(QStringLiteral("pathway"), Cli::tr("The pathway of --target or --profile (default: yours)."), QStringLiteral("ID"));
    const auto profile = inv.option(QStringLiteral("profile"), Cli::tr("A role profile to judge readiness for instead of a step."), QStringLiteral("ID"));
    const auto today = inv.option(QStringLiteral("today"), Cli::tr("Judge as on this date, YYYY-MM-DD (default: today): only what is dated\n"
                                                                          "on or before it counts, as a panel would have seen it then."), QStringLiteral("DATE"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the verdict and its tree as JSON."));
    if (!inv.parse(args, Cli::tr("Says whether you are ready for a step (or a role profile), and why: what is met, what is\n"
                                        "missing, what learning would close the gap, and when time-based requirements will be met.\n"
                                        "Any step of any loaded pathway can be asked about (\"what if\").")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    if (inv.isSet(target) && inv.isSet(profile))
        inv.usage(Cli::tr("give --target or --profile, not both."));
    PortfolioStore& store = inv.store();
    const QDate on = inv.isSet(today) ? inv.date(today) : QDate::currentDate();
    const PortfolioFacts facts = store.facts(inv.isSet(today) ? on : QDate());
    const ReadinessEngine engine(ctx.library(), on);
    const QString pathwayId = inv.isSet(pathway) ? inv.value(pathway) : facts.worker.pathwayId;
    if ((inv.isSet(target) || inv.isSet(profile)) && !ctx.library().find(pathwayId))
        inv.usage(pathwayId.isEmpty() ? Cli::tr("say which pathway with --pathway, or set yours with 'waymark-cli profile set --pathway'.")
                                      : Cli::tr("no pathway \"%1\" is loaded (see 'waymark-cli pathways').").arg(pathwayId));
    ReadinessReport report;
    if (inv.isSet(profile))
        report = engine.evaluateRoleProfile(facts, pathwayId, inv.value(profile));
    else if (inv.isSet(target))
        report = engine.evaluateTargetOf(facts, pathwayId, inv.value(target));
    else
        report = engine.evaluateTarget(facts);
    if (!report.error.isEmpty())
        inv.usage(report.error);
    if (inv.isSet(json))
        inv.printJson(readinessToJson(report));
    else
        ctx.out << describeReadiness(report);
    return exitOk;
}

} // namespace waymark::cli
