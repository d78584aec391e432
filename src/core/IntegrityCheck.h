#pragma once

#include "waymark/PortfolioStore.h"

#include <QFuture>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

class QSqlDatabase;
struct sqlite3;

namespace waymark {

// PRAGMA integrity_check on an open connection.
IntegrityVerdict checkIntegrity(const QSqlDatabase& db);

// FTS5's own check of the evidence search index, which PRAGMA integrity_check (SQLite 3.40)
// does not look inside. An INSERT, so the connection must be one that may write.
inline constexpr const char* searchIndexCheck = "INSERT INTO evidence_fts (evidence_fts, rank) VALUES ('integrity-check', 1)";
bool isSearchIndexDamaged(const QSqlDatabase& db);
// Makes the index again from the evidence records, which it does not change.
inline constexpr const char* searchIndexRebuild = "INSERT INTO evidence_fts (evidence_fts) VALUES ('rebuild')";

// Runs the check, then the search index's, in a thread of its own, on a connection of its own
// made with SQLite's C API (the handle and the calls that stop it must come from one library), so
// that a large portfolio opens at once. Destroying the check stops it and waits; a stopped
// check has no result.
class BackgroundIntegrityCheck
{
public:
    explicit BackgroundIntegrityCheck(const QString& path);
    ~BackgroundIntegrityCheck();
    BackgroundIntegrityCheck(const BackgroundIntegrityCheck&) = delete;
    BackgroundIntegrityCheck& operator=(const BackgroundIntegrityCheck&) = delete;

    QFuture<IntegrityVerdict> result() const { return m_result; }

private:
    IntegrityVerdict check(const QString& path);

    QFuture<IntegrityVerdict> m_result;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex; // guards m_connection, which the checking thread opens and closes
    sqlite3* m_connection = nullptr;
    std::thread m_thread;
};

} // namespace waymark
