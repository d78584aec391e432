#pragma once

#include <QFuture>
#include <QString>

#include <atomic>
#include <mutex>
#include <thread>

class QSqlDatabase;
struct sqlite3;

namespace waymark {

// What PRAGMA integrity_check finds wrong with a database, as words for a message:
// empty when the file is sound.
QString integrityProblem(const QSqlDatabase& db);

// Runs integrityProblem() on a read-only connection of its own in a thread of its own, so
// that a large portfolio opens at once. The result arrives in result(); destroying the
// check stops it and waits, and a stopped check has no result.
class BackgroundIntegrityCheck
{
public:
    explicit BackgroundIntegrityCheck(const QString& path);
    ~BackgroundIntegrityCheck();
    BackgroundIntegrityCheck(const BackgroundIntegrityCheck&) = delete;
    BackgroundIntegrityCheck& operator=(const BackgroundIntegrityCheck&) = delete;

    QFuture<QString> result() const { return m_result; }

private:
    QString check(const QString& path);

    QFuture<QString> m_result;
    std::atomic<bool> m_stopping{false};
    std::mutex m_mutex; // guards m_connection, which the checking thread opens and closes
    sqlite3* m_connection = nullptr;
    std::thread m_thread;
};

} // namespace waymark
