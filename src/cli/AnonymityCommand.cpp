#include "CliSupport.h"

#include "waymark/AnonymisationCheck.h"

#include <QJsonArray>
#include <QJsonObject>

namespace waymark::cli {

QJsonArray findingsJson(const QList<AnonymisationFinding>& findings)
{
    QJsonArray out;
    for (const AnonymisationFinding& f : findings)
        out << QJsonObject{{QStringLiteral("evidenceId"), f.evidenceId},
                           {QStringLiteral("evidenceVersion"), f.evidenceVersion},
                           {QStringLiteral("evidenceTitle"), f.evidenceTitle},
                           {QStringLiteral("field"), f.field},
                           {QStringLiteral("kind"), findingKindId(f.kind)},
                           {QStringLiteral("match"), f.match},
                           {QStringLiteral("context"), f.context},
                           {QStringLiteral("key"), f.key()},
                           {QStringLiteral("confirmed"), f.confirmed}};
    return out;
}

void printFindings(QTextStream& out, const QList<AnonymisationFinding>& findings)
{
    for (const AnonymisationFinding& f : findings)
        out << QStringLiteral("E%1 %2 (%3): %4%5\n    %6\n    confirm with: waymark-cli anonymity confirm %1 \"%7\"\n")
                   .arg(f.evidenceId).arg(f.evidenceTitle, f.field, findingKindTitle(f.kind),
                        f.confirmed ? QStringLiteral(" [confirmed]") : QString(), f.context, f.key());
}

namespace {

int anonymityCheck(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), QStringLiteral("Print the findings as JSON."));
    if (!inv.parse(args, QStringLiteral("Scans your live evidence for likely personal data of people who use services: NHS numbers,\n"
                                        "National Insurance numbers, postcodes, phone numbers, e-mail addresses, dates of birth and\n"
                                        "the names on your list. Exits 1 while any finding is unresolved.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("no arguments"));
    const QList<AnonymisationFinding> findings = AnonymisationCheck::scanPortfolio(inv.store());
    const int unresolved = AnonymisationCheck::unresolvedCount(findings);
    if (inv.isSet(json)) {
        inv.printJson(QJsonObject{{QStringLiteral("findings"), findingsJson(findings)}, {QStringLiteral("unresolved"), unresolved}});
    } else {
        printFindings(ctx.out, findings);
        ctx.out << QStringLiteral("%1 finding(s), %2 unresolved. Edit the evidence, or confirm a finding you mean to keep.\n")
                       .arg(findings.size()).arg(unresolved);
    }
    return unresolved == 0 ? exitOk : exitFailed;
}

int anonymityConfirm(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("EVIDENCE_ID"), QStringLiteral("The evidence the finding is in."));
    inv.positional(QStringLiteral("KEY"), QStringLiteral("The finding's key, as 'anonymity check' prints it."));
    if (!inv.parse(args, QStringLiteral("Confirms deliberately that a finding may stay in this version of the evidence (for example a\n"
                                        "colleague's work e-mail). Editing the evidence asks again.")))
        return exitOk;
    const QStringList p = inv.positionals(2, 2, QStringLiteral("an evidence id and a finding key"));
    const qint64 id = inv.parseId(p[0], QStringLiteral("the evidence id"));
    PortfolioStore& store = inv.store();
    for (const AnonymisationFinding& f : AnonymisationCheck::scanEvidence(store, {id}))
        if (f.key() == p[1]) {
            inv.check(store.confirmFinding(f.evidenceId, f.evidenceVersion, f.key()));
            ctx.out << "Confirmed " << findingKindTitle(f.kind) << " \"" << f.match << "\" in E" << id << " (version " << f.evidenceVersion << ").\n";
            return exitOk;
        }
    inv.fail(QStringLiteral("evidence %1 has no finding \"%2\" (see 'waymark-cli anonymity check').").arg(id).arg(p[1]));
}

int anonymityNames(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto add = inv.option(QStringLiteral("add"), QStringLiteral("Add a name to the list."), QStringLiteral("NAME"));
    const auto remove = inv.option(QStringLiteral("remove"), QStringLiteral("Remove a name from the list."), QStringLiteral("NAME"));
    const auto json = inv.option(QStringLiteral("json"), QStringLiteral("Print the list as JSON."));
    if (!inv.parse(args, QStringLiteral("Shows or changes your list of names of people who use services, which the check looks for.")))
        return exitOk;
    inv.positionals(0, 0, QStringLiteral("options only"));
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
                    QStringLiteral("The anonymisation check that runs before any export for the panel."),
                    {{QStringLiteral("check"), QStringLiteral("scan the evidence and list what was found"), anonymityCheck},
                     {QStringLiteral("confirm"), QStringLiteral("keep a finding deliberately"), anonymityConfirm},
                     {QStringLiteral("names"), QStringLiteral("show or change the list of names to look for"), anonymityNames}},
                    args);
}

} // namespace waymark::cli
