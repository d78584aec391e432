#include "Cli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace waymark::cli {

int pathwaysCommand(Context& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the list as JSON."));
    parser.addOption(json);
    int code = 0;
    if (!parseArguments(parser, args, QStringLiteral("pathways"),
                        Cli::tr("Lists every loaded pathway: id, title, version and source file.\n"
                                       "Your own pathway files go in: ") + PathwayLibrary::userFolder(),
                        ctx, &code))
        return code;
    const PathwayLibrary& lib = ctx.library();
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Pathway& p : lib.pathways())
            list << QJsonObject{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), p.title},
                                {QStringLiteral("version"), p.version}, {QStringLiteral("publisher"), p.publisher},
                                {QStringLiteral("file"), p.sourceFile}};
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const Pathway& p : lib.pathways())
        ctx.out << Cli::tr("%1\t%2\tversion %3\t%4\n").arg(p.id, p.title, p.version, p.sourceFile);
    ctx.out << Cli::tr("\nUser pathway folder: ")
            << (ctx.userPathwayDir.isEmpty() ? PathwayLibrary::userFolder() : ctx.userPathwayDir) << "\n";
    return 0;
}

} // namespace waymark::cli
