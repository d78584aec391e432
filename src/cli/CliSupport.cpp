#include "CliSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>

namespace waymark::cli {

Invocation::Invocation(Context& ctx, const QString& verb) : ctx(ctx), verb(verb) {}

QCommandLineOption Invocation::option(const QString& name, const QString& description, const QString& valueName)
{
    QCommandLineOption o(name, description, valueName);
    m_parser.addOption(o);
    return o;
}

void Invocation::positional(const QString& name, const QString& description, const QString& syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
}

bool Invocation::parse(const QStringList& args, const QString& description)
{
    int code = 0;
    if (parseArguments(m_parser, args, verb, description, ctx, &code))
        return true;
    if (code != 0)
        throw CliExit{code};
    return false;
}

void Invocation::usage(const QString& message) const
{
    ctx.err << "waymark-cli " << verb << ": " << message << "\n"
            << Cli::tr("Try 'waymark-cli %1 --help'.\n").arg(verb);
    ctx.err.flush();
    throw CliExit{exitUsage};
}

void Invocation::fail(const QString& message) const
{
    ctx.err << "waymark-cli " << verb << ": " << message << "\n";
    ctx.err.flush();
    throw CliExit{exitFailed};
}

QStringList Invocation::positionals(int min, int max, const QString& what) const
{
    const QStringList args = m_parser.positionalArguments();
    if (args.size() < min)
        usage(Cli::tr("give %1.").arg(what));
    if (max >= 0 && args.size() > max)
        usage(Cli::tr("too many arguments (\"%1\"); give %2.").arg(args.mid(max).join(QStringLiteral("\" \"")), what));
    return args;
}

QString Invocation::required(const QCommandLineOption& o) const
{
    const QString name = QStringLiteral("--") + o.names().constFirst();
    if (!m_parser.isSet(o))
        usage(Cli::tr("%1 is required.").arg(name));
    const QString v = m_parser.value(o);
    if (v.trimmed().isEmpty())
        usage(Cli::tr("%1 cannot be empty.").arg(name));
    return v;
}

QDate Invocation::parseDate(const QString& text, const QString& what) const
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!iso.match(text).hasMatch() || !d.isValid())
        usage(Cli::tr("%1 must be a date written YYYY-MM-DD, for example %2; \"%3\" is not.")
                  .arg(what, QDate::currentDate().toString(Qt::ISODate), text));
    return d;
}

QDate Invocation::date(const QCommandLineOption& o) const
{
    if (!m_parser.isSet(o))
        return QDate();
    return parseDate(m_parser.value(o), QStringLiteral("--") + o.names().constFirst());
}

QDate Invocation::requiredDate(const QCommandLineOption& o) const
{
    return parseDate(required(o), QStringLiteral("--") + o.names().constFirst());
}

qint64 Invocation::parseId(const QString& text, const QString& what) const
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        usage(Cli::tr("%1 must be a number, as listed by the list commands; \"%2\" is not.").arg(what, text));
    return id;
}

namespace {

// A few ids to suggest: those containing what was typed, else those sharing the longest prefix.
QStringList suggestions(const QStringList& ids, const QString& typed, int count = 6)
{
    QStringList out;
    if (!typed.isEmpty())
        for (const QString& id : ids)
            if (id.contains(typed, Qt::CaseInsensitive) && out.size() < count)
                out << id;
    if (!out.isEmpty())
        return out;
    auto common = [&](const QString& id) {
        int n = 0;
        while (n < id.size() && n < typed.size() && id[n].toLower() == typed[n].toLower())
            ++n;
        return n;
    };
    int best = 0;
    for (const QString& id : ids)
        best = qMax(best, common(id));
    for (const QString& id : ids)
        if (common(id) == best && out.size() < count)
            out << id;
    return out;
}

QString listing(const QStringList& ids, int total)
{
    QString s = ids.join(QStringLiteral(", "));
    if (total > ids.size())
        s += Cli::tr(" (and %1 more)").arg(total - ids.size());
    return s;
}

QString kindName(Pathway::Kind k)
{
    switch (k) {
    case Pathway::Kind::Step: return Cli::tr("a step");
    case Pathway::Kind::Group: return Cli::tr("a group");
    case Pathway::Kind::LearningOffer: return Cli::tr("a learning offer");
    case Pathway::Kind::Award: return Cli::tr("an award");
    case Pathway::Kind::Stage: return Cli::tr("a stage");
    case Pathway::Kind::Perspective: return Cli::tr("a perspective");
    case Pathway::Kind::RoleProfile: return Cli::tr("a role profile");
    case Pathway::Kind::Transition: return Cli::tr("a transition");
    default: return Cli::tr("not an item");
    }
}

} // namespace

