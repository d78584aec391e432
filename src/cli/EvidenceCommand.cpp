#include "CliSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace waymark::cli {

namespace {

QJsonObject mappingJson(const Mapping& m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("evidenceId"), m.evidenceId},
            {QStringLiteral("item"), m.item.toString()},
            {QStringLiteral("note"), m.note}};
}

QJsonObject attachmentJson(const Attachment& a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("mediaType"), a.mediaType},
            {QStringLiteral("size"), a.size},
            {QStringLiteral("sha256"), a.sha256}};
}

// What a list says of a record: no narrative or reflection, so that a list stays small however
// long the texts are ('evidence show' has them).
QJsonObject summaryJson(const EvidenceSummary& e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("version"), e.version},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("date"), dateJson(e.date)},
            {QStringLiteral("endDate"), dateJson(e.endDate)},
            {QStringLiteral("kind"), evidenceKindId(e.kind)},
            {QStringLiteral("source"), e.source},
            {QStringLiteral("savedAt"), timeJson(e.savedAt)},
            {QStringLiteral("deleted"), e.deleted}};
}

QJsonObject evidenceJson(const Evidence& e)
{
    QJsonObject o = summaryJson(e);
    o.insert(QStringLiteral("narrative"), e.narrative);
    o.insert(QStringLiteral("reflection"), e.reflection);
    return o;
}

