#include "IntegrityCheck.h"

#include <QPromise>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace waymark {

QString integrityProblem(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return QStringLiteral("the integrity check could not run: %1").arg(q.lastError().text());
    const QString verdict = q.value(0).toString();
    return verdict == QLatin1String("ok") ? QString() : QStringLiteral("the integrity check found: %1").arg(verdict.left(200));
}

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString& path)
{
    QPromise<QString> promise;
    m_result = promise.future();
    promise.start();
    m_thread = std::thread([this, path, promise = std::move(promise)]() mutable {
        const QString problem = check(path);
        if (!m_stopping)
            promise.addResult(problem);
        promise.finish();
    });
}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_stopping = true;
    {
        // Stops the check inside PRAGMA integrity_check, which is one long step for SQLite.
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_connection)
            sqlite3_interrupt(m_connection);
    }
    m_thread.join();
}

QString BackgroundIntegrityCheck::check(const QString& path)
{
    // A connection belongs to the thread that made it: this one is made, used and removed here.
    const QString name = QStringLiteral("waymark-check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            problem = QStringLiteral("the integrity check could not run: %1").arg(db.lastError().text());
        } else {
            const QVariant handle = db.driver()->handle();
            if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_connection = *static_cast<sqlite3* const*>(handle.constData());
                // A stop that comes before the check starts, when an interrupt would be lost,
                // ends it at its first step.
                sqlite3_progress_handler(m_connection, 1,
                    [](void* stopping) { return int(static_cast<std::atomic<bool>*>(stopping)->load()); }, &m_stopping);
            }
            if (!m_stopping)
                problem = integrityProblem(db);
        }
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_connection = nullptr;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace waymark