const Pathway& Invocation::pathwayOf(const ItemRef& ref) const
{
    const Pathway* p = ctx.library().find(ref.pathwayId);
    if (!p) {
        QStringList known;
        for (const Pathway& k : ctx.library().pathways())
            known << k.id;
        usage(Cli::tr("there is no pathway \"%1\". Known pathways: %2 (see 'waymark-cli pathways').")
                  .arg(ref.pathwayId, known.join(QStringLiteral(", "))));
    }
    return *p;
}

ItemRef Invocation::item(const QString& text, ItemUse use) const
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        usage(Cli::tr("\"%1\" is not an item reference; write pathway-id:item-id, for example "
                             "camden-launch-pad:asye-req-registered-social-worker.").arg(text));
    const ItemRef ref = ItemRef::fromString(text);
    const Pathway& p = pathwayOf(ref);
    const Pathway::Kind kind = p.kindOf(ref.itemId);
    if (kind == Pathway::Kind::Indicator)
        return ref;
    if (kind == Pathway::Kind::Item) {
        const Item* it = p.item(ref.itemId);
        if (use == ItemUse::Judge && !it->indicators.isEmpty()) {
            const QStringList ids = p.assessableIds(ref.itemId);
            usage(Cli::tr("%1 is judged through its indicators, not as a whole: %2.")
                      .arg(ref.toString(), listing(ids.mid(0, 6), int(ids.size()))));
        }
        return ref;
    }
    const QStringList all = p.allAssessableIds();
    if (kind != Pathway::Kind::None) {
        const QStringList inside = p.assessableIds(ref.itemId);
        usage(Cli::tr("\"%1\" is %2 of %3, not an item.%4")
                  .arg(ref.itemId, kindName(kind), p.id,
                       inside.isEmpty() ? QString()
                                        : Cli::tr(" Its items: %1.").arg(listing(inside.mid(0, 6), int(inside.size())))));
    }
    usage(Cli::tr("pathway %1 has no item \"%2\". Perhaps: %3. All %4 items: 'waymark-cli show %1'.")
              .arg(p.id, ref.itemId, listing(suggestions(all, ref.itemId), int(all.size())))
              .arg(all.size()));
}

QList<ItemRef> Invocation::items(const QStringList& texts, ItemUse use) const
{
    QList<ItemRef> out;
    for (const QString& t : texts) {
        const ItemRef r = item(t, use);
        if (!out.contains(r))
            out << r;
    }
    return out;
}

QString Invocation::oneOf(const QString& text, const QString& what, const QStringList& allowed) const
{
    if (!allowed.contains(text))
        usage(Cli::tr("%1 must be one of %2; \"%3\" is not.").arg(what, allowed.join(QStringLiteral(", ")), text));
    return text;
}

EvidenceKind Invocation::kind(const QString& text) const
{
    EvidenceKind k = EvidenceKind::DirectPractice;
    if (!evidenceKindFromId(text, &k)) {
        QStringList ids;
        for (EvidenceKind each : allEvidenceKinds())
            ids << evidenceKindId(each);
        usage(Cli::tr("unknown evidence kind \"%1\"; the kinds are %2.").arg(text, ids.join(QStringLiteral(", "))));
    }
    return k;
}

