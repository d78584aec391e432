#pragma once

#include <QCoreApplication>
#include <QString>

namespace waymark::store {

class Database;

// One self-contained file with every record and attachment, and the way back from it.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    static bool exportTo(Database& db, const QString& archivePath);
    // Creates a new portfolio at portfolioPath from an archive; never overwrites, never
    // changes the archive.
    static bool import(const QString& archivePath, const QString& portfolioPath, QString* error);
    // Fills the open portfolio on a team server, which must hold no records yet, from an archive.
    static bool importInto(Database& db, const QString& archivePath);

private:
    // The archive's content at partial, from a portfolio on a server; nothing there on failure.
    static bool writeFromServer(Database& db, const QString& partial);
};

} // namespace waymark::store
