#pragma once

// Shared by the portfolio commands: argument checking that stops with a clear message and
// the right exit code, item references checked against the pathway library, tables and JSON.

#include "Cli.h"

#include "waymark/AnonymisationCheck.h"
#include "waymark/PortfolioTypes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <functional>

namespace waymark::cli {

// Exit codes.
constexpr int exitOk = 0;
constexpr int exitFailed = 1; // the action failed (store error, record not found)
constexpr int exitUsage = 2;  // bad usage (unknown option, missing or malformed value, unknown item)

// Thrown once the message is already on stderr; main() turns it into the exit code.
struct CliExit
{
    int code;
};

// What an item reference is wanted for.
enum class ItemUse {
    Any,   // an item or an indicator (mapping, comments, sessions, plans, filters)
    Judge, // something that takes a judgement: an item without indicators, or an indicator
};

// One run of one verb or subcommand ("evidence add"): its parser, and checks that print
// "waymark-cli evidence add: ..." and throw CliExit.
class Invocation
{
public:
    Invocation(Context& ctx, const QString& verb);

    Context& ctx;
    const QString verb;

    QCommandLineOption option(const QString& name, const QString& description, const QString& valueName = QString());
    void positional(const QString& name, const QString& description, const QString& syntax = QString());
    // Parses; false when --help was printed (the caller returns 0). Bad options stop with exit 2.
    bool parse(const QStringList& args, const QString& description);

    bool isSet(const QCommandLineOption& o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption& o) const { return m_parser.value(o); }
    QStringList values(const QCommandLineOption& o) const { return m_parser.values(o); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    // Checks that there are between min and max positional arguments (max < 0: no limit).
    QStringList positionals(int min, int max, const QString& what) const;
    // The option's value; stops when it is missing or blank.
    QString required(const QCommandLineOption& o) const;
    // A YYYY-MM-DD date; a null date when the option is not given.
    QDate date(const QCommandLineOption& o) const;
    QDate requiredDate(const QCommandLineOption& o) const;
    QDate parseDate(const QString& text, const QString& what) const;
    // A record id: a positive whole number.
    qint64 parseId(const QString& text, const QString& what) const;
    // "pathway:item", checked against the library.
    ItemRef item(const QString& text, ItemUse use = ItemUse::Any) const;
    QList<ItemRef> items(const QStringList& texts, ItemUse use = ItemUse::Any) const;
    const Pathway& pathwayOf(const ItemRef& ref) const;
    // One of a fixed set of words; stops listing them otherwise.
    QString oneOf(const QString& text, const QString& what, const QStringList& allowed) const;
    EvidenceKind kind(const QString& text) const;
    // Text from --x TEXT or --x-file FILE ("-" for standard input); null when neither is given.
    QString textOrFile(const QCommandLineOption& text, const QCommandLineOption& file) const;

    // The open portfolio; stops with exit 1 when it cannot be opened.
    PortfolioStore& store() const;
    // Stops with the store's error when ok is false (or the id is 0).
    void check(bool ok) const;
    qint64 checkId(qint64 id) const;

    [[noreturn]] void usage(const QString& message) const;
    [[noreturn]] void fail(const QString& message) const;

    void printJson(const QJsonValue& value) const;

private:
    QCommandLineParser m_parser;
};

// A verb made of subcommands ("evidence add", "evidence list", ...).
struct Subcommand
{
    QString name;
    QString summary;
    std::function<int(Context&, const QStringList&, const QString& verb)> run;
};

// Runs the subcommand named by args[0]. Without one, runs fallback when given (a verb whose
// plain form does something, like "profile" showing the profile); otherwise prints the list
// of subcommands (to stdout for --help, exit 0; to stderr, exit 2, when nothing was given).
int dispatch(Context& ctx, const QString& verb, const QString& description, const QList<Subcommand>& subs,
             const QStringList& args,
             const std::function<int(Context&, const QStringList&)>& fallback = {});
// "Subcommands:\n  add  ..." for a help text (no final newline).
QString subcommandHelp(const QString& verb, const QList<Subcommand>& subs);

// Plain text tables: columns padded to the widest cell, two spaces apart.
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows, const QString& indent = QString());

QString dateText(const QDate& d);            // "" for a null date
QJsonValue dateJson(const QDate& d);         // null for a null date
QJsonValue timeJson(const QDateTime& t);     // ISO, null when invalid
QString hoursText(double hours);             // 1.5, 3
QString orDash(const QString& s);
QString kindHelp();                          // the evidence kinds, one a line, for --help
QString indentText(const QString& text, const QString& indent);

// The record chain's verdict, for 'verify' and 'verify-pdf'.
QJsonObject chainJson(const ChainReport& report);
void printChain(QTextStream& out, const ChainReport& report);

// The anonymisation check's findings, for 'anonymity check' and 'export-pdf'.
QJsonArray findingsJson(const QList<AnonymisationFinding>& findings);
void printFindings(QTextStream& out, const QList<AnonymisationFinding>& findings);

} // namespace waymark::cli
