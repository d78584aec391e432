#include "CliSupport.h"

#include "waymark/AnonymisationCheck.h"
#include "waymark/PanelReport.h"


namespace waymark::cli {

int exportPdfCommand(Context& ctx, const QStringList& args)
{
    Invocation inv(ctx, QStringLiteral("export-pdf"));
    inv.positional(Cli::tr("OUT.pdf"), Cli::tr("Where to write the PDF."));
    const auto exclude = inv.option(QStringLiteral("exclude"), Cli::tr("Leave this evidence out (repeatable)."), QStringLiteral("ID"));
    const auto target = inv.option(QStringLiteral("target"), Cli::tr("The step the panel judges (default: your target step)."), QStringLiteral("STEP"));
    const auto accept = inv.option(QStringLiteral("accept-findings"), Cli::tr("Export although the anonymisation check found likely personal data;\nthe cover says so."));
    const auto allSteps = inv.option(QStringLiteral("all-steps"), Cli::tr("Show every step in the competency matrix (default: the current and target\nsteps, or the role profile)."));
    const auto today = inv.option(QStringLiteral("today"), Cli::tr("Export as on this date, YYYY-MM-DD (default: today)."), QStringLiteral("DATE"));
    const auto caseOption = inv.option(QStringLiteral("case"), Cli::tr("Print this progression case as its snapshot froze it (default: the\n"
                                                                       "latest case for the target, unless it was withdrawn)."), QStringLiteral("N"));
    const auto live = inv.option(QStringLiteral("live"), Cli::tr("Print the portfolio as it is now, even when a case is submitted: a\n"
                                                                 "working copy, which says on every page that it is not the case."));
    if (!inv.parse(args, Cli::tr("Writes the portfolio for the Progression Panel as a PDF. When a case is submitted or decided,\n"
                                        "the PDF prints the case as its snapshot froze it: the evidence at the versions submitted,\n"
                                        "marked where the portfolio changed since. The anonymisation check runs first over every\n"
                                        "text the PDF shows; while it has unresolved findings nothing is written unless\n"
                                        "--accept-findings is given (see 'waymark-cli anonymity check').")))
        return exitOk;
    const QString out = inv.positionals(1, 1, Cli::tr("the PDF file to write")).first();
    PanelReportOptions options;
    for (const QString& id : inv.values(exclude))
        options.excludedEvidence << inv.parseId(id, QStringLiteral("--exclude"));
    options.targetStep = inv.value(target);
    options.today = inv.isSet(today) ? inv.date(today) : QDate::currentDate();
    options.acceptFindings = inv.isSet(accept);
    options.allSteps = inv.isSet(allSteps);
    if (inv.isSet(caseOption))
        options.caseId = inv.parseId(inv.value(caseOption), QStringLiteral("--case"));
    options.live = inv.isSet(live);
    if (options.live && options.caseId > 0)
        inv.usage(Cli::tr("--case prints a case as frozen and --live the portfolio as it is now: choose one."));

    PanelReport report(inv.store(), ctx.library(), options);
    PanelReportResult result;
    QString error;
    const bool written = report.writePdf(out, &result, &error);
    QList<AnonymisationFinding> open;
    for (const AnonymisationFinding& f : std::as_const(result.findings))
        if (!f.resolved())
            open << f;
    printFindings(ctx.err, open);
    if (!written && !open.isEmpty() && !options.acceptFindings)
        inv.fail(error + Cli::tr(" Edit the text, keep or redact each finding ('waymark-cli anonymity'), leave the evidence "
                                        "out with --exclude, or export anyway with --accept-findings."));
    if (!written)
        inv.fail(error);
    if (!open.isEmpty())
        ctx.err << Cli::tr("Exported with %1 unresolved finding(s), as --accept-findings asks; the cover says so.\n").arg(open.size());
    ctx.out << Cli::tr("Wrote %1: %2 pages, %3 evidence item(s).\n").arg(out, QString::number(result.pages), QString::number(result.evidenceIncluded));
    return exitOk;
}

} // namespace waymark::cli
