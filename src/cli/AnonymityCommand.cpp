#include "CliSupport.h"

#include "waymark/AnonymisationCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

QJsonArray findingsJson(const QList<AnonymisationFinding>& findings)
{
    QJsonArray out;
    for (const AnonymisationFinding& f : findings)
        out << QJsonObject{{QStringLiteral("record"), f.record},
                           {QStringLiteral("recordVersion"), f.recordVersion},
                           {QStringLiteral("recordTitle"), f.recordTitle},
                           {QStringLiteral("evidenceId"), f.evidenceId},
                           {QStringLiteral("field"), f.field},
                           {QStringLiteral("kind"), findingKindId(f.kind)},
                           {QStringLiteral("match"), f.match},
                           {QStringLiteral("context"), f.context},
                           {QStringLiteral("key"), f.key()},
                           {QStringLiteral("confirmed"), f.confirmed},
                           {QStringLiteral("redacted"), f.redacted}};
    return out;
}

void printFindings(QTextStream& out, const QList<AnonymisationFinding>& findings)
{
    for (const AnonymisationFinding& f : findings) {
        const QString state = f.redacted ? Cli::tr(" [redacted in the panel copy]") : f.confirmed ? QStringLiteral(" [kept]") : QString();
        out << QStringLiteral("%1 (%2) %3: \"%4\"%5\n    %6\n").arg(f.recordTitle, f.field, findingKindTitle(f.kind), f.match, state, f.context);
        if (!f.resolved())
            out << Cli::tr("    keep it:   waymark-cli anonymity confirm %1 \"%2\"\n"
                                  "    redact it: waymark-cli anonymity redact %1 \"%2\"\n").arg(f.record, f.key());
    }
}

namespace {

int anonymityCheck(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the findings as JSON."));
    const auto exclude = inv.option(QStringLiteral("exclude"), Cli::tr("Leave this evidence out, as export-pdf would (repeatable)."), QStringLiteral("ID"));
    if (!inv.parse(args, Cli::tr("Scans every text the panel PDF shows (evidence with its source, mapping notes and attachment\n"
                                        "names, comments, judgements, the learning plan and the CPD log) for likely personal data of\n"
                                        "people who use services: NHS numbers, National Insurance numbers, postcodes, street addresses,\n"
                                        "phone numbers, e-mail addresses, dates of birth, children's ages, names after a title (Mrs Okafor)\n"
                                        "and the names on your list. Exits 1 while any finding is unresolved: keep it (confirm) or redact\n"
                                        "it in the panel copy (redact).")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    QList<qint64> excluded;
    for (const QString& id : inv.values(exclude))
        excluded << inv.parseId(id, QStringLiteral("--exclude"));
    const QList<AnonymisationFinding> findings = AnonymisationCheck::scanPanel(inv.store(), excluded);
    const int unresolved = AnonymisationCheck::unresolvedCount(findings);
    if (inv.isSet(json)) {
        inv.printJson(QJsonObject{{QStringLiteral("findings"), findingsJson(findings)}, {QStringLiteral("unresolved"), unresolved}});
    } else {
        printFindings(ctx.out, findings);
        ctx.out << Cli::tr("%1 finding(s), %2 unresolved. Edit the text, keep a finding you mean to keep, or redact it in the panel copy.\n")
                       .arg(findings.size()).arg(unresolved);
    }
    return unresolved == 0 ? exitOk : exitFailed;
}

// 'confirm' and 'redact': one decision on one finding of one record.
int anonymityDecide(Context& ctx, const QStringList& args, const QString& verb, FindingDecision decision)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("RECORD"), Cli::tr("The record the finding is in, as 'anonymity check' prints it (evidence:12, comment:3;\n"
                                                           "a number alone is evidence)."));
    inv.positional(QStringLiteral("KEY"), Cli::tr("The finding's key, as 'anonymity check' prints it."));
    const QString help = decision == FindingDecision::Keep
        ? Cli::tr("Keeps a finding deliberately (for example a colleague's work e-mail). For evidence it holds for\n"
                         "this version: editing the evidence asks again.")
        : Cli::tr("Redacts a finding in the panel copy: the PDF shows [redacted] in its place. The record itself is\n"
                         "not changed, so sign-offs that relied on it stay as they are.");
    if (!inv.parse(args, help))
        return exitOk;
    const QStringList p = inv.positionals(2, 2, Cli::tr("a record and a finding key"));
    bool number = false;
    p[0].toLongLong(&number);
    const QString record = number ? QStringLiteral("evidence:") + p[0] : p[0];
    PortfolioStore& store = inv.store();
    for (const AnonymisationFinding& f : AnonymisationCheck::scanPanel(store))
        if (f.record == record && f.key() == p[1]) {
            inv.check(store.decideFinding(f.record, f.recordVersion, f.key(), decision));
            ctx.out << (decision == FindingDecision::Keep ? "Kept " : "Redacted in the panel copy: ") << findingKindTitle(f.kind) << " \""
                    << f.match << "\" in " << f.recordTitle << ".\n";
            return exitOk;
        }
    inv.fail(Cli::tr("%1 has no finding \"%2\" (see 'waymark-cli anonymity check').").arg(record, p[1]));
}

int anonymityConfirm(Context& ctx, const QStringList& args, const QString& verb)
{
    return anonymityDecide(ctx, args, verb, FindingDecision::Keep);
}

int anonymityRedact(Context& ctx, const QStringList& args, const QString& verb)
{
    return anonymityDecide(ctx, args, verb, FindingDecision::Redact);
}

int anonymityNames(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto add = inv.option(QStringLiteral("add"), Cli::tr("Add a name to the list."), QStringLiteral("NAME"));
    const auto remove = inv.option(QStringLiteral("remove"), Cli::tr("Remove a name from the list."), QStringLiteral("NAME"));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the list as JSON."));
    if (!inv.parse(args, Cli::tr("Shows or changes your list of names of people who use services, which the check looks for.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    PortfolioStore& store = inv.store();
    QStringList names = store.privateNames();
    if (inv.isSet(add) || inv.isSet(remove)) {
        names << inv.values(add);
        for (const QString& r : inv.values(remove))
            names.removeIf([&](const QString& n) { return n.compare(r.simplified(), Qt::CaseInsensitive) == 0; });
        inv.check(store.setPrivateNames(names));
        names = store.privateNames();
    }
    if (inv.isSet(json))
        inv.printJson(QJsonArray::fromStringList(names));
    else
        for (const QString& n : names)
            ctx.out << n << "\n";
    return exitOk;
}

} // namespace

int anonymityCommand(Context& ctx, const QStringList& args)
{
    return dispatch(ctx, QStringLiteral("anonymity"),
                    Cli::tr("The anonymisation check that runs before any export for the panel."),
                    {{QStringLiteral("check"), Cli::tr("scan the evidence and list what was found"), anonymityCheck},
                     {QStringLiteral("confirm"), Cli::tr("keep a finding deliberately"), anonymityConfirm},
                     {QStringLiteral("redact"), Cli::tr("show [redacted] for a finding in the panel copy"), anonymityRedact},
                     {QStringLiteral("names"), Cli::tr("show or change the list of names to look for"), anonymityNames}},
                    args);
}

} // namespace waymark::cli
