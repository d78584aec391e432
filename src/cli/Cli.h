#pragma once

#include "waymark/PathwayLibrary.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace waymark::cli {

// What every command gets: output streams and the global options.
struct Context
{
    Context(QTextStream& out, QTextStream& err) : out(out), err(err) {}

    QTextStream& out;
    QTextStream& err;
    QString userPathwayDir; // empty: the standard user folder
    QString portfolioPath;  // empty: the default portfolio

    // Loads the bundled and user pathways, reporting broken files on err.
    const PathwayLibrary& library();

private:
    PathwayLibrary m_library;
    bool m_loaded = false;
};

struct Command
{
    const char* name;
    const char* summary;
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

} // namespace waymark::cli
