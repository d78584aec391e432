#include "CliSupport.h"

#include "waymark/RegulatorCpd.h"
#include "waymark/RegulatorReport.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace waymark::cli {

namespace {

// The fields of a CPD record, shared by add and update.
struct CpdOptions
{
    QCommandLineOption date, activity, hours, notes, evidence, type, relevance, learnt, impactPractice, impactPeople, peer, element;

    CpdOptions(Invocation& inv, bool adding)
        : date(inv.option(QStringLiteral("date"), adding ? Cli::tr("Date of the activity, YYYY-MM-DD (required).") : Cli::tr("Date of the activity, YYYY-MM-DD."), QStringLiteral("DATE")))
        , activity(inv.option(QStringLiteral("activity"), adding ? Cli::tr("What was done (required).") : Cli::tr("What was done."), QStringLiteral("TEXT")))
        , hours(inv.option(QStringLiteral("hours"), adding ? Cli::tr("Hours spent, e.g. 1.5 (required).") : Cli::tr("Hours spent, e.g. 1.5."), QStringLiteral("H")))
        , notes(inv.option(QStringLiteral("notes"), Cli::tr("Notes."), QStringLiteral("TEXT")))
        , evidence(inv.option(QStringLiteral("evidence"), Cli::tr("The evidence that records it (0: none)."), QStringLiteral("ID")))
        , type(inv.option(QStringLiteral("type"), Cli::tr("The type of CPD (e.g. \"Work-based learning\", \"Course or training\")."), QStringLiteral("TEXT")))
        , relevance(inv.option(QStringLiteral("relevance"), Cli::tr("Why it is relevant to your practice."), QStringLiteral("TEXT")))
        , learnt(inv.option(QStringLiteral("learnt"), Cli::tr("What you learnt."), QStringLiteral("TEXT")))
        , impactPractice(inv.option(QStringLiteral("impact-practice"), Cli::tr("Its impact on your practice (the SSSC's contribution to practice)."), QStringLiteral("TEXT")))
        , impactPeople(inv.option(QStringLiteral("impact-people"), Cli::tr("Its impact on the people you work with."), QStringLiteral("TEXT")))
        , peer(inv.option(QStringLiteral("peer-reflection"), Cli::tr("What you learnt from discussing it with a peer."), QStringLiteral("TEXT")))
        , element(inv.option(QStringLiteral("element"), Cli::tr("The SSSC core learning element it covers."), QStringLiteral("TEXT")))
    {
    }

