#include "CliSupport.h"

#include "waymark/Readiness.h"

#include <QJsonObject>

namespace waymark::cli {

int stagesCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("stages"));
    const auto pathway = inv.option(QStringLiteral("pathway"), Cli::tr("Only this pathway (default: see above)."), QStringLiteral("ID"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the stages as JSON."));
    if (!inv.parse(args, Cli::tr("Shows the stage each capability has reached (below engaged, engaged, established,\n"
                                        "accomplished, exemplary) and the indicators still to be signed off for the next stage.\n"
                                        "Stages are progressive: a stage counts once every indicator up to it is reached.\n"
                                        "Without --pathway it shows every pathway with staged capabilities that matters to\n"
                                        "you: your own pathway, the pathways its rules and role profiles draw on (an\n"
                                        "employer's pathway may ask for SSSC capabilities), and any pathway you have\n"
                                        "evidence or sign-offs for.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    const PortfolioFacts facts = inv.store().facts();
    QStringList ids;
    if (inv.isSet(pathway)) {
        const Pathway& p = inv.pathwayOf({inv.value(pathway), QString()});
        if (ReadinessEngine::capabilityStages(p, facts).isEmpty())
            inv.usage(Cli::tr("%1 has no capabilities with stages.").arg(p.id));
        ids << p.id;
    } else {
        ids = ReadinessEngine(ctx.library(), QDate::currentDate()).stagedPathwaysInUse(facts);
        if (ids.isEmpty())
            inv.usage(Cli::tr("none of your pathways has capabilities with stages; name one with --pathway (see 'waymark-cli pathways')."));
    }
    QJsonArray all;
    for (const QString& id : ids) {
        const Pathway& p = *ctx.library().find(id);
        const QList<CapabilityStage> stages = ReadinessEngine::capabilityStages(p, facts);
        if (inv.isSet(json)) {
            all << capabilityStagesToJson(p, stages);
            continue;
        }
        if (id != ids.first())
            ctx.out << "\n";
        ctx.out << p.title << " (" << p.id << ")\n";
        for (const CapabilityStage& c : stages) {
            ctx.out << "\n  " << c.title << ": " << stageTitle(p, c.stage) << "\n";
            if (c.nextStage < 0) {
                ctx.out << Cli::tr("    At the highest stage.\n");
                continue;
            }
            ctx.out << Cli::tr("    Still to reach for %1 (%2):\n").arg(p.stages[c.nextStage].title.toLower(), QString::number(c.missingForNext.size()));
            for (const ItemRef& r : c.missingForNext)
                ctx.out << "      - " << r.toString() << "\n" << indentText(p.statementOf(r.itemId), QStringLiteral("        "));
        }
    }
    if (inv.isSet(json))
        inv.printJson(all);
    return exitOk;
}

} // namespace waymark::cli