QString sizeText(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

// Prints evidence as a table, or as JSON with each record's mappings.
void printEvidenceList(Invocation& inv, const QList<EvidenceSummary>& list, bool json, const QString& none)
{
    PortfolioStore& store = inv.store();
    if (json) {
        QJsonArray a;
        for (const EvidenceSummary& e : list) {
            QJsonObject o = summaryJson(e);
            QJsonArray maps;
            for (const Mapping& m : store.mappingsForEvidence(e.id))
                maps << mappingJson(m);
            o.insert(QStringLiteral("mappings"), maps);
            a << o;
        }
        inv.printJson(a);
        return;
    }
    if (list.isEmpty()) {
        inv.ctx.out << none << "\n";
        return;
    }
    QList<QStringList> rows;
    for (const EvidenceSummary& e : list)
        rows << QStringList{QString::number(e.id), dateText(e.date), evidenceKindId(e.kind),
                            QString::number(store.mappingsForEvidence(e.id).size()),
                            e.deleted ? e.title + Cli::tr("  [deleted]") : e.title};
    printTable(inv.ctx.out, {Cli::tr("ID"), Cli::tr("DATE"), Cli::tr("KIND"), Cli::tr("ITEMS"),
                             Cli::tr("TITLE")}, rows);
}

// The options add and edit share.
struct EvidenceOptions
{
    QCommandLineOption title, date, endDate, kind, source, narrative, narrativeFile, reflection, reflectionFile, map, attach;

    explicit EvidenceOptions(Invocation& inv, bool adding)
        : title(inv.option(QStringLiteral("title"), adding ? Cli::tr("Title (required).") : Cli::tr("New title."), QStringLiteral("TEXT")))
        , date(inv.option(QStringLiteral("date"), adding ? Cli::tr("Date, YYYY-MM-DD (required); the start of a period.")
                                                         : Cli::tr("New date, YYYY-MM-DD."), QStringLiteral("DATE")))
        , endDate(inv.option(QStringLiteral("end-date"), Cli::tr("End of the period the evidence covers, YYYY-MM-DD (\"\" to clear)."), QStringLiteral("DATE")))
        , kind(inv.option(QStringLiteral("kind"), adding ? Cli::tr("Kind of evidence (required; listed above).")
                                                         : Cli::tr("New kind (listed above)."), QStringLiteral("KIND")))
        , source(inv.option(QStringLiteral("source"), Cli::tr("Source or method (who or what it comes from), for triangulation."), QStringLiteral("TEXT")))
        , narrative(inv.option(QStringLiteral("narrative"), Cli::tr("What happened (Markdown)."), QStringLiteral("TEXT")))
        , narrativeFile(inv.option(QStringLiteral("narrative-file"), Cli::tr("Read the narrative from FILE (\"-\": standard input)."), QStringLiteral("FILE")))
        , reflection(inv.option(QStringLiteral("reflection"), Cli::tr("Reflection on it (Markdown)."), QStringLiteral("TEXT")))
        , reflectionFile(inv.option(QStringLiteral("reflection-file"), Cli::tr("Read the reflection from FILE (\"-\": standard input)."), QStringLiteral("FILE")))
        , map(inv.option(QStringLiteral("map"), Cli::tr("Map to an item, with an optional note; repeat for more items."), Cli::tr("PATHWAY:ITEM[=NOTE]")))
        , attach(inv.option(QStringLiteral("attach"), Cli::tr("Attach a file (at most 25 MB); repeat for more files."), QStringLiteral("FILE")))
    {
    }

    QList<Mapping> mappings(const Invocation& inv) const
    {
        QList<Mapping> out;
        for (const QString& v : inv.values(map)) {
            const int eq = v.indexOf(QLatin1Char('='));
            Mapping m;
            m.item = inv.item(eq < 0 ? v : v.left(eq));
            m.note = eq < 0 ? QString() : v.mid(eq + 1).trimmed();
            for (const Mapping& seen : out)
                if (seen.item == m.item)
                    inv.usage(Cli::tr("--map %1 is given twice.").arg(m.item.toString()));
            out << m;
        }
        return out;
    }

    QList<PortfolioStore::NewAttachment> attachments(const Invocation& inv) const
    {
        QList<PortfolioStore::NewAttachment> out;
        for (const QString& path : inv.values(attach)) {
            const std::optional<PortfolioStore::NewAttachment> a = inv.store().readAttachmentFile(path);
            inv.check(a.has_value());
            out << *a;
        }
        return out;
    }

    // Applies the given fields to e; returns whether any was given.
    bool apply(const Invocation& inv, Evidence& e) const
    {
        bool any = false;
        if (inv.isSet(title)) {
            e.title = inv.required(title).trimmed();
            any = true;
        }
        if (inv.isSet(date)) {
            e.date = inv.requiredDate(date);
            any = true;
        }
        if (inv.isSet(endDate)) {
            e.endDate = inv.value(endDate).isEmpty() ? QDate() : inv.date(endDate);
            any = true;
        }
        if (inv.isSet(kind)) {
            e.kind = inv.kind(inv.value(kind));
            any = true;
        }
        if (inv.isSet(source)) {
            e.source = inv.value(source).trimmed();
            any = true;
        }
        if (inv.value(narrativeFile) == QLatin1String("-") && inv.value(reflectionFile) == QLatin1String("-"))
            inv.usage(Cli::tr("only one of --narrative-file and --reflection-file can read standard input."));
        if (inv.isSet(narrative) || inv.isSet(narrativeFile)) {
            e.narrative = inv.textOrFile(narrative, narrativeFile);
            any = true;
        }
        if (inv.isSet(reflection) || inv.isSet(reflectionFile)) {
            e.reflection = inv.textOrFile(reflection, reflectionFile);
            any = true;
        }
        if (e.endDate.isValid() && e.date.isValid() && e.endDate < e.date)
            inv.usage(Cli::tr("the end date %1 is before the date %2.").arg(dateText(e.endDate), dateText(e.date)));
        return any;
    }
};

QString kindsAndRefs()
{
    return QStringLiteral("\n\n") + kindHelp()
        + Cli::tr("\nItems are written pathway-id:item-id, as 'waymark-cli show PATHWAY' lists them.");
}

int evidenceAdd(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const EvidenceOptions o(inv, true);
    if (!inv.parse(args, Cli::tr("Adds a piece of evidence, with its mappings and attachments, in one step, and\n"
                                        "prints its id. Nothing is saved if any part fails.") + kindsAndRefs()))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    Evidence e;
    inv.required(o.title);
    inv.required(o.date);
    inv.required(o.kind);
    o.apply(inv, e);
    const QList<Mapping> mappings = o.mappings(inv);
    const QList<PortfolioStore::NewAttachment> attachments = o.attachments(inv);
    ctx.out << inv.checkId(inv.store().addEvidence(e, mappings, attachments)) << "\n";
    return exitOk;
}

Evidence loadEvidence(const Invocation& inv, qint64 id)
{
    const std::optional<Evidence> e = inv.store().evidence(id);
    inv.check(e.has_value());
    return *e;
}

qint64 evidenceIdArgument(const Invocation& inv, int count, const QString& what)
{
    return inv.parseId(inv.positionals(count, count, what).first(), Cli::tr("the evidence id"));
}

int evidenceEdit(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const EvidenceOptions o(inv, false);
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id (see 'waymark-cli evidence list')."));
    if (!inv.parse(args, Cli::tr("Changes the given fields of a piece of evidence, saving it as a new version (the\n"
                                        "earlier versions are kept), and adds any --map and --attach. Judgements that relied\n"
                                        "on the earlier version then show \"evidence changed since sign-off\".") + kindsAndRefs()))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    PortfolioStore& store = inv.store();
    Evidence e = loadEvidence(inv, id);
    if (e.deleted)
        inv.fail(Cli::tr("evidence %1 is deleted; restore it first ('waymark-cli evidence restore %1').").arg(id));
    const Evidence before = e;
    const bool fieldsGiven = o.apply(inv, e);
    const QList<Mapping> mappings = o.mappings(inv);
    const QList<PortfolioStore::NewAttachment> attachments = o.attachments(inv);
    if (!fieldsGiven && mappings.isEmpty() && attachments.isEmpty())
        inv.usage(Cli::tr("give at least one field to change, --map or --attach."));
    for (const Mapping& existing : store.mappingsForEvidence(id))
        for (const Mapping& m : mappings)
            if (existing.item == m.item)
                inv.fail(Cli::tr("evidence %1 is already mapped to %2 (mapping %3); nothing was changed.")
                             .arg(id).arg(m.item.toString()).arg(existing.id));

    const bool changed = e.title != before.title || e.date != before.date || e.endDate != before.endDate || e.kind != before.kind
                         || e.source != before.source || e.narrative != before.narrative || e.reflection != before.reflection;
    if (changed) {
        inv.check(store.updateEvidence(e, before.version));
        ctx.out << Cli::tr("Saved evidence %1 as version %2.\n").arg(id).arg(before.version + 1);
    } else if (fieldsGiven) {
        ctx.out << Cli::tr("Evidence %1 is unchanged (still version %2).\n").arg(id).arg(before.version);
    }
    for (Mapping m : mappings) {
        m.evidenceId = id;
        const qint64 mid = inv.checkId(store.addMapping(m));
        ctx.out << Cli::tr("Mapped to %1 (mapping %2).\n").arg(m.item.toString()).arg(mid);
    }
    for (const PortfolioStore::NewAttachment& a : attachments) {
        const qint64 aid = inv.checkId(store.addAttachment(id, a));
        ctx.out << Cli::tr("Attached %1 (attachment %2).\n").arg(a.name).arg(aid);
    }
    return exitOk;
}

int evidenceShow(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the evidence as JSON."));
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id."));
    if (!inv.parse(args, Cli::tr("Shows a piece of evidence in full: its fields, the items it is mapped to, its\n"
                                        "attachments (with SHA-256) and how many versions are saved.")))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    PortfolioStore& store = inv.store();
    const Evidence e = loadEvidence(inv, id);
    const QList<Mapping> mappings = store.mappingsForEvidence(id);
    const QList<Attachment> attachments = store.attachments(id);
    const int versions = int(store.evidenceVersions(id).size());
    if (inv.isSet(json)) {
        QJsonObject o = evidenceJson(e);
        QJsonArray maps, atts;
        for (const Mapping& m : mappings)
            maps << mappingJson(m);
        for (const Attachment& a : attachments)
            atts << attachmentJson(a);
        o.insert(QStringLiteral("mappings"), maps);
        o.insert(QStringLiteral("attachments"), atts);
        o.insert(QStringLiteral("versionCount"), versions);
        inv.printJson(o);
        return exitOk;
    }
    QTextStream& out = ctx.out;
    out << Cli::tr("Evidence %1: %2").arg(e.id).arg(e.title) << (e.deleted ? Cli::tr("  [deleted]") : QString()) << "\n";
    const QString period = e.endDate.isValid() ? Cli::tr("%1 to %2").arg(dateText(e.date), dateText(e.endDate)) : dateText(e.date);
    const QList<QPair<QString, QString>> fields = {
        {Cli::tr("Date"), period},
        {Cli::tr("Kind"), QStringLiteral("%1 (%2)").arg(evidenceKindId(e.kind), evidenceKindTitle(e.kind))},
        {Cli::tr("Source"), orDash(e.source)},
        {Cli::tr("Version"), Cli::tr("%1 (%2 saved; 'waymark-cli evidence history %3')").arg(e.version).arg(versions).arg(e.id)},
        {Cli::tr("Saved"), e.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
    };
    for (const auto& f : fields)
        out << (f.first + QLatin1Char(':')).leftJustified(10) << f.second << "\n";
    out << Cli::tr("\nNarrative:\n") << (e.narrative.trimmed().isEmpty() ? QStringLiteral("  -\n") : indentText(e.narrative, QStringLiteral("  ")));
    out << Cli::tr("\nReflection:\n") << (e.reflection.trimmed().isEmpty() ? QStringLiteral("  -\n") : indentText(e.reflection, QStringLiteral("  ")));
    out << Cli::tr("\nMapped to:\n");
    if (mappings.isEmpty()) {
        out << Cli::tr("  no items (map with 'waymark-cli map %1 PATHWAY:ITEM')\n").arg(e.id);
    } else {
        QList<QStringList> rows;
        for (const Mapping& m : mappings)
            rows << QStringList{QString::number(m.id), m.item.toString(), orDash(m.note)};
        printTable(out, {Cli::tr("MAPPING"), Cli::tr("ITEM"), Cli::tr("NOTE")}, rows, QStringLiteral("  "));
    }
    out << Cli::tr("\nAttachments:\n");
    if (attachments.isEmpty()) {
        out << "  none\n";
    } else {
        QList<QStringList> rows;
        for (const Attachment& a : attachments)
            rows << QStringList{QString::number(a.id), a.name, a.mediaType, sizeText(a.size), a.sha256};
        printTable(out, {Cli::tr("ID"), Cli::tr("NAME"), Cli::tr("TYPE"), Cli::tr("SIZE"),
                         Cli::tr("SHA256")}, rows, QStringLiteral("  "));
    }
    return exitOk;
}

int evidenceHistory(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print every version in full as JSON."));
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id."));
    if (!inv.parse(args, Cli::tr("Lists every saved version of a piece of evidence, oldest first.")))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    loadEvidence(inv, id); // says clearly when there is no such evidence
    const QList<Evidence> versions = inv.store().evidenceVersions(id);
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const Evidence& v : versions) {
            QJsonObject o = evidenceJson(v);
            o.remove(QStringLiteral("deleted"));
            a << o;
        }
        inv.printJson(a);
        return exitOk;
    }
    QList<QStringList> rows;
    for (const Evidence& v : versions)
        rows << QStringList{QString::number(v.version), v.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            dateText(v.date), evidenceKindId(v.kind), v.title};
    printTable(ctx.out, {Cli::tr("VERSION"), Cli::tr("SAVED"), Cli::tr("DATE"), Cli::tr("KIND"),
                         Cli::tr("TITLE")}, rows);
    return exitOk;
}

