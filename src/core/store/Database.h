#pragma once

#include "waymark/PortfolioStore.h"
#include "waymark/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSqlQuery;

namespace waymark::store {

// The open portfolio, a file or on a team server: opening and checking it, its pragmas, the
// unit of work, the one error convention and the clock. Repositories do their SQL through it;
// on a server the rows are the one portfolio's (row-level security, docs/team-mode.md), so the
// same SQL serves both.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    using Announce = std::function<void(PortfolioStore::Area, const QList<qint64>&)>;

    Database();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(const QString& path, PortfolioStore::OpenMode mode, PortfolioStore::IntegrityCheck check);
    // A portfolio on a team server: the signed-in person's own, or worker's when they may read it.
    bool openServer(const QString& uri, const QString& worker);
    bool isServer() const { return m_server; }
    // On a server: works on another portfolio the signed-in person may read, on the same
    // connection; the one open stays when this fails.
    bool switchPortfolio(const QString& worker);
    QString signedInAs() const { return m_login; }
    QString signedInName() const { return m_loginName; }
    QString owner() const { return m_owner; }
    void close();
    bool isOpen() const;
    QSqlDatabase& connection() { return m_db; }
    QString path() const { return m_path; }
    QString backupPath() const { return m_backupPath; }
    QFuture<IntegrityVerdict> integrityVerdict() const;
    qint64 changeCounter();

    // Errors. fail() and failQuery() set lastError() and return false; throwQuery() is for reads.
    const StoreError& lastError() const { return m_error; }
    bool fail(StoreError::Code code, const QString& message);
    bool failQuery(const QSqlQuery& query, const QString& what);
    [[noreturn]] void throwQuery(const QSqlQuery& query, const QString& what);
    [[noreturn]] void throwError(StoreError::Code code, const QString& message);
    bool checkOpen();
    void requireOpen(); // for reads: throws when no portfolio is open

    // One user action: every change inside work is kept, or none. Nested calls join the
    // outer action. What changed is announced once the action is committed.
    bool transaction(const std::function<bool()>& work);
    void noteChange(PortfolioStore::Area area, qint64 id = 0);
    // Several reads that must agree with each other (one snapshot of the file, even while
    // another program writes). read may throw.
    void readTogether(const std::function<void()>& read);
    void setAnnounce(Announce announce) { m_announce = std::move(announce); }

    // One row by id, in its own user action; missing takes the id as %1.
    bool deleteRow(const char* table, qint64 id, const QString& what, const QString& missing);
    // Sets or clears a row's deleted_at: a delete that can be undone.
    bool markDeleted(const char* table, qint64 id, bool deleted, const QString& what, const QString& missing);

    QDate today() const;
    void setToday(const QDate& today) { m_today = today; }
    bool checkNotFuture(const QDate& date, const QString& what);

    // Waits for a background integrity check; false (and a message) when the file is damaged.
    bool checkSound();
    // False (and a message) when the file at path() is no longer the one opened: it was moved,
    // renamed, deleted or replaced. Saves already made are then folded into the file that
    // was open, wherever it is now, so that none waits in a journal under the old name.
    bool checkStillAtPath();
    // False (and a message) when the file is open for reading only, or its search index is damaged.
    bool checkWritable();
    void setOnMoved(std::function<void(const QString&)> onMoved) { m_onMoved = std::move(onMoved); }
    // Why the portfolio is open for reading only although saving was asked for (a full disk,
    // a read-only folder); code None when it can be saved to.
    const StoreError& readOnlyReason() const { return m_readOnly; }
    // The full-text index of the evidence disagrees with the evidence (the records are whole):
    // saves are refused until rebuildSearchIndex() makes it again from them.
    bool searchIndexDamaged() const { return m_indexDamaged; }
    bool rebuildSearchIndex();

    // sql, prepared. On a server the statement is prepared once per connection and kept (each
    // preparation there costs a round trip and a plan); on a file it is prepared afresh, since
    // a kept SQLite statement would hold its read snapshot. Use it for a statement run once per
    // call; never prepare the returned query again.
    QSqlQuery query(const QString& sql);

    // What a failed statement means, in this backend's codes.
    StoreError::Code codeOf(const class QSqlError& error) const;

private:
    // A file on disk, as the system names it: the same identity after a rename, another after
    // a replacement.
    struct FileIdentity
    {
        quint64 device = 0;
        quint64 inode = 0;
        bool exists = false;
        bool operator==(const FileIdentity& other) const
        {
            return exists == other.exists && device == other.device && inode == other.inode;
        }
    };
    static FileIdentity identityOf(const QString& path);

    bool refuse(StoreError::Code code, const QString& message);
    bool refuseDamaged(const QString& shown, const QString& problem);
    bool prepareFile(const QString& path, PortfolioStore::OpenMode mode, bool* created);
    bool openFile(const QString& path, PortfolioStore::OpenMode mode, PortfolioStore::IntegrityCheck check, bool created);
    // (Re)connects to the file, named as a path or an SQLite URI, with the driver's options.
    bool connect(const QString& name, const QString& options);
    bool openForReadingOnly(const QString& shown, const StoreError& reason);
    bool checkHeader(const QString& shown, int* version);

    QSqlDatabase m_db;
    QString m_connection;
    QString m_path;
    StoreError m_error;
    QString m_backupPath;
    QDate m_today;
    int m_transactionDepth = 0;
    bool m_server = false;
    QString m_login; // on a server: who is signed in
    QString m_loginName; // and their name in the team
    QString m_owner; // on a server: whose portfolio
    QMap<PortfolioStore::Area, QList<qint64>> m_pending;
    QHash<QString, QSqlQuery> m_statements; // on a server: prepared, by their SQL
    Announce m_announce;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck; // until its verdict is taken
    QString m_damage; // what the integrity check found, once known
    FileIdentity m_identity; // of the file opened
    bool m_journalBeside = false; // a -wal with content was beside the file when it was opened
    StoreError m_readOnly; // why saving is not possible, when it is not
    bool m_indexDamaged = false;
    std::function<void(const QString&)> m_onMoved;

    friend class Migrator;
};

} // namespace waymark::store
