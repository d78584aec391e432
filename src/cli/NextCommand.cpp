#include "CliSupport.h"

#include "waymark/NextSteps.h"

namespace waymark::cli {

int nextCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("next"));
    const auto today = inv.option(QStringLiteral("today"), Cli::tr("Judge as on this date, YYYY-MM-DD (default: today)."), QStringLiteral("DATE"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the steps as JSON: kind, text and the items of each."));
    if (!inv.parse(args, Cli::tr("What to do next towards your target step: whom to ask to sign off what, what needs\n"
                                 "re-confirming or evidence, what your profile lacks, or, once ready, the panel's PDF.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    PortfolioStore& store = inv.store();
    const QDate on = inv.isSet(today) ? inv.date(today) : QDate::currentDate();
    const PortfolioFacts facts = store.facts(inv.isSet(today) ? on : QDate());
    const ReadinessReport report = ReadinessEngine(ctx.library(), on).evaluateTarget(facts);
    const QList<NextStep> steps = nextSteps(report, facts, ctx.library());
    if (inv.isSet(json)) {
        inv.printJson(nextStepsToJson(steps));
        return exitOk;
    }
    for (const NextStep& step : steps) {
        ctx.out << QStringLiteral("- ") << step.text << Qt::endl;
        for (const ItemRef& item : step.items)
            ctx.out << QStringLiteral("    ") << item.toString() << Qt::endl;
    }
    return exitOk;
}

} // namespace waymark::cli
