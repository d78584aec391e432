#include "CliSupport.h"

#include "waymark/PdfVerifier.h"

#include <QJsonObject>

namespace waymark::cli {

int verifyPdfCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("verify-pdf"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    inv.positional(Cli::tr("FILE.pdf"), Cli::tr("A panel PDF or decision letter Waymark wrote."));
    if (!inv.parse(args, Cli::tr("Checks a PDF Waymark wrote against the open portfolio: whether the record chain head and\n"
                                 "the case snapshot it prints are this portfolio's, and whether the portfolio's chain is\n"
                                 "still intact. Exit status 1 when the PDF does not match or the chain is broken.")))
        return exitOk;
    const QString path = inv.positionals(1, 1, Cli::tr("the PDF file")).first();
    PdfVerification v;
    QString error;
    if (!PdfVerifier::verify(inv.store(), path, &v, &error))
        inv.fail(error);
    const bool ok = v.matchesPortfolio() && v.chain.intact();
    if (inv.isSet(json)) {
        inv.printJson(QJsonObject{{QStringLiteral("matches"), v.matchesPortfolio()},
                                  {QStringLiteral("chainHead"), v.chainHead},
                                  {QStringLiteral("chainPosition"), v.chainPosition},
                                  {QStringLiteral("snapshotSha256"), v.snapshotSha256},
                                  {QStringLiteral("snapshotCase"), v.snapshotCase > 0 ? QJsonValue(v.snapshotCase) : QJsonValue()},
                                  {QStringLiteral("chain"), chainJson(v.chain)}});
        return ok ? exitOk : exitFailed;
    }
    if (v.chainPosition < 0)
        ctx.out << Cli::tr("The PDF does not match this portfolio: its record chain head %1 is not in the portfolio's chain.\n")
                       .arg(v.chainHead);
    else if (v.chainPosition == v.chain.length)
        ctx.out << Cli::tr("The PDF's record chain head is this portfolio's current head.\n");
    else
        ctx.out << Cli::tr("The PDF's record chain head is record %1 of this portfolio's chain; %2 record(s) were added since "
                           "the PDF was written.\n").arg(v.chainPosition).arg(v.chain.length - v.chainPosition);
    if (!v.snapshotSha256.isEmpty())
        ctx.out << (v.snapshotCase > 0 ? Cli::tr("Its case snapshot is case %1's, frozen in this portfolio.\n").arg(v.snapshotCase)
                                       : Cli::tr("Its case snapshot %1 is not in this portfolio.\n").arg(v.snapshotSha256));
    printChain(ctx.out, v.chain);
    return ok ? exitOk : exitFailed;
}

} // namespace waymark::cli
