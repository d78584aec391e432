#include "IntegrityCheck.h"

#include "store/SqlSupport.h"

#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace waymark {

namespace {

// The check's first row is "ok" for a sound file, else the first problem found.
IntegrityVerdict verdictFrom(const QString& firstRow)
{
    return {true, firstRow == QLatin1String("ok") ? QString() : firstRow.left(200)};
}

} // namespace

IntegrityVerdict checkIntegrity(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return {false, q.lastError().text()};
    return verdictFrom(q.value(0).toString());
}

bool isSearchIndexDamaged(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    return !q.exec(QLatin1String(searchIndexCheck)) && store::sqliteCode(q.lastError()) == StoreError::Code::Damaged;
}

BackgroundIntegrityCheck::BackgroundIntegrityCheck(const QString& path)
{
    QPromise<IntegrityVerdict> promise;
    m_result = promise.future();
    promise.start();
    m_thread = std::thread([this, path, promise = std::move(promise)]() mutable {
        const IntegrityVerdict verdict = check(path);
        if (!m_stopping)
            promise.addResult(verdict);
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

IntegrityVerdict BackgroundIntegrityCheck::check(const QString& path)
{
    sqlite3* db = nullptr;
    // Read-write only for the search index's check, which is an INSERT that writes nothing.
    const int opened = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (opened != SQLITE_OK) {
        const IntegrityVerdict failed{false, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(opened))};
        sqlite3_close(db);
        return failed;
    }
    sqlite3_busy_timeout(db, 5000);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_connection = db;
        // A stop that comes before the check starts, when an interrupt would be lost, ends it
        // at its first step.
        sqlite3_progress_handler(db, 1,
            [](void* stopping) { return int(static_cast<std::atomic<bool>*>(stopping)->load()); }, &m_stopping);
    }
    IntegrityVerdict verdict;
    sqlite3_stmt* statement = nullptr;
    if (!m_stopping && sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        verdict = verdictFrom(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))));
    else
        verdict = {false, QString::fromUtf8(sqlite3_errmsg(db))};
    sqlite3_finalize(statement);
    if (verdict.checked && verdict.finding.isEmpty() && !m_stopping)
        verdict.searchIndexDamaged = StoreError::fromSqliteResult(sqlite3_exec(db, searchIndexCheck, nullptr, nullptr, nullptr))
            == StoreError::Code::Damaged;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_connection = nullptr;
    }
    sqlite3_close(db);
    return verdict;
}

} // namespace waymark
