#include "Database.h"

#include "waymark/FileProblem.h"
#include "waymark/RegularFile.h"
#include "IntegrityCheck.h"
#include "Migrator.h"
#include "PortfolioSchema.h"
#include "RecordTables.h"
#include "SqlSupport.h"
#include "team/ServerConnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sys/stat.h>

namespace waymark::store {

namespace {

// BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
// timeout instead of failing when one upgrades from a read. On a server, the portfolio's
// advisory lock does the same for the writers of one portfolio.
class Transaction
{
public:
    Transaction(QSqlDatabase& db, bool server) : m_db(db)
    {
        QSqlQuery q(m_db);
        // One round trip on a server: the lock is taken in the statement that begins.
        m_active = q.exec(server ? QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(hashtext(waymark_portfolio()))")
                                 : QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_error = q.lastError();
            if (server)
                QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        }
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool active() const { return m_active; }
    QSqlError error() const { return m_error; }
    void rollBack()
    {
        if (std::exchange(m_active, false))
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    QSqlError m_error;
};

// The open portfolio's rows, as the policies show them: how many in each table and the newest
// transaction that wrote one. An insert or a deletion changes a count, an update the newest
// writer; another portfolio's changes change nothing.
QString serverChangeSignature()
{
    QStringList tables{QStringLiteral("worker")};
    for (const char* table : recordTables)
        tables << QLatin1String(table);
    QStringList parts;
    for (const QString& table : tables)
        parts << QStringLiteral("SELECT '%1:' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) AS s FROM %1").arg(table);
    return QStringLiteral("SELECT hashtextextended(string_agg(s, ',' ORDER BY s), 0) FROM (%1) t")
        .arg(parts.join(QStringLiteral(" UNION ALL ")));
}

// The file alone, without the journal beside it, is a sound database.
bool soundWithoutJournal(const QString& path)
{
    const RawConnection alone(path, RawConnection::Access::FileAlone);
    const IntegrityVerdict verdict = checkIntegrity(alone.db());
    return verdict.checked && verdict.finding.isEmpty();
}

} // namespace

Database::Database()
    : m_connection(QStringLiteral("waymark-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Database::~Database()
{
    close();
}

StoreError::Code Database::codeOf(const QSqlError& error) const
{
    return m_server ? team::ServerConnection::codeOf(error) : sqliteCode(error);
}

QSqlQuery Database::query(const QString& sql)
{
    if (m_server)
        if (const auto kept = m_statements.constFind(sql); kept != m_statements.constEnd())
            return kept.value();
    QSqlQuery q(m_db);
    // Read once, front to back. Not on a server, where the driver would fetch such a result
    // row by row and drop the rest whenever another statement ran meanwhile.
    q.setForwardOnly(!m_server);
    if (q.prepare(sql) && m_server) {
        // Some statements carry a date in their text: the kept ones must not grow without end.
        if (m_statements.size() >= 256)
            m_statements.clear();
        m_statements.insert(sql, q);
    }
    return q;
}

bool Database::fail(StoreError::Code code, const QString& message)
{
    m_error = StoreError(code, message);
    return false;
}

namespace {

QString describe(StoreError::Code code, const QString& what, const QString& detail)
{
    switch (code) {
    case StoreError::Code::NotAllowed:
        return Database::tr("%1: the team server does not allow this (%2); nothing was changed.").arg(what, detail);
    case StoreError::Code::Busy:
        return Database::tr("%1: the portfolio is in use by another program and stayed locked; nothing was changed. "
                            "Try again in a moment.").arg(what);
    case StoreError::Code::ReadOnly:
        return Database::tr("%1: the portfolio file is read-only; nothing was changed.").arg(what);
    case StoreError::Code::DiskFull:
        return Database::tr("%1: the disk is full; nothing was changed.").arg(what);
    case StoreError::Code::Damaged:
        return Database::tr("%1: the portfolio file is damaged (%2). Restore it from a backup or an exported archive.")
            .arg(what, detail);
    default:
        return QStringLiteral("%1: %2").arg(what, detail);
    }
}

} // namespace

bool Database::failQuery(const QSqlQuery& query, const QString& what)
{
    const StoreError::Code code = codeOf(query.lastError());
    return fail(code, describe(code, what, query.lastError().text()));
}

void Database::throwQuery(const QSqlQuery& query, const QString& what)
{
    failQuery(query, what);
    throw m_error;
}

void Database::throwError(StoreError::Code code, const QString& message)
{
    fail(code, message);
    throw m_error;
}

bool Database::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Database::checkOpen()
{
    return isOpen() || fail(StoreError::Code::NotOpen, tr("No portfolio is open."));
}

void Database::requireOpen()
{
    if (!checkOpen())
        throw m_error;
}

void Database::close()
{
    m_integrityCheck.reset();
    m_damage.clear();
    m_pending.clear();
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
    m_identity = FileIdentity();
    m_journalBeside = false;
    m_readOnly = StoreError();
    m_indexDamaged = false;
    m_server = false;
    m_login.clear();
    m_loginName.clear();
    m_owner.clear();
}

bool Database::refuse(StoreError::Code code, const QString& message)
{
    close();
    return fail(code, message);
}

Database::FileIdentity Database::identityOf(const QString& path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {quint64(st.st_dev), quint64(st.st_ino), true};
}

// Makes a new file owner-only before SQLite sees it (its -wal and -shm files take the same
// mode), or checks that an existing one can be a portfolio, without changing it.
bool Database::prepareFile(const QString& path, PortfolioStore::OpenMode mode, bool* created)
{
    using Code = StoreError::Code;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && info.isDir())
        return fail(Code::NotAPortfolio, tr("%1 is a folder, not a portfolio.").arg(shown));
    if (info.exists())
        if (const StoreError problem = regularFileProblem(path); problem.isError())
            return fail(Code::NotAPortfolio, problem.message());
    if (mode == PortfolioStore::OpenMode::CreateNew && info.exists())
        return fail(Code::Conflict, tr("%1 already exists; choose another name.").arg(shown));
    const bool readOnly = mode == PortfolioStore::OpenMode::ReadOnly;
    if ((mode == PortfolioStore::OpenMode::OpenExisting || readOnly) && !info.exists())
        return fail(Code::NotFound, tr("There is no portfolio at %1.").arg(shown));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Code::Io, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // SQLite keeps a journal beside the file, named with "-wal" after it: that name must fit too.
        const int longest = longestFileName(info.absolutePath()) - 4;
        if (QFile::encodeName(info.fileName()).size() > longest)
            return fail(Code::Invalid, tr("The name %1 is too long for this disk: a portfolio's name can have at most %2 "
                                          "bytes, as Waymark keeps a journal beside it under the same name and four more. "
                                          "Choose a shorter name.").arg(info.fileName()).arg(longest));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const StoreError problem = writeProblem(info.absolutePath());
            return fail(problem.code() == Code::None ? Code::Io : problem.code(),
                        tr("Cannot create %1: %2.").arg(shown, problem.code() == Code::None ? file.errorString() : problem.message()));
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        *created = true;
        return true;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Code::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return fail(Code::NotAPortfolio, tr("%1 is empty (0 bytes), not a portfolio. It was left as it is; open another file, "
                                            "or remove this one to start a new portfolio there.").arg(shown));
    if (header != QByteArray("SQLite format 3\0", 16))
        return fail(Code::NotAPortfolio, tr("%1 is not a Waymark portfolio (it is not a database file). It was left as it is.").arg(shown));
    // It can still be read, and exported: the reason is given with every refused save.
    if (!readOnly && !info.isWritable())
        m_readOnly = StoreError(Code::ReadOnly, tr("the file itself is read-only (copy it somewhere you can write to, or "
                                                   "change its permissions)"));
    return true;
}

bool Database::refuseDamaged(const QString& shown, const QString& problem)
{
    if (m_journalBeside && soundWithoutJournal(m_path))
        return refuse(StoreError::Code::Damaged,
                      tr("%1 cannot be opened with the journal file beside it (%2): the journal is from another state of "
                         "this portfolio, as when a copy is restored from a backup after a crash, or a sync service brings "
                         "the journal from another computer. Both were left as they are. Move %3 away and open the "
                         "portfolio again; keep it until you are sure nothing in it is needed.")
                          .arg(shown, problem, QFileInfo(m_path + QStringLiteral("-wal")).fileName()));
    return refuse(StoreError::Code::Damaged, tr("%1 is damaged (%2). It was left as it is; restore it from a backup or an "
                                                "exported archive.").arg(shown, problem));
}

// Reads the format version, refusing another program's database or a format Waymark cannot read.
bool Database::checkHeader(const QString& shown, int* version)
{
    using Code = StoreError::Code;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        const QSqlError why = q.lastError();
        if (codeOf(why) == Code::Busy)
            return refuse(Code::Busy, tr("%1 is locked by another program. Close it there, or try again in a moment; the file "
                                         "was not changed.").arg(shown));
        if (codeOf(why) == Code::Io)
            return refuse(Code::Io, tr("Cannot read %1 (%2). It was left as it is.").arg(shown, why.text()));
        return refuseDamaged(shown, why.text());
    }
    const int appId = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return refuseDamaged(shown, q.lastError().text());
    *version = q.value(0).toInt();
    q.finish();
    if (*version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return refuseDamaged(shown, q.lastError().text());
        if (q.value(0).toInt() > 0)
            return refuse(Code::NotAPortfolio, tr("%1 is a database of another program, not a Waymark portfolio. It was left "
                                                  "as it is.").arg(shown));
        return true;
    }
    if (appId != portfolioApplicationId)
        return refuse(Code::NotAPortfolio, tr("%1 is a database of another program, not a Waymark portfolio. It was left as it "
                                              "is.").arg(shown));
    if (*version < 0)
        return refuseDamaged(shown, tr("its format number is %1, which no version of Waymark writes").arg(*version));
    if (*version > PortfolioStore::schemaVersion)
        return refuse(Code::NotAPortfolio, tr("%1 was saved by a newer version of Waymark (portfolio format %2; this version "
                                              "reads up to %3). Update Waymark to open it; the file was left as it is.")
                                               .arg(shown).arg(*version).arg(PortfolioStore::schemaVersion));
    return true;
}

bool Database::connect(const QString& name, const QString& options)
{
    m_statements.clear();
    if (m_db.isOpen())
        m_db.close();
    m_db.setDatabaseName(name);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;") + options);
    return m_db.open();
}

bool Database::openForReadingOnly(const QString& shown, const StoreError& reason)
{
    if (!connect(fileAloneUri(m_path), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")))
        return refuse(reason.code(), tr("Cannot open %1: %2.").arg(shown, reason.message()));
    m_readOnly = reason;
    return true;
}

bool Database::open(const QString& path, PortfolioStore::OpenMode mode, PortfolioStore::IntegrityCheck check)
{
    close();
    m_error = StoreError();
    m_backupPath.clear();
    bool created = false;
    const bool opened = prepareFile(path, mode, &created) && openFile(path, mode, check, created);
    // A new file that could not be made a portfolio is not left behind.
    if (!opened && created)
        removeWithJournals(path);
    return opened;
}

bool Database::openFile(const QString& path, PortfolioStore::OpenMode mode, PortfolioStore::IntegrityCheck check, bool created)
{
    using Code = StoreError::Code;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    const bool readOnly = mode == PortfolioStore::OpenMode::ReadOnly;
    m_path = info.absoluteFilePath();
    m_journalBeside = !created && QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    // An existing file is looked at on a connection that cannot write to it, so that a file
    // refused, and a journal beside it, are left exactly as they were.
    if (!connect(path, created ? QString() : QStringLiteral("QSQLITE_OPEN_READONLY"))) {
        const QSqlError why = m_db.lastError();
        return refuse(codeOf(why), tr("Cannot open %1: %2").arg(shown, why.text()));
    }
    m_identity = identityOf(m_path);
    if (!created && !m_journalBeside) {
        // A full disk or a read-only folder leaves no room for the index of the journal (-shm)
        // that even reading needs: then the file alone is read, as no journal beside it holds changes.
        QSqlQuery probe(m_db);
        if (!probe.exec(QStringLiteral("PRAGMA application_id"))) {
            probe.finish();
            if (const StoreError problem = writeProblem(info.absolutePath(), codeOf(probe.lastError()));
                problem.code() != Code::None && !openForReadingOnly(shown, problem))
                return false;
        }
    }

    int version = 0;
    if (!checkHeader(shown, &version))
        return false;
    if (version > 0) {
        QSqlQuery schema(m_db);
        if (!schema.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !schema.next())
            return refuseDamaged(shown, schema.lastError().text());
        schema.finish();
        // A trigger or a view Waymark does not make could act on the records (delete the
        // evidence when something is saved, show other rows): such a file is not opened. A
        // missing one acts on nothing, and what it guarded is for verify to judge.
        QStringList foreign;
        for (const QString& object : Migrator::foreignSchemaObjects(m_db, version))
            if ((object.startsWith(QLatin1String("trigger ")) || object.startsWith(QLatin1String("view ")))
                && !object.endsWith(QLatin1String(" (missing)")))
                foreign << object;
        if (!foreign.isEmpty())
            return refuse(Code::NotAPortfolio, tr("%1 holds database objects Waymark does not make (%2). They could change "
                                                  "the records when something is saved, so it was not opened, and left as it "
                                                  "is. It may have been altered; open a backup or an exported archive instead.")
                                                   .arg(shown, foreign.join(QStringLiteral(", "))));
    }
    // A migration writes, so it always waits for the check; so does a file with a journal beside it.
    const bool checkInBackground = check == PortfolioStore::IntegrityCheck::InBackground
        && version == PortfolioStore::schemaVersion && !m_journalBeside && m_readOnly.code() == Code::None;
    if (version > 0 && !checkInBackground) {
        const IntegrityVerdict verdict = checkIntegrity(m_db);
        if (!verdict.checked)
            return refuse(Code::Io, tr("%1 could not be checked: %2. It was left as it is.").arg(shown, verdict.finding));
        if (!verdict.finding.isEmpty())
            return refuseDamaged(shown, tr("the integrity check found: %1").arg(verdict.finding));
    }
    auto opened = [&] {
        if (checkInBackground)
            m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(m_path);
        return true;
    };
    if (readOnly || m_readOnly.code() != Code::None) {
        if (version < PortfolioStore::schemaVersion)
            return refuse(Code::NotAPortfolio, readOnly ? tr("%1 is in an older portfolio format; open it normally once to update it.").arg(shown)
                                                        : tr("%1 is in an older portfolio format, and updating it needs room to write, "
                                                             "but %2.").arg(shown, m_readOnly.message()));
        return opened();
    }
    if (!created && !connect(path, QString())) {
        const QSqlError why = m_db.lastError();
        return refuse(codeOf(why), tr("Cannot open %1: %2").arg(shown, why.text()));
    }
    // Durable commits: WAL with a full sync survives a crash or a power cut.
    QSqlQuery q(m_db);
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QLatin1String(pragma))) {
            const QSqlError why = q.lastError();
            q.finish();
            const StoreError problem = writeProblem(info.absolutePath(), codeOf(why));
            if (problem.code() != Code::None && !created && version == PortfolioStore::schemaVersion)
                return openForReadingOnly(shown, problem) && opened();
            if (problem.code() != Code::None)
                return refuse(problem.code(), tr("Cannot prepare %1: %2.").arg(shown, problem.message()));
            return codeOf(why) == Code::Damaged ? refuseDamaged(shown, why.text())
                                                : refuse(codeOf(why), tr("Cannot prepare %1: %2").arg(shown, why.text()));
        }
        q.finish();
    }
    if (version < PortfolioStore::schemaVersion && !Migrator::migrate(*this, version)) {
        const StoreError why = m_error;
        const StoreError problem = writeProblem(info.absolutePath(), why.code());
        return problem.code() != Code::None ? refuse(problem.code(), tr("%1: %2.").arg(why.message(), problem.message()))
                                            : refuse(why.code(), why.message());
    }
    // A damaged index would make every later save of evidence fail; the check in the
    // background looks at it too.
    if (!checkInBackground)
        m_indexDamaged = isSearchIndexDamaged(m_db);
    return opened();
}

bool Database::rebuildSearchIndex()
{
    // The verdict of a check in the background is taken first: it may be what found the damage.
    if (!checkOpen() || !checkSound())
        return false;
    if (m_server)
        return true; // the server's search is a column of each record, not an index of its own
    const bool wasDamaged = std::exchange(m_indexDamaged, false); // the rebuild is the save it allows
    const bool rebuilt = transaction([&] {
        QSqlQuery q(m_db);
        return q.exec(QLatin1String(searchIndexRebuild))
            || failQuery(q, tr("Cannot rebuild the search index"));
    });
    if (!rebuilt) {
        m_indexDamaged = wasDamaged;
        return false;
    }
    m_indexDamaged = isSearchIndexDamaged(m_db);
    return !m_indexDamaged
        || fail(StoreError::Code::Damaged, tr("The search index of %1 is still damaged after it was made again. Export an "
                                              "archive and import it into a new portfolio.").arg(QDir::toNativeSeparators(m_path)));
}

bool Database::openServer(const QString& uri, const QString& worker)
{
    using Code = StoreError::Code;
    close();
    m_error = StoreError();
    m_backupPath.clear();
    if (!team::ServerConnection::open(uri, m_connection, &m_db, &m_login, &m_error))
        return false;
    m_server = true;
    m_path = team::ServerConnection::shown(uri);
    if (!team::ServerConnection::checkCurrent(m_db, m_path, &m_error))
        return refuse(m_error.code(), m_error.message());
    if (!switchPortfolio(worker.isEmpty() ? m_login : worker)) {
        const StoreError why = m_error;
        return refuse(why.code(), why.message());
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT name FROM team_people WHERE login = waymark_login()")) && q.next())
        m_loginName = q.value(0).toString();
    // A portfolio begins the first time its worker (or an administrator) opens it.
    if (!q.exec(ensureWorkerRow())
        && codeOf(q.lastError()) != Code::NotAllowed)
        return refuse(codeOf(q.lastError()), tr("Cannot open the portfolio of %1: %2").arg(m_owner, q.lastError().text()));
    return true;
}

bool Database::switchPortfolio(const QString& worker)
{
    using Code = StoreError::Code;
    if (!m_server || !isOpen())
        return fail(Code::NotOpen, tr("Only a portfolio on a team server can be switched to another person's."));
    QSqlQuery q = query(QStringLiteral("SELECT waymark_can_read(?), EXISTS (SELECT 1 FROM team_people WHERE login = ?)"));
    bindAll(q, {worker, worker});
    if (!q.exec() || !q.next())
        return failQuery(q, tr("Cannot open the portfolio of %1").arg(worker));
    if (!q.value(1).toBool())
        return fail(Code::NotFound, tr("%1 is not in the team on %2.").arg(worker, m_path));
    if (!q.value(0).toBool())
        return fail(Code::NotAllowed, tr("%1 may not open the portfolio of %2: they are not assigned to %1. The team's "
                                         "administrator assigns supervisors and readers.").arg(m_login, worker));
    QSqlQuery set = query(QStringLiteral("SELECT set_config('waymark.portfolio', ?, false)"));
    bindAll(set, {worker});
    if (!set.exec())
        return failQuery(set, tr("Cannot open the portfolio of %1").arg(worker));
    m_owner = worker;
    return true;
}

QFuture<IntegrityVerdict> Database::integrityVerdict() const
{
    return m_integrityCheck ? m_integrityCheck->result() : QtFuture::makeReadyFuture(IntegrityVerdict{true, m_damage, m_indexDamaged});
}

bool Database::checkSound()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_integrityCheck) {
        QFuture<IntegrityVerdict> pending = m_integrityCheck->result();
        pending.waitForFinished();
        IntegrityVerdict verdict = pending.resultCount() > 0 ? pending.result() : IntegrityVerdict();
        if (!verdict.checked) { // it could not run behind the worker: run it now
            verdict = checkIntegrity(m_db);
            verdict.searchIndexDamaged = verdict.checked && verdict.finding.isEmpty() && isSearchIndexDamaged(m_db);
        }
        if (!verdict.checked)
            return fail(StoreError::Code::Io, tr("Nothing was saved: %1 could not be checked before saving (%2). Try again "
                                                 "in a moment.").arg(shown, verdict.finding));
        m_integrityCheck.reset();
        m_damage = verdict.finding;
        m_indexDamaged = verdict.searchIndexDamaged;
    }
    return m_damage.isEmpty()
        || fail(StoreError::Code::Damaged, tr("%1 is damaged (the integrity check found: %2). Nothing was saved; it stays "
                                              "open for reading. Restore it from a backup or an exported archive.")
                                               .arg(shown, m_damage));
}

bool Database::checkWritable()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_readOnly.code() != StoreError::Code::None)
        return fail(m_readOnly.code(), tr("Nothing was saved: %1 is open for reading only, because %2. Make room (or move the "
                                          "portfolio somewhere it can be written) and open it again to save.")
                                           .arg(shown, m_readOnly.message()));
    return !m_indexDamaged
        || fail(StoreError::Code::Damaged, tr("Nothing was saved: the search index of %1 is damaged (the records themselves "
                                              "are whole). Rebuild the index, which Waymark makes again from the records, and "
                                              "save again.").arg(shown));
}