int evidenceList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto kind = inv.option(QStringLiteral("kind"), Cli::tr("Only evidence of this kind."), QStringLiteral("KIND"));
    const auto item = inv.option(QStringLiteral("item"), Cli::tr("Only evidence mapped to this item."), Cli::tr("PATHWAY:ITEM"));
    const auto from = inv.option(QStringLiteral("from"), Cli::tr("Only evidence on or after this date."), QStringLiteral("DATE"));
    const auto to = inv.option(QStringLiteral("to"), Cli::tr("Only evidence on or before this date."), QStringLiteral("DATE"));
    const auto deleted = inv.option(QStringLiteral("deleted"), Cli::tr("Include deleted evidence (marked [deleted])."));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the list as JSON, with each record's mappings (not its text: see 'evidence show')."));
    if (!inv.parse(args, Cli::tr("Lists the evidence, newest first.") + kindsAndRefs()))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only (to search text, use 'waymark-cli evidence search')"));
    EvidenceFilter f;
    if (inv.isSet(kind)) {
        f.anyKind = false;
        f.kind = inv.kind(inv.value(kind));
    }
    if (inv.isSet(item))
        f.item = inv.item(inv.value(item));
    f.from = inv.date(from);
    f.to = inv.date(to);
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        inv.usage(Cli::tr("--to %1 is before --from %2.").arg(dateText(f.to), dateText(f.from)));
    f.includeDeleted = inv.isSet(deleted);
    printEvidenceList(inv, inv.store().listEvidence(f), inv.isSet(json), Cli::tr("No evidence found."));
    return exitOk;
}

