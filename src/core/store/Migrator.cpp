#include "Migrator.h"

#include "Database.h"
#include "PortfolioSchema.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <mutex>

namespace waymark::store {

bool Migrator::migrate(Database& db, int fromVersion)
{
    const int toVersion = PortfolioStore::schemaVersion;
    if (fromVersion > 0) {
        // A consistent copy, taken with the file open, before anything changes.
        db.m_backupPath = db.m_path + QStringLiteral(".before-format-%1-%2.bak")
                                          .arg(toVersion)
                                          .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (const StoreError why = copyInto(db.connection(), db.m_backupPath); why.code() != StoreError::Code::None)
            return db.fail(why.code(), tr("Could not back the portfolio up before updating its format: %1").arg(why.message()));
    }
    const QString what = tr("Could not update the portfolio's format");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return db.failQuery(q, what);
    auto rollBack = [&](const QSqlQuery& failed) {
        db.failQuery(failed, what);
        QSqlQuery(db.connection()).exec(QStringLiteral("ROLLBACK"));
        return false;
    };
    const auto& steps = portfolioMigrations();
    for (int v = fromVersion; v < toVersion; ++v)
        for (const QString& sql : steps[v])
            if (!q.exec(sql))
                return rollBack(q);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(portfolioApplicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion))
        || !q.exec(ensureWorkerRow())
        || !q.exec(QStringLiteral("COMMIT")))
        return rollBack(q);
    return true;
}

namespace {

// Every schema object: "type name" to its SQL, without SQLite's own.
QHash<QString, QString> schemaObjects(const QSqlDatabase& db)
{
    QHash<QString, QString> out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite!_%' ESCAPE '!'"));
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString(), q.value(2).toString());
    return out;
}

// The schema Waymark's format steps make up to version, made once per version and kept: one
// transaction, so that SQLite does not read its schema afresh after each statement.
QHash<QString, QString> referenceSchema(int version)
{
    static std::mutex guard;
    static QHash<int, QHash<QString, QString>> made;
    const std::lock_guard<std::mutex> lock(guard);
    if (const auto found = made.constFind(version); found != made.constEnd())
        return found.value();
    const RawConnection reference(QStringLiteral(":memory:"), RawConnection::Access::ReadWrite);
    QSqlQuery q(reference.db());
    q.exec(QStringLiteral("BEGIN"));
    for (int v = 0; v < version; ++v)
        for (const QString& sql : portfolioMigrations()[v])
            q.exec(sql);
    q.exec(QStringLiteral("COMMIT"));
    return made[version] = schemaObjects(reference.db());
}

} // namespace

QStringList Migrator::foreignSchemaObjects(const QSqlDatabase& db, int version)
{
    const QHash<QString, QString> expected = referenceSchema(version);
    const QHash<QString, QString> found = schemaObjects(db);
    QStringList out;
    for (auto it = found.constBegin(); it != found.constEnd(); ++it)
        if (expected.value(it.key(), QStringLiteral("\n")) != it.value())
            out << it.key();
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it)
        if (!found.contains(it.key()))
            out << it.key() + QStringLiteral(" (missing)");
    out.sort();
    return out;
}

} // namespace waymark::store