QString Invocation::textOrFile(const QCommandLineOption& text, const QCommandLineOption& file) const
{
    if (isSet(text) && isSet(file))
        usage(Cli::tr("give --%1 or --%2, not both.").arg(text.names().constFirst(), file.names().constFirst()));
    if (isSet(text))
        return value(text);
    if (!isSet(file))
        return QString();
    const QString path = value(file);
    QFile f(path);
    const bool opened = path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!opened)
        fail(Cli::tr("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    QString s = QString::fromUtf8(data);
    if (s.toUtf8() != data)
        fail(Cli::tr("%1 is not UTF-8 text.").arg(path));
    return s;
}

PortfolioStore& Invocation::store() const
{
    PortfolioStore* s = ctx.store();
    if (!s)
        throw CliExit{exitFailed}; // Context::store() said why
    return *s;
}

void Invocation::check(bool ok) const
{
    if (!ok)
        fail(store().errorString());
}

qint64 Invocation::checkId(qint64 id) const
{
    check(id != 0);
    return id;
}

void Invocation::printJson(const QJsonValue& value) const
{
    if (value.isArray())
        ctx.out << QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        ctx.out << QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
}

QString subcommandHelp(const QString& verb, const QList<Subcommand>& subs)
{
    int width = 0;
    for (const Subcommand& s : subs)
        width = qMax(width, int(s.name.size()));
    QString text = Cli::tr("Subcommands ('waymark-cli %1 SUBCOMMAND --help' describes each):").arg(verb);
    for (const Subcommand& s : subs)
        text += QStringLiteral("\n  %1  %2").arg(s.name.leftJustified(width), s.summary);
    return text;
}

int dispatch(Context& ctx, const QString& verb, const QString& description, const QList<Subcommand>& subs,
             const QStringList& args, const std::function<int(Context&, const QStringList&)>& fallback)
{
    try {
        if (!args.isEmpty())
            for (const Subcommand& s : subs)
                if (args.first() == s.name)
                    return s.run(ctx, args.mid(1), verb + QLatin1Char(' ') + s.name);
        if (fallback)
            return fallback(ctx, args);
    } catch (const CliExit& e) {
        return e.code; // the message is already on stderr
    }
    const bool help = !args.isEmpty() && (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h"));
    QTextStream& stream = help ? ctx.out : ctx.err;
    if (!help && !args.isEmpty())
        stream << Cli::tr("waymark-cli %1: unknown subcommand \"%2\".\n\n").arg(verb, args.first());
    stream << Cli::tr("Usage: waymark-cli %1 SUBCOMMAND [options]\n").arg(verb) << description << "\n\n" << subcommandHelp(verb, subs) << "\n";
    return help ? exitOk : exitUsage;
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, const QString& indent)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << int(h.size());
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row[i].size()));
    auto line = [&](const QStringList& cells) {
        QString s = indent;
        for (int i = 0; i < cells.size(); ++i)
            s += i + 1 < cells.size() ? cells[i].leftJustified(widths.value(i)) + QStringLiteral("  ") : cells[i];
        while (s.endsWith(QLatin1Char(' ')))
            s.chop(1);
        out << s << "\n";
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString hoursText(double hours)
{
    return QString::number(hours, 'f', 2).remove(QRegularExpression(QStringLiteral("\\.?0+$")));
}

QString orDash(const QString& s)
{
    return s.trimmed().isEmpty() ? QStringLiteral("-") : s;
}

QString kindHelp()
{
    QString text = Cli::tr("Evidence kinds:\n");
    for (EvidenceKind k : allEvidenceKinds())
        text += QStringLiteral("  %1  %2\n").arg(evidenceKindId(k).leftJustified(22), evidenceKindTitle(k));
    return text;
}

QString indentText(const QString& text, const QString& indent)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    for (QString& l : lines)
        l = l.isEmpty() ? l : indent + l;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject chainJson(const ChainReport& report)
{
    QJsonArray breaks;
    for (const ChainBreak& b : report.breaks)
        breaks << QJsonObject{{QStringLiteral("record"), b.record}, {QStringLiteral("problem"), b.problem}};
    return {{QStringLiteral("intact"), report.intact()},
            {QStringLiteral("length"), report.length},
            {QStringLiteral("head"), report.head},
            {QStringLiteral("breaks"), breaks}};
}

void printChain(QTextStream& out, const ChainReport& report)
{
    if (report.intact())
        out << Cli::tr("The record chain is intact: %1 record(s), head %2.\n").arg(report.length).arg(orDash(report.head));
    else
        out << Cli::tr("The record chain is broken: %1 problem(s) in %2 record(s).\n").arg(report.breaks.size()).arg(report.length);
    for (const ChainBreak& b : report.breaks)
        out << "  " << b.problem << "\n";
}

} // namespace waymark::cli