    // Sets on c what the command line gives; the rest of c stays.
    void apply(const Invocation& inv, CpdEntry& c) const
    {
        if (inv.isSet(date))
            c.date = inv.date(date);
        if (inv.isSet(activity))
            c.activity = inv.value(activity).trimmed();
        if (inv.isSet(hours)) {
            bool ok = false;
            const QString hoursText = inv.value(hours).trimmed();
            c.hours = hoursText.toDouble(&ok);
            if (!ok || !std::isfinite(c.hours) || c.hours < 0 || c.hours > 1000)
                inv.usage(Cli::tr("--hours must be a number of hours from 0 to 1000, like 1.5; \"%1\" is not.").arg(hoursText));
        }
        if (inv.isSet(evidence)) {
            const QString id = inv.value(evidence).trimmed();
            c.evidenceId = id == QLatin1String("0") ? 0 : inv.parseId(id, QStringLiteral("--evidence"));
            if (c.evidenceId != 0)
                inv.check(inv.store().evidence(c.evidenceId).has_value());
        }
        for (const auto& [option, field] : {std::pair{&notes, &c.notes}, {&type, &c.type}, {&relevance, &c.relevance},
                                            {&learnt, &c.learnt}, {&impactPractice, &c.impactPractice},
                                            {&impactPeople, &c.impactPeople}, {&peer, &c.peerReflection}, {&element, &c.learningElement}})
            if (inv.isSet(*option))
                *field = inv.value(*option);
    }
};

int cpdAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const CpdOptions options(inv, true);
    if (!inv.parse(args, Cli::tr("Adds an entry to the CPD log and prints its id.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    inv.requiredDate(options.date);
    inv.required(options.activity);
    inv.required(options.hours);
    CpdEntry c;
    options.apply(inv, c);
    ctx.out << inv.checkId(inv.store().addCpdEntry(c)) << "\n";
    return exitOk;
}

int cpdUpdate(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The entry's id (see 'waymark-cli cpd list')."));
    const CpdOptions options(inv, false);
    if (!inv.parse(args, Cli::tr("Changes the fields of a CPD entry that are given; the others stay.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one CPD entry id")).first(), Cli::tr("the CPD entry id"));
    const QList<CpdEntry> all = inv.store().cpdEntries();
    const auto it = std::find_if(all.begin(), all.end(), [id](const CpdEntry& c) { return c.id == id; });
    if (it == all.end())
        inv.fail(Cli::tr("There is no CPD entry %1.").arg(id));
    CpdEntry c = *it;
    options.apply(inv, c);
    inv.check(inv.store().updateCpdEntry(c));
    ctx.out << Cli::tr("Updated CPD entry %1.\n").arg(id);
    return exitOk;
}

int cpdList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the log and the total as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the CPD log, earliest first, with the total hours.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    const QList<CpdEntry> list = inv.store().cpdEntries();
    double total = 0;
    for (const CpdEntry& c : list)
        total += c.hours;
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const CpdEntry& c : list)
            a << QJsonObject{{QStringLiteral("id"), c.id},
                             {QStringLiteral("date"), dateJson(c.date)},
                             {QStringLiteral("activity"), c.activity},
                             {QStringLiteral("hours"), c.hours},
                             {QStringLiteral("notes"), c.notes},
                             {QStringLiteral("evidenceId"), c.evidenceId > 0 ? QJsonValue(c.evidenceId) : QJsonValue(QJsonValue::Null)},
                             {QStringLiteral("type"), c.type},
                             {QStringLiteral("relevance"), c.relevance},
                             {QStringLiteral("learnt"), c.learnt},
                             {QStringLiteral("impactPractice"), c.impactPractice},
                             {QStringLiteral("impactPeople"), c.impactPeople},
                             {QStringLiteral("peerReflection"), c.peerReflection},
                             {QStringLiteral("learningElement"), c.learningElement}};
        inv.printJson(QJsonObject{{QStringLiteral("entries"), a}, {QStringLiteral("totalHours"), total}});
        return exitOk;
    }
    if (list.isEmpty()) {
        ctx.out << Cli::tr("The CPD log is empty.\n");
        return exitOk;
    }
    QList<QStringList> rows;
    for (const CpdEntry& c : list)
        rows << QStringList{QString::number(c.id), dateText(c.date), hoursText(c.hours).rightJustified(5), c.activity,
                            c.evidenceId > 0 ? QString::number(c.evidenceId) : QStringLiteral("-")};
    printTable(ctx.out, {Cli::tr("ID"), Cli::tr("DATE"), Cli::tr("HOURS"), Cli::tr("ACTIVITY"),
                         Cli::tr("EVIDENCE")}, rows);
    ctx.out << (list.size() == 1 ? Cli::tr("\nTotal: %1 hours in 1 entry\n").arg(hoursText(total))
                               : Cli::tr("\nTotal: %1 hours in %2 entries\n").arg(hoursText(total)).arg(list.size()));
    return exitOk;
}

int cpdRemove(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The entry's id (see 'waymark-cli cpd list')."));
    if (!inv.parse(args, Cli::tr("Removes an entry from the CPD log.")))
        return exitOk;
    const qint64 id = inv.parseId(inv.positionals(1, 1, Cli::tr("one CPD entry id")).first(), Cli::tr("the CPD entry id"));
    inv.check(inv.store().removeCpdEntry(id));
    ctx.out << Cli::tr("Removed CPD entry %1.\n").arg(id);
    return exitOk;
}

// The regulator named by --regulator, or the one the profile's registration body names.
Regulator regulatorOption(const Invocation& inv, const QCommandLineOption& option)
{
    QStringList ids;
    for (Regulator r : allRegulators())
        ids << regulatorId(r);
    if (inv.isSet(option)) {
        Regulator r = Regulator::SocialWorkEngland;
        regulatorFromId(inv.oneOf(inv.value(option), QStringLiteral("--regulator"), ids), &r);
        return r;
    }
    const Worker worker = inv.store().worker();
    if (const std::optional<Regulator> r = RegulatorCpd::regulatorOf(worker))
        return *r;
    inv.usage(Cli::tr("say which regulator with --regulator (%1): the profile's registration body \"%2\" names none Waymark knows.")
                  .arg(ids.join(QStringLiteral(", ")), worker.registrationBody));
}

// --regulator, --year and --on, shared by check and export.
struct PeriodOptions
{
    QCommandLineOption regulator, year, on;

    explicit PeriodOptions(Invocation& inv)
        : regulator(inv.option(QStringLiteral("regulator"), Cli::tr("swe, hcpc or sssc (default: from the profile's registration body)."), QStringLiteral("R")))
        , year(inv.option(QStringLiteral("year"), Cli::tr("The registration (swe) or declaration (sssc) year ending in this year."), QStringLiteral("Y")))
        , on(inv.option(QStringLiteral("on"), Cli::tr("The period holding this date, YYYY-MM-DD (default: today); for hcpc, the two years to it."), QStringLiteral("DATE")))
    {
    }