int evidenceSearch(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto deleted = inv.option(QStringLiteral("deleted"), Cli::tr("Include deleted evidence."));
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the results as JSON."));
    const auto newest = inv.option(QStringLiteral("newest"), Cli::tr("List the newest first instead of the best matches first."));
    inv.positional(QStringLiteral("TEXT"), Cli::tr("Words to find; every word must appear (as the start of a word)."), QStringLiteral("TEXT..."));
    if (!inv.parse(args, Cli::tr("Searches the title, narrative and reflection of every piece of evidence;\n"
                                        "best matches first.")))
        return exitOk;
    const QString text = inv.positionals(1, -1, Cli::tr("the text to search for")).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        inv.usage(Cli::tr("give the text to search for."));
    EvidenceFilter f;
    f.text = text;
    f.order = inv.isSet(newest) ? EvidenceOrder::Newest : EvidenceOrder::BestMatch;
    f.includeDeleted = inv.isSet(deleted);
    printEvidenceList(inv, inv.store().listEvidence(f), inv.isSet(json), Cli::tr("No evidence matches \"%1\".").arg(text));
    return exitOk;
}

int evidenceDelete(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id."));
    if (!inv.parse(args, Cli::tr("Deletes a piece of evidence. It can be restored with 'waymark-cli evidence restore'\n"
                                        "until it is purged.")))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    inv.check(inv.store().deleteEvidence(id));
    ctx.out << Cli::tr("Deleted evidence %1 (undo with 'waymark-cli evidence restore %1').\n").arg(id);
    return exitOk;
}

