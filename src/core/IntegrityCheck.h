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

// Runs the check in a thread of its own, on a read-only connection of its own made with
// SQLite's C API (the handle and the calls that stop it must come from one library), so
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