    CpdCheck check(const Invocation& inv) const
    {
        const Regulator r = regulatorOption(inv, regulator);
        if (inv.isSet(year) && inv.isSet(on))
            inv.usage(Cli::tr("give --year or --on, not both."));
        int y = 0;
        if (inv.isSet(year)) {
            bool ok = false;
            y = inv.value(year).toInt(&ok);
            if (!ok || y < 1900 || y > 9999)
                inv.usage(Cli::tr("--year must be a year like 2026; \"%1\" is not.").arg(inv.value(year)));
        }
        const std::optional<CpdPeriod> period = RegulatorCpd::period(inv.store(), r, inv.date(on), y);
        if (!period)
            inv.usage(r == Regulator::Hcpc ? Cli::tr("the HCPC profile covers the two years before a date: use --on, not --year.")
                                           : Cli::tr("--year needs the date your annual declaration is due: set it with "
                                                     "'waymark-cli cpd text declaration-date --set YYYY-MM-DD', or use --on."));
        return RegulatorCpd::check(inv.store(), r, *period);
    }
};

QJsonArray stringsJson(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a << s;
    return a;
}

int cpdCheck(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const PeriodOptions period(inv);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the check as JSON."));
    if (!inv.parse(args, Cli::tr("Checks the CPD log against the regulator's requirement for one period: Social Work England's\n"
                                 "registration year, HCPC's last two years, the SSSC's declaration year. Exit status 0 whether\n"
                                 "or not it is met.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    const CpdCheck c = period.check(inv);
    if (inv.isSet(json)) {
        QJsonArray gaps;
        for (const CpdGap& g : c.gaps)
            gaps << QJsonObject{{QStringLiteral("from"), dateJson(g.from)}, {QStringLiteral("to"), dateJson(g.to)}, {QStringLiteral("months"), g.months}};
        QJsonArray ids;
        for (const CpdEntry& e : c.entries)
            ids << e.id;
        inv.printJson(QJsonObject{{QStringLiteral("regulator"), regulatorId(c.regulator)},
                                  {QStringLiteral("from"), dateJson(c.period.from)},
                                  {QStringLiteral("to"), dateJson(c.period.to)},
                                  {QStringLiteral("daysLeft"), c.daysLeft()},
                                  {QStringLiteral("met"), c.met()},
                                  {QStringLiteral("warn"), c.warn()},
                                  {QStringLiteral("entries"), ids},
                                  {QStringLiteral("peerReflected"), c.peerReflected},
                                  {QStringLiteral("gaps"), gaps},
                                  {QStringLiteral("practiceSummaryWords"), RegulatorCpd::wordCount(c.practiceSummary)},
                                  {QStringLiteral("personalStatementWords"), RegulatorCpd::wordCount(c.personalStatement)},
                                  {QStringLiteral("uncoveredElements"), stringsJson(c.uncoveredElements)},
                                  {QStringLiteral("problems"), stringsJson(c.problems)},
                                  {QStringLiteral("advice"), stringsJson(c.advice)}});
        return exitOk;
    }
    ctx.out << regulatorTitle(c.regulator) << ": " << RegulatorCpd::periodTitle(c) << "\n" << RegulatorCpd::summary(c) << "\n";
    for (const QString& p : c.problems)
        ctx.out << "  ! " << p << "\n";
    for (const QString& a : c.advice)
        ctx.out << "  - " << a << "\n";
    return exitOk;
}

int cpdExport(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const PeriodOptions period(inv);
    const auto format = inv.option(QStringLiteral("format"), Cli::tr("text (ready to paste into the regulator's form) or pdf (default: text)."), QStringLiteral("F"));
    const auto output = inv.option(QStringLiteral("o"), Cli::tr("Write to this file (required for pdf; text goes to standard output without it)."), QStringLiteral("FILE"));
    const auto accept = inv.option(QStringLiteral("accept-findings"), Cli::tr("Export although the anonymisation check found likely personal data."));
    if (!inv.parse(args, Cli::tr("Exports the period's CPD as the regulator asks for it: Social Work England's records, HCPC's\n"
                                 "CPD profile, the SSSC's learning log. The anonymisation check runs first over every text it\n"
                                 "shows; while it finds likely personal data nothing is exported unless --accept-findings is given.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    const bool pdf = inv.oneOf(inv.isSet(format) ? inv.value(format) : QStringLiteral("text"), QStringLiteral("--format"),
                               {QStringLiteral("text"), QStringLiteral("pdf")}) == QLatin1String("pdf");
    if (pdf && !inv.isSet(output))
        inv.usage(Cli::tr("a PDF needs -o FILE."));
    const CpdCheck c = period.check(inv);
    // Said every time: after a period ends, today falls in the new one, which is still empty.
    ctx.err << Cli::tr("Exporting %1: %2.\n").arg(regulatorTitle(c.regulator), RegulatorCpd::periodTitle(c));
    if (c.entries.isEmpty()) {
        const std::optional<CpdPeriod> before = RegulatorCpd::period(inv.store(), c.regulator, c.period.from.addDays(-1));
        const int earlier = before ? int(RegulatorCpd::check(inv.store(), c.regulator, *before).entries.size()) : 0;
        ctx.err << (earlier > 0 ? Cli::tr("warning: this period has no CPD records yet; the one before it, to %1, has %2. Choose it "
                                          "with --on %1.\n").arg(before->to.toString(Qt::ISODate)).arg(earlier)
                                : Cli::tr("warning: this period has no CPD records.\n"));
    }
    const Worker worker = inv.store().worker();
    const QList<AnonymisationFinding> findings = RegulatorCpd::exportFindings(c, inv.store().privateNames());
    for (const AnonymisationFinding& f : findings)
        ctx.err << QStringLiteral("%1 (%2) %3: \"%4\"\n    %5\n").arg(f.recordTitle, f.field, findingKindTitle(f.kind), f.match, f.context);
    if (!findings.isEmpty() && !inv.isSet(accept))
        inv.fail(Cli::tr("%1 likely piece(s) of personal data found; nothing was exported. Edit the records "
                         "('waymark-cli cpd update'), or export anyway with --accept-findings.").arg(findings.size()));
    if (!inv.isSet(output)) {
        ctx.out << RegulatorCpd::exportText(c, worker);
        return exitOk;
    }
    const QString path = inv.value(output);
    QString error;
    int pages = 0;
    if (!(pdf ? RegulatorReport::writePdf(c, worker, path, &pages, &error) : RegulatorReport::writeText(c, worker, path, &error)))
        inv.fail(error);
    ctx.out << (pdf ? Cli::tr("Wrote %1: %n page(s), %2 record(s).\n", "", pages).arg(path).arg(c.entries.size())
                    : Cli::tr("Wrote %1: %2 record(s).\n").arg(path).arg(c.entries.size()));
    return exitOk;
}

int cpdText(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    QStringList names;
    for (CpdText t : allCpdTexts())
        names << cpdTextId(t);
    inv.positional(QStringLiteral("NAME"), Cli::tr("One of %1.").arg(names.join(QStringLiteral(", "))));
    const auto set = inv.option(QStringLiteral("set"), Cli::tr("Save this text (empty: remove it)."), QStringLiteral("TEXT"));
    const auto file = inv.option(QStringLiteral("file"), Cli::tr("Save the text of this file ('-': standard input)."), QStringLiteral("FILE"));
    if (!inv.parse(args, Cli::tr("Shows or saves a text of the regulator's CPD profile: HCPC's summary of practice history\n"
                                 "(up to 500 words) and personal statement (up to 1,500 words), the SSSC's core learning\n"
                                 "elements (one a line) and the date the annual declaration is due. Shows the word count.")))
        return exitOk;
    CpdText which = CpdText::PracticeSummary;
    cpdTextFromId(inv.oneOf(inv.positionals(1, 1, Cli::tr("the name of one text")).first(), Cli::tr("the text's name"), names), &which);
    if (inv.isSet(set) || inv.isSet(file)) {
        inv.check(inv.store().setCpdText(which, inv.textOrFile(set, file)));
        ctx.err << Cli::tr("Saved the %1.\n").arg(cpdTextTitle(which).toLower());
    }
    const QString body = inv.store().cpdText(which);
    ctx.out << body << (body.endsWith(QLatin1Char('\n')) || body.isEmpty() ? "" : "\n");
    if (RegulatorCpd::guideWords(which) > 0)
        ctx.err << RegulatorCpd::wordsAgainstGuide(which, body) << "\n";
    return exitOk;
}

} // namespace

int cpdCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), Cli::tr("add an entry; prints its id"), cpdAdd},
        {QStringLiteral("update"), Cli::tr("change an entry's fields"), cpdUpdate},
        {QStringLiteral("list"), Cli::tr("list the log, with the total hours"), cpdList},
        {QStringLiteral("remove"), Cli::tr("remove an entry"), cpdRemove},
        {QStringLiteral("check"), Cli::tr("check the log against the regulator's requirement"), cpdCheck},
        {QStringLiteral("export"), Cli::tr("export a period's CPD as the regulator asks for it (text or PDF)"), cpdExport},
        {QStringLiteral("text"), Cli::tr("show or save a text of the regulator's CPD profile"), cpdText},
    };
    return dispatch(ctx, QStringLiteral("cpd"), Cli::tr("The continuing professional development (CPD) log."), subs, args);
}

} // namespace waymark::cli