int evidenceRestore(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id (see 'waymark-cli evidence list --deleted')."));
    if (!inv.parse(args, Cli::tr("Restores deleted evidence.")))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    inv.check(inv.store().restoreEvidence(id));
    ctx.out << Cli::tr("Restored evidence %1.\n").arg(id);
    return exitOk;
}

int evidencePurge(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The id of deleted evidence."));
    if (!inv.parse(args, Cli::tr("Removes deleted evidence for good, with its versions, mappings and attachments.\n"
                                        "Only deleted evidence can be purged; judgements keep their record of it.")))
        return exitOk;
    const qint64 id = evidenceIdArgument(inv, 1, Cli::tr("one evidence id"));
    inv.check(inv.store().purgeEvidence(id));
    ctx.out << Cli::tr("Purged evidence %1.\n").arg(id);
    return exitOk;
}

int evidenceAttach(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    inv.positional(QStringLiteral("ID"), Cli::tr("The evidence id."));
    inv.positional(QStringLiteral("FILE"), Cli::tr("The file to attach (at most 25 MB)."));
    if (!inv.parse(args, Cli::tr("Attaches a file to a piece of evidence and prints the attachment's id.")))
        return exitOk;
    const QStringList pos = inv.positionals(2, 2, Cli::tr("an evidence id and a file"));
    const qint64 id = inv.parseId(pos[0], Cli::tr("the evidence id"));
    loadEvidence(inv, id);
    ctx.out << inv.checkId(inv.store().addAttachmentFile(id, pos[1])) << "\n";
    return exitOk;
}

