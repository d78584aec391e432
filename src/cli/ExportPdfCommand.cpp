#include "CliSupport.h"

#include "waymark/AnonymisationCheck.h"
#include "waymark/PanelReport.h"


namespace waymark::cli {

int exportPdfCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("export-pdf"));
    inv.positional(QStringLiteral("OUT.pdf"), QStringLiteral("Where to write the PDF."));
    const auto exclude = inv.option(QStringLiteral("exclude"), QStringLiteral("Leave this evidence out (repeatable)."), QStringLiteral("ID"));
    const auto target = inv.option(QStringLiteral("target"), QStringLiteral("The step the panel judges (default: your target step)."), QStringLiteral("STEP"));
    const auto accept = inv.option(QStringLiteral("accept-findings"), QStringLiteral("Export although the anonymisation check found likely personal data."));
    const auto today = inv.option(QStringLiteral("today"), QStringLiteral("Export as on this date, YYYY-MM-DD (default: today)."), QStringLiteral("DATE"));
    if (!inv.parse(args, QStringLiteral("Writes the portfolio for the Progression Panel as a PDF. The anonymisation check runs first\n"
                                        "over the evidence included; while it has unresolved findings nothing is written unless\n"
                                        "--accept-findings is given (see 'waymark-cli anonymity check').")))
        return exitOk;
    const QString out = inv.positionals(1, 1, QStringLiteral("the PDF file to write")).first();
    PortfolioStore& store = inv.store();
    PanelReportOptions options;
    for (const QString& id : inv.values(exclude))
        options.excludedEvidence << inv.parseId(id, QStringLiteral("--exclude"));
    options.targetStep = inv.value(target);
    options.today = inv.isSet(today) ? inv.date(today) : QDate::currentDate();

    QList<qint64> included;
    for (const Evidence& e : store.findEvidence())
        if (!options.excludedEvidence.contains(e.id))
            included << e.id;
    const QList<AnonymisationFinding> findings = AnonymisationCheck::scanEvidence(store, included);
    const int unresolved = AnonymisationCheck::unresolvedCount(findings);
    if (unresolved > 0) {
        QList<AnonymisationFinding> open;
        for (const AnonymisationFinding& f : findings)
            if (!f.confirmed)
                open << f;
        printFindings(ctx.err, open);
        if (!inv.isSet(accept))
            inv.fail(QStringLiteral("%1 likely piece(s) of personal data found; nothing was written. Edit the evidence, confirm each "
                                    "finding you mean to keep, leave the evidence out with --exclude, or export anyway with "
                                    "--accept-findings.").arg(unresolved));
        ctx.err << "Exporting with " << unresolved << " unresolved finding(s), as --accept-findings asks.\n";
    }
    PanelReport report(store, ctx.library(), options);
    PanelReportResult result;
    QString error;
    if (!report.writePdf(out, &result, &error))
        inv.fail(error);
    ctx.out << "Wrote " << out << ": " << result.pages << " pages, " << result.evidenceIncluded << " evidence item(s).\n";
    return exitOk;
}

} // namespace waymark::cli
