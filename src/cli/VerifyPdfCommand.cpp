#include "CliSupport.h"

#include "waymark/PdfVerifier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

namespace {

QJsonArray idsJson(const QList<qint64>& ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out << id;
    return out;
}

} // namespace

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
                                  {QStringLiteral("evidenceChanged"), v.listsEvidence ? QJsonValue(idsJson(v.evidenceChanged)) : QJsonValue()},
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
    if (!v.evidenceChanged.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(v.evidenceChanged))
            ids << QStringLiteral("E%1").arg(id);
        ctx.out << Cli::tr("%n evidence item(s) the PDF printed differ from the portfolio now (edited, deleted or purged since): %1.\n",
                           nullptr, int(ids.size())).arg(ids.join(QStringLiteral(", ")));
    } else if (v.listsEvidence) {
        ctx.out << Cli::tr("Every evidence item the PDF printed is as it is in the portfolio now.\n");
    }
    printChain(ctx.out, v.chain);
    return ok ? exitOk : exitFailed;
}

} // namespace waymark::cli