int evidenceAttachmentSave(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto force = inv.option(QStringLiteral("force"), Cli::tr("Replace OUTFILE if it exists."));
    inv.positional(Cli::tr("ATTACHMENT_ID"), Cli::tr("The attachment id (see 'waymark-cli evidence show ID')."));
    inv.positional(QStringLiteral("OUTFILE"), Cli::tr("Where to write it (\"-\": standard output)."));
    if (!inv.parse(args, Cli::tr("Writes an attachment's content to a file.")))
        return exitOk;
    const QStringList pos = inv.positionals(2, 2, Cli::tr("an attachment id and an output file"));
    const qint64 id = inv.parseId(pos[0], Cli::tr("the attachment id"));
    const QString outFile = pos[1];
    if (outFile != QLatin1String("-") && QFileInfo::exists(outFile) && !inv.isSet(force))
        inv.fail(Cli::tr("%1 already exists; give --force to replace it.").arg(outFile));
    const std::optional<QByteArray> data = inv.store().attachmentData(id);
    inv.check(data.has_value());
    if (outFile == QLatin1String("-")) {
        ctx.writeRaw(*data); // a failed write main() reports, as for any output
        return exitOk;
    }
    QSaveFile f(outFile);
    if (!f.open(QIODevice::WriteOnly) || f.write(*data) != data->size() || !f.commit())
        inv.fail(Cli::tr("cannot write %1: %2").arg(outFile, f.errorString()));
    ctx.out << Cli::tr("Saved attachment %1 (%2 bytes) to %3.\n").arg(id).arg(data->size()).arg(outFile);
    return exitOk;
}

} // namespace

int evidenceCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("add"), Cli::tr("add evidence, with mappings and attachments; prints its id"), evidenceAdd},
        {QStringLiteral("edit"), Cli::tr("change evidence, saving a new version"), evidenceEdit},
        {QStringLiteral("show"), Cli::tr("show one piece of evidence in full"), evidenceShow},
        {QStringLiteral("history"), Cli::tr("list the saved versions of a piece of evidence"), evidenceHistory},
        {QStringLiteral("list"), Cli::tr("list evidence, by kind, item or dates"), evidenceList},
        {QStringLiteral("search"), Cli::tr("find evidence by its words"), evidenceSearch},
        {QStringLiteral("delete"), Cli::tr("delete evidence (it can be restored)"), evidenceDelete},
        {QStringLiteral("restore"), Cli::tr("restore deleted evidence"), evidenceRestore},
        {QStringLiteral("purge"), Cli::tr("remove deleted evidence for good"), evidencePurge},
        {QStringLiteral("attach"), Cli::tr("attach a file to evidence; prints the attachment's id"), evidenceAttach},
        {QStringLiteral("attachment-save"), Cli::tr("write an attachment to a file"), evidenceAttachmentSave},
    };
    return dispatch(ctx, QStringLiteral("evidence"),
                    Cli::tr("The worker's evidence: practice, supervision, feedback, training, reflection, ...\n\n")
                        + kindHelp().trimmed(),
                    subs, args);
}

} // namespace waymark::cli