bool Database::checkStillAtPath()
{
    if (m_server || !isOpen())
        return true;
    const FileIdentity now = identityOf(m_path);
    if (now == m_identity)
        return true;
    // Saves already made may wait in the journal, under the old name: they go into the file
    // that was open, wherever it is now.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString shown = QDir::toNativeSeparators(m_path);
    const QString message = now.exists
        ? tr("%1 was replaced by another file while Waymark had it open (a copy put in its place, or a backup restored "
             "over it). Nothing was saved. Open it again to go on with the file that is there now.").arg(shown)
        : tr("%1 was moved, renamed or deleted while Waymark had it open. Nothing was saved. Open it again from where it "
             "is now.").arg(shown);
    fail(StoreError::Code::Moved, message);
    if (m_onMoved)
        m_onMoved(message);
    return false;
}

bool Database::transaction(const std::function<bool()>& work)
{
    if (!checkOpen())
        return false;
    if (m_transactionDepth > 0)
        return work(); // part of the caller's user action, committed with it
    if (!checkSound() || !checkWritable() || !checkStillAtPath())
        return false;
    m_pending.clear();
    struct Depth
    {
        int& depth;
        explicit Depth(int& d) : depth(d) { ++depth; }
        ~Depth() { --depth; }
    } depth(m_transactionDepth);
    Transaction tx(m_db, m_server);
    if (!tx.active()) {
        const StoreError::Code code = codeOf(tx.error());
        return fail(code, code == StoreError::Code::Busy
                              ? tr("The portfolio is in use by another program and stayed locked; nothing was saved. Try again.")
                              : describe(code, tr("Cannot save"), tx.error().text()));
    }
    if (!work()) {
        m_pending.clear();
        return false; // the Transaction rolls back
    }
    if (!m_server && !(identityOf(m_path) == m_identity)) { // moved while the work was done
        m_pending.clear();
        tx.rollBack();
        return checkStillAtPath();
    }
    if (!tx.commit()) {
        m_pending.clear();
        const StoreError::Code code = codeOf(tx.error());
        return fail(code, describe(code, tr("Cannot save"), tx.error().text()));
    }
    const auto changes = std::exchange(m_pending, {});
    if (m_announce)
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
            m_announce(it.key(), it.value());
    return true;
}

