#pragma once

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/TeamServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace waymark::cli {

// The context of the CLI's text for Qt Linguist: every message, help text and heading is
// Cli::tr("..."), so that a translation (resources/translations) needs no code change.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

class StandardStream;

// What every command gets: output streams and the global options.
struct Context
{
    Context(QTextStream& out, QTextStream& err, StandardStream& rawOut) : out(out), err(err), m_rawOut(rawOut) {}

    QTextStream& out; // text, made safe for a terminal (StandardStream)
    QTextStream& err;
    // Bytes to standard output as they are, after the text written so far. A failed write is
    // reported by main(), as for text.
    bool writeRaw(const QByteArray& bytes);
    QString userPathwayDir; // empty: the standard user folder
    QString portfolioPath;  // empty: the default portfolio
    QString serverUri;      // a team server (libpq URI); empty: none
    QString worker;         // on the server, whose portfolio; empty: the signed-in person's

    // Loads the bundled and user pathways, reporting broken files on err.
    const PathwayLibrary& library();

    // Opens the portfolio on first use: on the team server when serverUri is set, else the file
    // (portfolioPath, or PortfolioStore::defaultPath()), creating it when missing. Prints the
    // store's error on err and returns nullptr when it cannot be opened.
    PortfolioStore* store();
    // The path store() opens.
    QString storePath() const;
    // Signs in to serverUri on first use. Prints why and returns nullptr when it cannot.
    TeamServer* team();

private:
    StandardStream& m_rawOut;
    PathwayLibrary m_library;
    bool m_loaded = false;
    PortfolioStore m_store;
    bool m_storeTried = false;
    std::unique_ptr<TeamServer> m_team;
};

struct Command
{
    const char* name;
    const char* summary; // QT_TRANSLATE_NOOP("Cli", ...): shown through Cli::tr()
    std::function<int(Context&, const QStringList& args)> run;
};

const QList<Command>& commands();

// Parses a verb's arguments; prints help or the error and returns false when the
// command should stop (exitCode says with what).
bool parseArguments(QCommandLineParser& parser, const QStringList& args, const QString& verb,
                    const QString& description, Context& ctx, int* exitCode);

int pathwaysCommand(Context& ctx, const QStringList& args);
int showCommand(Context& ctx, const QStringList& args);
int validateCommand(Context& ctx, const QStringList& args);
int profileCommand(Context& ctx, const QStringList& args);
int evidenceCommand(Context& ctx, const QStringList& args);
int mapCommand(Context& ctx, const QStringList& args);
int judgeCommand(Context& ctx, const QStringList& args);
int commentCommand(Context& ctx, const QStringList& args);
int sessionCommand(Context& ctx, const QStringList& args);
int planCommand(Context& ctx, const QStringList& args);
int cpdCommand(Context& ctx, const QStringList& args);
int exportArchiveCommand(Context& ctx, const QStringList& args);
int importArchiveCommand(Context& ctx, const QStringList& args);
int readinessCommand(Context& ctx, const QStringList& args);
int nextCommand(Context& ctx, const QStringList& args);
int stagesCommand(Context& ctx, const QStringList& args);
int anonymityCommand(Context& ctx, const QStringList& args);
int exportPdfCommand(Context& ctx, const QStringList& args);
int teamCommand(Context& ctx, const QStringList& args);
int caseloadCommand(Context& ctx, const QStringList& args);
int importFrameworkCommand(Context& ctx, const QStringList& args);
int exportFrameworkCommand(Context& ctx, const QStringList& args);
int caseCommand(Context& ctx, const QStringList& args);
int verifyCommand(Context& ctx, const QStringList& args);
int rebuildIndexCommand(Context& ctx, const QStringList& args);
int verifyPdfCommand(Context& ctx, const QStringList& args);

} // namespace waymark::cli
