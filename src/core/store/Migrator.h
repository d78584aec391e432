#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace waymark::store {

class Database;

// Brings a portfolio's schema up to PortfolioStore::schemaVersion, and tells what a file's
// schema holds that Waymark's own does not.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    // Backs the file up first (owner-only, beside it), then runs every step in one transaction.
    static bool migrate(Database& db, int fromVersion);
    // What db holds that Waymark's own schema of that version does not (a trigger, a view, a
    // table), or holds otherwise, or lacks: "type name" of each, sorted.
    static QStringList foreignSchemaObjects(const QSqlDatabase& db, int version);
};

} // namespace waymark::store