void Database::readTogether(const std::function<void()>& read)
{
    requireOpen();
    if (m_transactionDepth > 0)
        return read();
    // A deferred transaction: its first read fixes the snapshot every later read sees.
    struct Snapshot
    {
        Database& db;
        explicit Snapshot(Database& d) : db(d)
        {
            QSqlQuery q(db.m_db);
            if (!q.exec(db.m_server ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN")))
                db.throwQuery(q, tr("Cannot read the portfolio"));
            ++db.m_transactionDepth;
        }
        ~Snapshot()
        {
            --db.m_transactionDepth;
            QSqlQuery(db.m_db).exec(QStringLiteral("ROLLBACK")); // nothing was written
        }
    } snapshot(*this);
    read();
}

void Database::noteChange(PortfolioStore::Area area, qint64 id)
{
    QList<qint64>& ids = m_pending[area];
    if (id > 0 && !ids.contains(id))
        ids << id;
}

bool Database::deleteRow(const char* table, qint64 id, const QString& what, const QString& missing)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        bind(q, id);
        if (!q.exec())
            return failQuery(q, what);
        return q.numRowsAffected() == 1 || fail(StoreError::Code::NotFound, missing.arg(id));
    });
}

bool Database::markDeleted(const char* table, qint64 id, bool deleted, const QString& what, const QString& missing)
{
    return transaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS %2")
                      .arg(QLatin1String(table), deleted ? QStringLiteral("NULL") : QStringLiteral("NOT NULL")));
        bind(q, deleted ? QVariant(nowText()) : QVariant(QMetaType(QMetaType::QString)));
        bind(q, id);
        if (!q.exec())
            return failQuery(q, what);
        return q.numRowsAffected() == 1 || fail(StoreError::Code::NotFound, missing.arg(id));
    });
}

qint64 Database::changeCounter()
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_db);
    static const QString signature = serverChangeSignature();
    if (q.exec(m_server ? signature : QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QDate Database::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

bool Database::checkNotFuture(const QDate& date, const QString& what)
{
    if (date.isValid() && date > today())
        return fail(StoreError::Code::Invalid, tr("%1 cannot be dated after today: %2 is later than %3. Record it once it has happened.")
                                                   .arg(what, date.toString(Qt::ISODate), today().toString(Qt::ISODate)));
    return true;
}

} // namespace waymark::store
