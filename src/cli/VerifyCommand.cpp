#include "CliSupport.h"

namespace waymark::cli {

int verifyCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("verify"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    if (!inv.parse(args, Cli::tr("Recomputes the hash chain over the portfolio's judgements and case records, and each case\n"
                                 "snapshot's SHA-256, and names every record changed, removed or added behind Waymark's\n"
                                 "back. Exit status 1 when the chain is broken.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const ChainReport report = inv.store().verifyChain();
    if (inv.isSet(json))
        inv.printJson(chainJson(report));
    else
        printChain(ctx.out, report);
    return report.intact() ? exitOk : exitFailed;
}

} // namespace waymark::cli
