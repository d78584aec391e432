#include "CliSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

namespace waymark::cli {

namespace {

TeamServer& signedIn(Context& ctx)
{
    TeamServer* team = ctx.team();
    if (!team)
        throw CliExit{exitFailed}; // Context::team() said why
    return *team;
}

void checkTeam(Invocation& inv, TeamServer& team, bool ok)
{
    if (!ok)
        inv.fail(team.lastError().message());
}

int teamInit(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    if (!inv.parse(args, Cli::tr("Sets the team server up (or brings it up to date): its tables and the rules that say who may\n"
                                 "read and change what. Run it as a login that may create tables and roles; that login\n"
                                 "becomes the team's administrator.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    TeamServer& team = signedIn(ctx);
    checkTeam(inv, team, team.init());
    ctx.out << Cli::tr("The team server is ready (format %1); %2 administers it.\n").arg(TeamServer::schemaVersion).arg(team.signedInAs());
    return exitOk;
}

int teamAddPerson(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto login = inv.option(QStringLiteral("login"), Cli::tr("The login they will sign in with (required)."), QStringLiteral("LOGIN"));
    const auto name = inv.option(QStringLiteral("name"), Cli::tr("Their name, as sign-offs will show it (required)."), QStringLiteral("NAME"));
    const auto role = inv.option(QStringLiteral("role"), Cli::tr("worker, supervisor, head-of-service, director, panel or admin (required)."),
                                 QStringLiteral("ROLE"));
    const auto passwordFile = inv.option(QStringLiteral("password-file"),
                                         Cli::tr("Read their first password from the first line of FILE (\"-\": standard input, the default)."),
                                         QStringLiteral("FILE"));
    if (!inv.parse(args, Cli::tr("Gives a person their own login on the team server. The password is read, never given on the\n"
                                 "command line, where others could see it.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    TeamServer::Person person{inv.required(login).trimmed(), inv.required(name).trimmed(),
                              inv.oneOf(inv.required(role).trimmed(), QStringLiteral("--role"), TeamServer::teamRoles())};
    const QString path = inv.isSet(passwordFile) ? inv.value(passwordFile) : QStringLiteral("-");
    const bool fromStdin = path == QLatin1String("-");
    QFile file(fromStdin ? QString() : path);
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        inv.fail(Cli::tr("cannot read the password from %1: %2").arg(path, file.errorString()));
    // Typed at a terminal: asked for, and not shown.
    termios saved{};
    const bool typed = fromStdin && isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (typed) {
        ctx.err << Cli::tr("Password for %1: ").arg(person.login);
        ctx.err.flush();
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    const QString password = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (typed) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        ctx.err << "\n";
    }
    TeamServer& team = signedIn(ctx);
    checkTeam(inv, team, team.addPerson(person, password));
    ctx.out << Cli::tr("Added %1 (%2) as %3.\n").arg(person.login, person.name, person.teamRole);
    return exitOk;
}

int teamAssign(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto supervisor = inv.option(QStringLiteral("supervisor"), Cli::tr("The supervisor who will judge the worker's items."), QStringLiteral("LOGIN"));
    const auto reader = inv.option(QStringLiteral("reader"), Cli::tr("A head of service, director or panel member who will read the portfolio."),
                                   QStringLiteral("LOGIN"));
    const auto worker = inv.option(QStringLiteral("worker"), Cli::tr("The worker (required)."), QStringLiteral("LOGIN"));
    if (!inv.parse(args, Cli::tr("Lets a supervisor judge, or a reader read, a worker's portfolio.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("options only"));
    if (inv.isSet(supervisor) == inv.isSet(reader))
        inv.usage(Cli::tr("give one of --supervisor and --reader."));
    const bool asSupervisor = inv.isSet(supervisor);
    const TeamServer::Assignment a{inv.value(asSupervisor ? supervisor : reader).trimmed(), inv.required(worker).trimmed(),
                                   asSupervisor ? QStringLiteral("supervisor") : QStringLiteral("reader")};
    TeamServer& team = signedIn(ctx);
    checkTeam(inv, team, team.assign(a));
    ctx.out << (asSupervisor ? Cli::tr("%1 now supervises %2.\n") : Cli::tr("%1 now reads the portfolio of %2.\n")).arg(a.holder, a.worker);
    return exitOk;
}

int teamList(Context& ctx, const QStringList& args, const QString& verb)
{
    Invocation inv(ctx, verb);
    const auto json = inv.option(QStringLiteral("json"), Cli::tr("Print the people and assignments as JSON."));
    if (!inv.parse(args, Cli::tr("Lists the team's people and who supervises or reads whose portfolio.")))
        return exitOk;
    inv.positionals(0, 0, Cli::tr("no arguments"));
    TeamServer& team = signedIn(ctx);
    const QList<TeamServer::Person> people = team.people();
    const QList<TeamServer::Assignment> assignments = team.assignments();
    auto holders = [&](const QString& worker, const QString& relation) {
        QStringList out;
        for (const TeamServer::Assignment& a : assignments)
            if (a.worker == worker && a.relation == relation)
                out << a.holder;
        return out;
    };
    if (inv.isSet(json)) {
        QJsonArray a;
        for (const TeamServer::Person& p : people)
            a << QJsonObject{{QStringLiteral("login"), p.login},
                             {QStringLiteral("name"), p.name},
                             {QStringLiteral("role"), p.teamRole},
                             {QStringLiteral("supervisors"), QJsonArray::fromStringList(holders(p.login, QStringLiteral("supervisor")))},
                             {QStringLiteral("readers"), QJsonArray::fromStringList(holders(p.login, QStringLiteral("reader")))}};
        inv.printJson(a);
        return exitOk;
    }
    QList<QStringList> rows;
    for (const TeamServer::Person& p : people)
        rows << QStringList{p.login, p.name, p.teamRole, holders(p.login, QStringLiteral("supervisor")).join(QStringLiteral(", ")),
                            holders(p.login, QStringLiteral("reader")).join(QStringLiteral(", "))};
    printTable(ctx.out, {Cli::tr("LOGIN"), Cli::tr("NAME"), Cli::tr("ROLE"), Cli::tr("SUPERVISED BY"), Cli::tr("READ BY")}, rows);
    return exitOk;
}

} // namespace

int teamCommand(Context& ctx, const QStringList& args)
{
    static const QList<Subcommand> subs = {
        {QStringLiteral("init"), Cli::tr("set the team server up, or bring it up to date"), teamInit},
        {QStringLiteral("add-person"), Cli::tr("give a person their own login"), teamAddPerson},
        {QStringLiteral("assign"), Cli::tr("let a supervisor judge, or a reader read, a worker's portfolio"), teamAssign},
        {QStringLiteral("list"), Cli::tr("the people and who supervises or reads whom"), teamList},
    };
    return dispatch(ctx, QStringLiteral("team"),
                    Cli::tr("A team server (waymark-cli --server postgresql://LOGIN@HOST/DATABASE team ...): each person signs\n"
                            "in with their own login, and the server enforces who may read and change what."),
                    subs, args);
}

} // namespace waymark::cli
