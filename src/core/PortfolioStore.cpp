#include "waymark/PortfolioStore.h"

#include "waymark/Pathway.h"

#include "IntegrityCheck.h"
#include "PortfolioSchema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace waymark {

const char* const PortfolioStore::fileExtension = "waymark";

const ItemFacts* PortfolioFacts::item(const ItemRef& ref) const
{
    auto it = items.constFind(ref.toString());
    return it == items.constEnd() ? nullptr : &it.value();
}

namespace {

// Qt binds a null QString as SQL NULL; Waymark's text columns hold '' for "nothing typed".
// A deliberately null value (dateValue of an invalid date) stays NULL.
void bind(QSqlQuery& q, const QVariant& v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString(QLatin1String("")));
    else
        q.addBindValue(v);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Turns what a person types into an FTS5 query: every word must appear, as a prefix.
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (QString word : text.split(QRegularExpression(QStringLiteral("[\\s\"]+")), Qt::SkipEmptyParts)) {
        word.remove(QRegularExpression(QStringLiteral("[^\\w'-]")));
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

// Columns 0 to 8 are what a list shows of a record (summaryColumns); 9 and 10 its text.
const QString summaryColumns = QStringLiteral(
    "e.id, e.version, e.title, e.date_from, e.date_to, e.kind, e.source, e.saved_at, e.deleted_at");
const QString evidenceColumns = summaryColumns + QStringLiteral(", e.narrative, e.reflection");

void readSummary(const QSqlQuery& q, EvidenceSummary& e)
{
    e.id = q.value(0).toLongLong();
    e.version = q.value(1).toInt();
    e.title = q.value(2).toString();
    e.date = dateFrom(q.value(3));
    e.endDate = dateFrom(q.value(4));
    evidenceKindFromId(q.value(5).toString(), &e.kind);
    e.source = q.value(6).toString();
    e.savedAt = timeFrom(q.value(7));
    e.deleted = !q.value(8).isNull();
}

Evidence evidenceFrom(const QSqlQuery& q)
{
    Evidence e;
    readSummary(q, e);
    e.narrative = q.value(9).toString();
    e.reflection = q.value(10).toString();
    return e;
}

} // namespace

namespace {

// A consistent copy of db's file at path, owner-only from the start: VACUUM INTO fills the empty
// file made for it. Returns why it failed (empty on success), leaving nothing at path.
QString copyInto(const QSqlDatabase& db, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return QStringLiteral("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    bind(q, path);
    if (q.exec())
        return QString();
    QFile::remove(path);
    return q.lastError().text();
}

// Moves from over to, replacing what is there in one step (rename(2)): the old file stays
// whole until the new one is in place.
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// A plain SQLite connection for looking at a file before it is trusted as a portfolio.
class RawConnection
{
public:
    RawConnection(const QString& path, bool readOnly)
        : m_name(QStringLiteral("waymark-raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        if (readOnly)
            m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    const QSqlDatabase& db() const { return m_db; }
    int pragma(const char* name) const
    {
        QSqlQuery q(m_db);
        return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toInt() : -1;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

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

// What db holds that Waymark's own schema of that version does not (a trigger, a view, a
// table), or holds otherwise, or lacks.
QStringList foreignSchemaObjects(const QSqlDatabase& db, int version)
{
    const RawConnection reference(QStringLiteral(":memory:"), false);
    QSqlQuery q(reference.db());
    for (int v = 0; v < version; ++v)
        for (const QString& sql : portfolioMigrations()[v])
            q.exec(sql);
    const QHash<QString, QString> expected = schemaObjects(reference.db());
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

} // namespace

// BEGIN IMMEDIATE takes the write lock up front, so two writers queue on the busy
// timeout instead of failing when one upgrades from a read.
class PortfolioStore::Transaction
{
public:
    explicit Transaction(QSqlDatabase& db) : m_db(db)
    {
        QSqlQuery q(m_db);
        m_active = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = q.lastError().text();
    }
    ~Transaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    bool active() const { return m_active; }
    QString error() const { return m_error; }
    bool commit()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT"))) {
            m_error = q.lastError().text();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    QString m_error;
};

PortfolioStore::PortfolioStore()
    : m_connection(QStringLiteral("waymark-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

PortfolioStore::~PortfolioStore()
{
    close();
}

QString PortfolioStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/portfolio.waymark");
}

bool PortfolioStore::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool PortfolioStore::failQuery(const QSqlQuery& query, const QString& what)
{
    const QString text = query.lastError().text();
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return fail(QStringLiteral("%1: the portfolio is in use by another program and stayed locked; nothing was changed. Try again in a moment.").arg(what));
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return fail(QStringLiteral("%1: the portfolio file is read-only; nothing was changed.").arg(what));
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("full")))
        return fail(QStringLiteral("%1: the disk is full; nothing was changed.").arg(what));
    return fail(QStringLiteral("%1: %2").arg(what, text));
}

bool PortfolioStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool PortfolioStore::checkOpen()
{
    return isOpen() || fail(QStringLiteral("No portfolio is open."));
}

void PortfolioStore::close()
{
    m_integrityCheck.reset();
    m_damage.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_path.clear();
}

bool PortfolioStore::open(const QString& path, OpenMode mode, IntegrityCheck check)
{
    close();
    m_error.clear();
    m_backupPath.clear();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    if (info.exists() && info.isDir())
        return fail(QStringLiteral("%1 is a folder, not a portfolio.").arg(shown));
    if (mode == OpenMode::CreateNew && info.exists())
        return fail(QStringLiteral("%1 already exists; choose another name.").arg(shown));
    const bool readOnly = mode == OpenMode::ReadOnly;
    if ((mode == OpenMode::OpenExisting || readOnly) && !info.exists())
        return fail(QStringLiteral("There is no portfolio at %1.").arg(shown));

    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
        // Created owner-only before SQLite sees it; SQLite gives its -wal and -shm files the same mode.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(QStringLiteral("Cannot create %1: %2").arg(shown, file.errorString()));
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    } else {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Cannot read %1: %2").arg(shown, file.errorString()));
        const QByteArray header = file.read(16);
        if (header.isEmpty())
            return fail(QStringLiteral("%1 is empty (0 bytes), not a portfolio. It was left as it is; open another file, or "
                                       "remove this one to start a new portfolio there.").arg(shown));
        if (header != QByteArray("SQLite format 3\0", 16))
            return fail(QStringLiteral("%1 is not a Waymark portfolio (it is not a database file). It was left as it is.").arg(shown));
        if (!readOnly && !info.isWritable())
            return fail(QStringLiteral("%1 is read-only. Waymark needs to be able to save to it; copy it somewhere you can write to, or change its permissions.").arg(shown));
    }

    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return fail(QStringLiteral("Cannot open %1: %2").arg(shown, why));
    }
    m_path = info.absoluteFilePath();

    auto refuse = [&](const QString& message) {
        close();
        return fail(message);
    };
    auto refuseDamaged = [&](const QString& problem) {
        return refuse(QStringLiteral("%1 is damaged (%2). It was left as it is; "
                                     "restore it from a backup or an exported archive.").arg(shown, problem));
    };
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        const QString why = q.lastError().text();
        if (why.contains(QLatin1String("locked")) || why.contains(QLatin1String("busy")))
            return refuse(QStringLiteral("%1 is locked by another program. Close it there, or try again in a moment; the file was not changed.").arg(shown));
        return refuse(QStringLiteral("%1 is damaged or not a database (%2). It was left as it is.").arg(shown, why));
    }
    const int appId = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return refuse(QStringLiteral("%1 is damaged: %2. It was left as it is.").arg(shown, q.lastError().text()));
    const int version = q.value(0).toInt();
    q.finish();
    if (version == 0) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return refuse(QStringLiteral("%1 is damaged: %2. It was left as it is.").arg(shown, q.lastError().text()));
        if (q.value(0).toInt() > 0)
            return refuse(QStringLiteral("%1 is a database of another program, not a Waymark portfolio. It was left as it is.").arg(shown));
        q.finish();
    } else {
        if (appId != portfolioApplicationId)
            return refuse(QStringLiteral("%1 is a database of another program, not a Waymark portfolio. It was left as it is.").arg(shown));
        if (version > schemaVersion)
            return refuse(QStringLiteral("%1 was saved by a newer version of Waymark (portfolio format %2; this version reads up to %3). "
                                         "Update Waymark to open it; the file was left as it is.").arg(shown).arg(version).arg(schemaVersion));
    }
    // A migration writes, so it always waits for the check.
    const bool checkInBackground = check == IntegrityCheck::InBackground && version == schemaVersion;
    if (version > 0 && !checkInBackground) {
        const IntegrityVerdict verdict = checkIntegrity(m_db);
        if (!verdict.checked)
            return refuse(QStringLiteral("%1 could not be checked: %2. It was left as it is.").arg(shown, verdict.finding));
        if (!verdict.finding.isEmpty())
            return refuseDamaged(QStringLiteral("the integrity check found: %1").arg(verdict.finding));
    }
    auto opened = [&] {
        if (checkInBackground)
            m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>(m_path);
        return true;
    };

    if (readOnly) {
        if (version < schemaVersion)
            return refuse(QStringLiteral("%1 is in an older portfolio format; open it normally once to update it.").arg(shown));
        return opened();
    }
    // Durable commits: WAL with a full sync survives a crash or a power cut.
    for (const char* pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QLatin1String(pragma))) {
            const QString why = q.lastError().text();
            return why.contains(QLatin1String("malformed")) ? refuseDamaged(why)
                                                             : refuse(QStringLiteral("Cannot prepare %1: %2").arg(shown, why));
        }
        q.finish();
    }
    if (version < schemaVersion && !migrate(version)) {
        const QString why = m_error;
        return refuse(why);
    }
    return opened();
}

QFuture<IntegrityVerdict> PortfolioStore::integrityVerdict() const
{
    return m_integrityCheck ? m_integrityCheck->result() : QtFuture::makeReadyFuture(IntegrityVerdict{true, m_damage});
}

bool PortfolioStore::checkSound()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_integrityCheck) {
        QFuture<IntegrityVerdict> pending = m_integrityCheck->result();
        pending.waitForFinished();
        IntegrityVerdict verdict = pending.resultCount() > 0 ? pending.result() : IntegrityVerdict();
        if (!verdict.checked)
            verdict = checkIntegrity(m_db); // it could not run behind the worker: run it now
        if (!verdict.checked)
            return fail(QStringLiteral("Nothing was saved: %1 could not be checked before saving (%2). Try again in a moment.")
                            .arg(shown, verdict.finding));
        m_integrityCheck.reset();
        m_damage = verdict.finding;
    }
    return m_damage.isEmpty()
        || fail(QStringLiteral("%1 is damaged (the integrity check found: %2). Nothing was saved; it stays open for reading. "
                               "Restore it from a backup or an exported archive.").arg(shown, m_damage));
}

bool PortfolioStore::migrate(int fromVersion)
{
    if (fromVersion > 0) {
        // A consistent copy, taken with the file open, before anything changes.
        m_backupPath = m_path + QStringLiteral(".before-format-%1-%2.bak")
                                    .arg(schemaVersion)
                                    .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (const QString why = copyInto(m_db, m_backupPath); !why.isEmpty())
            return fail(QStringLiteral("Could not back the portfolio up before updating its format: %1").arg(why));
    }
    Transaction tx(m_db);
    if (!tx.active())
        return fail(QStringLiteral("Could not update the portfolio's format: %1").arg(tx.error()));
    const auto& steps = portfolioMigrations();
    for (int v = fromVersion; v < schemaVersion; ++v)
        for (const QString& sql : steps[v]) {
            QSqlQuery q(m_db);
            if (!q.exec(sql))
                return failQuery(q, QStringLiteral("Could not update the portfolio's format"));
        }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(portfolioApplicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion))
        || !q.exec(QStringLiteral("INSERT INTO worker (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM worker)")))
        return failQuery(q, QStringLiteral("Could not update the portfolio's format"));
    if (!tx.commit())
        return fail(QStringLiteral("Could not update the portfolio's format: %1").arg(tx.error()));
    return true;
}

bool PortfolioStore::inTransaction(const std::function<bool()>& work)
{
    if (!checkOpen())
        return false;
    if (m_transactionDepth > 0)
        return work(); // part of the caller's user action, committed with it
    if (!checkSound())
        return false;
    struct Depth
    {
        int& depth;
        explicit Depth(int& d) : depth(d) { ++depth; }
        ~Depth() { --depth; }
    } depth(m_transactionDepth);
    Transaction tx(m_db);
    if (!tx.active())
        return fail(tx.error().contains(QLatin1String("locked"))
                        ? QStringLiteral("The portfolio is in use by another program and stayed locked; nothing was saved. Try again.")
                        : QStringLiteral("Cannot save: %1").arg(tx.error()));
    if (!work())
        return false; // the Transaction rolls back
    if (!tx.commit())
        return fail(QStringLiteral("Cannot save: %1").arg(tx.error()));
    return true;
}

bool PortfolioStore::removeRow(const char* table, qint64 id, const QString& action, const QString& missing)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        bind(q, id);
        if (!q.exec())
            return failQuery(q, action);
        return q.numRowsAffected() == 1 || fail(missing.arg(id));
    });
}

qint64 PortfolioStore::changeCounter()
{
    if (!isOpen())
        return -1;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        return q.value(0).toLongLong();
    return -1;
}

QDate PortfolioStore::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void PortfolioStore::setToday(const QDate& today)
{
    m_today = today;
}

bool PortfolioStore::checkNotFuture(const QDate& date, const QString& what)
{
    if (date.isValid() && date > today())
        return fail(QStringLiteral("%1 cannot be dated after today: %2 is later than %3. Record it once it has happened.")
                        .arg(what, date.toString(Qt::ISODate), today().toString(Qt::ISODate)));
    return true;
}

// ---- worker -------------------------------------------------------------------------

std::optional<Worker> PortfolioStore::worker()
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name, profession, registration_body, registration_number, qualified_on, pathway_id,"
                               " current_step, target_step, supervisor_name, supervisor_role FROM worker WHERE id = 1"))) {
        failQuery(q, QStringLiteral("Cannot read the profile"));
        return std::nullopt;
    }
    Worker w;
    if (q.next()) {
        w.name = q.value(0).toString();
        w.profession = q.value(1).toString();
        w.registrationBody = q.value(2).toString();
        w.registrationNumber = q.value(3).toString();
        w.qualified = dateFrom(q.value(4));
        w.pathwayId = q.value(5).toString();
        w.currentStep = q.value(6).toString();
        w.targetStep = q.value(7).toString();
        w.supervisorName = q.value(8).toString();
        w.supervisorRole = q.value(9).toString();
    }
    return w;
}

bool PortfolioStore::saveWorker(const Worker& w)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE worker SET name = ?, profession = ?, registration_body = ?, registration_number = ?,"
                                 " qualified_on = ?, pathway_id = ?, current_step = ?, target_step = ?,"
                                 " supervisor_name = ?, supervisor_role = ? WHERE id = 1"));
        for (const QVariant& v : {QVariant(w.name), QVariant(w.profession), QVariant(w.registrationBody),
                                  QVariant(w.registrationNumber), dateValue(w.qualified), QVariant(w.pathwayId),
                                  QVariant(w.currentStep), QVariant(w.targetStep), QVariant(w.supervisorName),
                                  QVariant(w.supervisorRole)})
            bind(q, v);
        return q.exec() || failQuery(q, QStringLiteral("Cannot save the profile"));
    });
}

QList<RoleRecord> PortfolioStore::roles()
{
    QList<RoleRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, title, grade, started_on, ended_on, supervised_others FROM roles ORDER BY started_on, id"))) {
        failQuery(q, QStringLiteral("Cannot read the role history"));
        return out;
    }
    while (q.next())
        out << RoleRecord{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          dateFrom(q.value(3)), dateFrom(q.value(4)), q.value(5).toBool()};
    return out;
}

qint64 PortfolioStore::addRole(const RoleRecord& role)
{
    if (role.title.trimmed().isEmpty() || !role.start.isValid())
        return fail(QStringLiteral("A role needs a title and a start date.")), 0;
    if (role.end.isValid() && role.end < role.start)
        return fail(QStringLiteral("A role cannot end before it starts.")), 0;
    if (!checkNotFuture(role.start, QStringLiteral("A role")) || !checkNotFuture(role.end, QStringLiteral("The end of a role")))
        return 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO roles (title, grade, started_on, ended_on, supervised_others) VALUES (?, ?, ?, ?, ?)"));
        bind(q, role.title.trimmed());
        bind(q, role.grade);
        bind(q, dateValue(role.start));
        bind(q, dateValue(role.end));
        bind(q, role.supervisedOthers ? 1 : 0);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot add the role"));
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return saved ? id : 0;
}

bool PortfolioStore::updateRole(const RoleRecord& role)
{
    if (role.end.isValid() && role.start.isValid() && role.end < role.start)
        return fail(QStringLiteral("A role cannot end before it starts."));
    if (!checkNotFuture(role.start, QStringLiteral("A role")) || !checkNotFuture(role.end, QStringLiteral("The end of a role")))
        return false;
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE roles SET title = ?, grade = ?, started_on = ?, ended_on = ?, supervised_others = ? WHERE id = ?"));
        bind(q, role.title.trimmed());
        bind(q, role.grade);
        bind(q, dateValue(role.start));
        bind(q, dateValue(role.end));
        bind(q, role.supervisedOthers ? 1 : 0);
        bind(q, role.id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the role"));
        return q.numRowsAffected() == 1 || fail(QStringLiteral("There is no role %1.").arg(role.id));
    });
}

bool PortfolioStore::removeRole(qint64 id)
{
    return removeRow("roles", id, QStringLiteral("Cannot remove the role"), QStringLiteral("There is no role %1."));
}

QList<AwardRecord> PortfolioStore::awards()
{
    QList<AwardRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, award, title, status, awarded_on FROM awards ORDER BY awarded_on, id"))) {
        failQuery(q, QStringLiteral("Cannot read the awards"));
        return out;
    }
    while (q.next()) {
        AwardRecord a{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString() == QLatin1String("held") ? AwardRecord::Status::Held : AwardRecord::Status::InProgress,
                      dateFrom(q.value(4))};
        out << a;
    }
    return out;
}

qint64 PortfolioStore::addAward(const AwardRecord& award)
{
    if (award.award.trimmed().isEmpty())
        return fail(QStringLiteral("An award needs a name.")), 0;
    if (!checkNotFuture(award.date, QStringLiteral("An award")))
        return 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO awards (award, title, status, awarded_on) VALUES (?, ?, ?, ?)"));
        bind(q, award.award.trimmed());
        bind(q, award.title);
        bind(q, award.status == AwardRecord::Status::Held ? QStringLiteral("held") : QStringLiteral("in-progress"));
        bind(q, dateValue(award.date));
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot add the award"));
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return saved ? id : 0;
}

bool PortfolioStore::removeAward(qint64 id)
{
    return removeRow("awards", id, QStringLiteral("Cannot remove the award"), QStringLiteral("There is no award %1."));
}

// ---- evidence -----------------------------------------------------------------------

QString PortfolioStore::validateEvidence(const Evidence& e) const
{
    if (e.title.trimmed().isEmpty())
        return QStringLiteral("Evidence needs a title.");
    if (!e.date.isValid())
        return QStringLiteral("Evidence needs a date.");
    if (e.endDate.isValid() && e.endDate < e.date)
        return QStringLiteral("The evidence's period cannot end before it starts.");
    const QDate latest = e.endDate.isValid() ? e.endDate : e.date;
    if (latest > today())
        return QStringLiteral("Evidence cannot be dated after today: %1 is later than %2. Record it once it has happened.")
            .arg(latest.toString(Qt::ISODate), today().toString(Qt::ISODate));
    return QString();
}

namespace {

void bindEvidenceFields(QSqlQuery& q, const Evidence& e, const QString& savedAt)
{
    bind(q, e.title.trimmed());
    bind(q, dateValue(e.date));
    bind(q, dateValue(e.endDate));
    bind(q, evidenceKindId(e.kind));
    bind(q, e.source.trimmed());
    bind(q, e.narrative);
    bind(q, e.reflection);
    bind(q, savedAt);
}

} // namespace

qint64 PortfolioStore::addEvidence(const Evidence& evidence, const QList<Mapping>& mappings, const QList<NewAttachment>& attachments)
{
    const QString invalid = validateEvidence(evidence);
    if (!invalid.isEmpty())
        return fail(invalid), 0;
    for (const NewAttachment& a : attachments)
        if (a.data.size() > maxAttachmentBytes)
            return fail(QStringLiteral("The attachment \"%1\" is %2 MB; attachments may be at most %3 MB. Nothing was saved.")
                            .arg(a.name).arg(double(a.data.size()) / 1e6, 0, 'f', 1).arg(maxAttachmentBytes / (1024 * 1024))), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        // A new id is above every id a judgement remembers, so that the record of purged
        // evidence never names a new record.
        q.prepare(QStringLiteral("INSERT INTO evidence (id, version, title, date_from, date_to, kind, source, narrative, reflection, saved_at)"
                                 " VALUES (1 + max(coalesce((SELECT max(id) FROM evidence), 0),"
                                 " coalesce((SELECT max(evidence_id) FROM judgement_evidence), 0)), 1, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindEvidenceFields(q, evidence, nowText());
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the evidence"));
        id = q.lastInsertId().toLongLong();
        if (!keepVersion(id))
            return false;
        for (Mapping m : mappings) {
            m.evidenceId = id;
            if (addMapping(m) == 0)
                return false;
        }
        for (const NewAttachment& a : attachments)
            if (insertAttachment(id, a) == 0)
                return false;
        return true;
    });
    return saved ? id : 0;
}

bool PortfolioStore::updateEvidence(const Evidence& evidence, int expectedVersion)
{
    const QString invalid = validateEvidence(evidence);
    if (!invalid.isEmpty())
        return fail(invalid);
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE evidence SET title = ?, date_from = ?, date_to = ?, kind = ?, source = ?, narrative = ?,"
                                 " reflection = ?, saved_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        bindEvidenceFields(q, evidence, nowText());
        bind(q, evidence.id);
        bind(q, expectedVersion);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the evidence"));
        if (q.numRowsAffected() != 1) {
            const std::optional<Evidence> now = this->evidence(evidence.id);
            if (!now)
                return fail(QStringLiteral("There is no evidence %1.").arg(evidence.id));
            return fail(QStringLiteral("\"%1\" was changed elsewhere (another window or program) since you opened it: it is now at "
                                       "version %2, you edited version %3. Your text was not saved over it; reopen the evidence "
                                       "and apply your change again.").arg(now->title).arg(now->version).arg(expectedVersion));
        }
        return keepVersion(evidence.id);
    });
}

std::optional<Evidence> PortfolioStore::evidence(qint64 id)
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM evidence e WHERE e.id = ?").arg(evidenceColumns));
    bind(q, id);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the evidence"));
        return std::nullopt;
    }
    if (!q.next()) {
        fail(QStringLiteral("There is no evidence %1.").arg(id));
        return std::nullopt;
    }
    return evidenceFrom(q);
}

QList<Evidence> PortfolioStore::evidenceVersions(qint64 id)
{
    QList<Evidence> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.evidence_id, e.version, e.title, e.date_from, e.date_to, e.kind, e.source, e.saved_at,"
                             " NULL, e.narrative, e.reflection FROM evidence_versions e WHERE e.evidence_id = ? ORDER BY e.version"));
    bind(q, id);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the evidence history"));
        return out;
    }
    while (q.next())
        out << evidenceFrom(q);
    return out;
}

QList<Evidence> PortfolioStore::findEvidence(const EvidenceFilter& filter)
{
    QList<Evidence> out;
    QSqlQuery q(m_db);
    if (searchEvidence(q, filter, evidenceColumns))
        while (q.next())
            out << evidenceFrom(q);
    return out;
}

QList<EvidenceSummary> PortfolioStore::listEvidence(const EvidenceFilter& filter)
{
    QList<EvidenceSummary> out;
    QSqlQuery q(m_db);
    if (searchEvidence(q, filter, summaryColumns))
        while (q.next())
            readSummary(q, out.emplace_back());
    return out;
}

bool PortfolioStore::searchEvidence(QSqlQuery& q, const EvidenceFilter& filter, const QString& columns)
{
    if (!checkOpen())
        return false;
    QStringList where;
    QVariantList binds;
    QString from = QStringLiteral("evidence e");
    QString order = QStringLiteral("e.date_from DESC, e.id DESC");
    const QString match = ftsQuery(filter.text);
    if (!filter.text.trimmed().isEmpty()) {
        if (match.isEmpty())
            return false; // nothing searchable was typed: nothing found
        if (filter.order == EvidenceOrder::BestMatch) {
            // Ranking reads every match, however few are shown.
            from = QStringLiteral("evidence_fts f JOIN evidence e ON e.id = f.rowid");
            where << QStringLiteral("evidence_fts MATCH ?");
            order = QStringLiteral("f.rank, e.date_from DESC");
        } else {
            where << QStringLiteral("e.id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)");
            if (filter.limit > 0 && filter.item.itemId.isEmpty() && matchesAtLeast(match, manyMatches))
                // Walking the evidence newest first stops after the few records shown;
                // sorting many matches by date would read every one of them first.
                from = QStringLiteral("evidence e INDEXED BY evidence_date");
        }
        binds << match;
    }
    if (!filter.includeDeleted)
        where << QStringLiteral("e.deleted_at IS NULL");
    if (!filter.item.itemId.isEmpty()) {
        where << QStringLiteral("e.id IN (SELECT evidence_id FROM mappings WHERE pathway_id = ? AND item_id = ?)");
        binds << filter.item.pathwayId << filter.item.itemId;
    }
    if (!filter.anyKind) {
        where << QStringLiteral("e.kind = ?");
        binds << evidenceKindId(filter.kind);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("COALESCE(e.date_to, e.date_from) >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("e.date_from <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order;
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        bind(q, b);
    return q.exec() || failQuery(q, QStringLiteral("Cannot search the evidence"));
}

bool PortfolioStore::matchesAtLeast(const QString& ftsMatch, int count)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM evidence_fts WHERE evidence_fts MATCH ? LIMIT ?) m"));
    bind(q, ftsMatch);
    bind(q, count);
    return q.exec() && q.next() && q.value(0).toInt() >= count;
}

int PortfolioStore::evidenceCount(bool includeDeleted)
{
    if (!checkOpen())
        return 0;
    QSqlQuery q(m_db);
    if (!q.exec(includeDeleted ? QStringLiteral("SELECT count(*) FROM evidence")
                               : QStringLiteral("SELECT count(*) FROM evidence WHERE deleted_at IS NULL")) || !q.next())
        return failQuery(q, QStringLiteral("Cannot count the evidence")), 0;
    return q.value(0).toInt();
}

bool PortfolioStore::deleteEvidence(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE evidence SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
        bind(q, nowText());
        bind(q, id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot delete the evidence"));
        return q.numRowsAffected() == 1 || fail(QStringLiteral("There is no evidence %1 to delete.").arg(id));
    });
}

bool PortfolioStore::restoreEvidence(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE evidence SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL"));
        bind(q, id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot restore the evidence"));
        return q.numRowsAffected() == 1 || fail(QStringLiteral("There is no deleted evidence %1 to restore.").arg(id));
    });
}

bool PortfolioStore::purgeEvidence(qint64 id)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ? AND deleted_at IS NOT NULL"));
        bind(q, id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot purge the evidence"));
        if (q.numRowsAffected() == 1)
            return true;
        return fail(evidence(id) ? QStringLiteral("Evidence %1 can only be purged after it has been deleted.").arg(id)
                                 : QStringLiteral("There is no evidence %1.").arg(id));
    });
}

// ---- attachments --------------------------------------------------------------------

// Attaching to or removing from saved evidence makes a new version of it, so that a sign-off
// that relied on the evidence shows it changed.
qint64 PortfolioStore::addAttachment(qint64 evidenceId, const NewAttachment& a)
{
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        id = insertAttachment(evidenceId, a);
        return id != 0 && addEvidenceVersion(evidenceId);
    });
    return saved ? id : 0;
}

bool PortfolioStore::addEvidenceVersion(qint64 evidenceId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE evidence SET version = version + 1, saved_at = ? WHERE id = ?"));
    bind(q, nowText());
    bind(q, evidenceId);
    return q.exec() ? keepVersion(evidenceId) : failQuery(q, QStringLiteral("Cannot save the evidence"));
}

bool PortfolioStore::keepVersion(qint64 evidenceId)
{
    QSqlQuery v(m_db);
    v.prepare(QStringLiteral("INSERT INTO evidence_versions (evidence_id, version, title, date_from, date_to, kind, source,"
                             " narrative, reflection, saved_at) SELECT id, version, title, date_from, date_to, kind, source,"
                             " narrative, reflection, saved_at FROM evidence WHERE id = ?"));
    bind(v, evidenceId);
    return v.exec() || failQuery(v, QStringLiteral("Cannot save the evidence"));
}

qint64 PortfolioStore::insertAttachment(qint64 evidenceId, const NewAttachment& a)
{
    if (a.data.size() > maxAttachmentBytes)
        return fail(QStringLiteral("The attachment \"%1\" is %2 MB; attachments may be at most %3 MB.")
                        .arg(a.name).arg(double(a.data.size()) / 1e6, 0, 'f', 1).arg(maxAttachmentBytes / (1024 * 1024))), 0;
    if (a.name.trimmed().isEmpty())
        return fail(QStringLiteral("An attachment needs a name.")), 0;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attachments (evidence_id, name, media_type, size, sha256, data, added_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bind(q, evidenceId);
    bind(q, QFileInfo(a.name).fileName());
    bind(q, a.mediaType.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(a.name, a.data).name() : a.mediaType);
    bind(q, qint64(a.data.size()));
    bind(q, QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex()));
    bind(q, a.data);
    bind(q, nowText());
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("FOREIGN KEY")))
            return fail(QStringLiteral("There is no evidence %1 to attach \"%2\" to.").arg(evidenceId).arg(a.name)), 0;
        return failQuery(q, QStringLiteral("Cannot attach \"%1\"").arg(a.name)), 0;
    }
    return q.lastInsertId().toLongLong();
}

qint64 PortfolioStore::addAttachmentFile(qint64 evidenceId, const QString& filePath)
{
    QFile file(filePath);
    const QString name = QFileInfo(filePath).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("Cannot read \"%1\": %2").arg(name, file.errorString())), 0;
    if (file.size() > maxAttachmentBytes)
        return fail(QStringLiteral("\"%1\" is %2 MB; attachments may be at most %3 MB. It was not attached.")
                        .arg(name).arg(double(file.size()) / 1e6, 0, 'f', 1).arg(maxAttachmentBytes / (1024 * 1024))), 0;
    const QByteArray data = file.readAll();
    return addAttachment(evidenceId, {name, QMimeDatabase().mimeTypeForFileNameAndData(name, data).name(), data});
}

QList<Attachment> PortfolioStore::attachments(qint64 evidenceId)
{
    QList<Attachment> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, evidence_id, name, media_type, size, sha256 FROM attachments WHERE evidence_id = ? ORDER BY id"));
    bind(q, evidenceId);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the attachments"));
        return out;
    }
    while (q.next())
        out << Attachment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

std::optional<QByteArray> PortfolioStore::attachmentData(qint64 attachmentId)
{
    if (!checkOpen())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ?"));
    bind(q, attachmentId);
    if (!q.exec() || !q.next()) {
        q.lastError().isValid() ? failQuery(q, QStringLiteral("Cannot read the attachment"))
                                : fail(QStringLiteral("There is no attachment %1.").arg(attachmentId));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

bool PortfolioStore::removeAttachment(qint64 attachmentId)
{
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT evidence_id FROM attachments WHERE id = ?"));
        bind(q, attachmentId);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot remove the attachment"));
        if (!q.next())
            return fail(QStringLiteral("There is no attachment %1.").arg(attachmentId));
        const qint64 evidenceId = q.value(0).toLongLong();
        return removeRow("attachments", attachmentId, QStringLiteral("Cannot remove the attachment"), QStringLiteral("There is no attachment %1."))
            && addEvidenceVersion(evidenceId);
    });
}

// ---- mappings -----------------------------------------------------------------------

qint64 PortfolioStore::addMapping(const Mapping& m)
{
    if (m.item.pathwayId.isEmpty() || m.item.itemId.isEmpty())
        return fail(QStringLiteral("A mapping needs a pathway and an item (pathway:item).")), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id, note) VALUES (?, ?, ?, ?)"));
        bind(q, m.evidenceId);
        bind(q, m.item.pathwayId);
        bind(q, m.item.itemId);
        bind(q, m.note);
        if (!q.exec()) {
            const QString text = q.lastError().text();
            if (text.contains(QLatin1String("UNIQUE")))
                return fail(QStringLiteral("Evidence %1 is already mapped to %2.").arg(m.evidenceId).arg(m.item.toString()));
            if (text.contains(QLatin1String("FOREIGN KEY")))
                return fail(QStringLiteral("There is no evidence %1.").arg(m.evidenceId));
            return failQuery(q, QStringLiteral("Cannot map the evidence"));
        }
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return saved ? id : 0;
}

bool PortfolioStore::removeMapping(qint64 mappingId)
{
    return removeRow("mappings", mappingId, QStringLiteral("Cannot remove the mapping"), QStringLiteral("There is no mapping %1."));
}

namespace {

QList<Mapping> readMappings(QSqlQuery& q)
{
    QList<Mapping> out;
    while (q.next())
        out << Mapping{q.value(0).toLongLong(), q.value(1).toLongLong(), {q.value(2).toString(), q.value(3).toString()},
                       q.value(4).toString()};
    return out;
}

} // namespace

QList<Mapping> PortfolioStore::mappingsForEvidence(qint64 evidenceId)
{
    if (!checkOpen())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, evidence_id, pathway_id, item_id, note FROM mappings WHERE evidence_id = ? ORDER BY id"));
    bind(q, evidenceId);
    if (!q.exec())
        return failQuery(q, QStringLiteral("Cannot read the mappings")), QList<Mapping>();
    return readMappings(q);
}

QList<Mapping> PortfolioStore::mappingsForItem(const ItemRef& item)
{
    if (!checkOpen())
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.id, m.evidence_id, m.pathway_id, m.item_id, m.note FROM mappings m"
                             " JOIN evidence e ON e.id = m.evidence_id"
                             " WHERE m.pathway_id = ? AND m.item_id = ? AND e.deleted_at IS NULL ORDER BY e.date_from, m.id"));
    bind(q, item.pathwayId);
    bind(q, item.itemId);
    if (!q.exec())
        return failQuery(q, QStringLiteral("Cannot read the mappings")), QList<Mapping>();
    return readMappings(q);
}

// ---- judgements ---------------------------------------------------------------------

qint64 PortfolioStore::recordJudgement(const Judgement& j, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    if (j.item.pathwayId != pathway.id)
        return fail(QStringLiteral("The judgement is for pathway %1 but was given %2.").arg(j.item.pathwayId, pathway.id)), 0;
    const Pathway::Kind kind = pathway.kindOf(j.item.itemId);
    const Item* item = pathway.item(j.item.itemId);
    if (kind != Pathway::Kind::Indicator && !(kind == Pathway::Kind::Item && item->indicators.isEmpty()))
        return fail(QStringLiteral("%1 has no item or indicator \"%2\" that can be judged.").arg(pathway.title, j.item.itemId)), 0;
    if (j.byName.trimmed().isEmpty())
        return fail(QStringLiteral("A judgement needs the name of the person making it.")), 0;
    if (!j.date.isValid())
        return fail(QStringLiteral("A judgement needs a date.")), 0;
    if (!checkNotFuture(j.date, QStringLiteral("A judgement")))
        return 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QList<qint64> relied = evidenceIds;
        if (relied.isEmpty())
            for (const Mapping& m : mappingsForItem(j.item))
                relied << m.evidenceId;
        if (j.verdict == Verdict::Reached && relied.isEmpty() && pathway.needsEvidence(j.item.itemId) && !j.confirmedWithoutEvidence)
            return fail(QStringLiteral("\"%1\" has no evidence to rely on. Map evidence to it first, or confirm that it is "
                                       "signed off as reached without evidence.").arg(pathway.statementOf(j.item.itemId)));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_name, by_role, made_on, comment,"
                                 " session_id, pathway_version, statement, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bind(q, j.item.pathwayId);
        bind(q, j.item.itemId);
        bind(q, verdictId(j.verdict));
        bind(q, j.byName.trimmed());
        bind(q, j.byRole.trimmed());
        bind(q, dateValue(j.date));
        bind(q, j.comment);
        bind(q, j.sessionId > 0 ? QVariant(j.sessionId) : QVariant(QMetaType(QMetaType::LongLong)));
        bind(q, pathway.version);
        bind(q, pathway.statementOf(j.item.itemId));
        bind(q, nowText());
        if (!q.exec()) {
            if (q.lastError().text().contains(QLatin1String("FOREIGN KEY")))
                return fail(QStringLiteral("There is no supervision session %1.").arg(j.sessionId));
            return failQuery(q, QStringLiteral("Cannot record the judgement"));
        }
        id = q.lastInsertId().toLongLong();
        for (qint64 evidenceId : relied) {
            const std::optional<Evidence> e = evidence(evidenceId);
            if (!e)
                return false;
            QSqlQuery je(m_db);
            je.prepare(QStringLiteral("INSERT INTO judgement_evidence (judgement_id, evidence_id, evidence_version, title) VALUES (?, ?, ?, ?)"));
            bind(je, id);
            bind(je, evidenceId);
            bind(je, e->version);
            bind(je, e->title);
            if (!je.exec())
                return failQuery(je, QStringLiteral("Cannot record the evidence the judgement relied on"));
        }
        return true;
    });
    return saved ? id : 0;
}

QList<qint64> PortfolioStore::recordJudgements(const QList<Judgement>& list, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    QList<qint64> ids;
    const bool saved = inTransaction([&] {
        for (const Judgement& j : list) {
            const qint64 id = recordJudgement(j, pathway, evidenceIds);
            if (id == 0)
                return false;
            ids << id;
        }
        return true;
    });
    return saved ? ids : QList<qint64>();
}

qint64 PortfolioStore::reconfirmJudgement(const ItemRef& item, const Judgement& by, const Pathway& pathway)
{
    std::optional<Judgement> decision;
    for (const Judgement& j : judgements(item))
        if (j.counts && j.verdict != Verdict::ReadyForReview)
            decision = j;
    if (!decision || decision->verdict != Verdict::Reached || !decision->evidenceChanged)
        return fail(QStringLiteral("\"%1\" is not signed off as reached on evidence that changed since, so there is nothing to re-confirm.")
                        .arg(pathway.statementOf(item.itemId))), 0;
    if (by.date.isValid() && by.date < decision->date)
        return fail(QStringLiteral("A re-confirmation must be dated on or after the sign-off it re-confirms (%1).")
                        .arg(decision->date.toString(Qt::ISODate))), 0;
    Judgement j = by;
    j.item = item;
    j.verdict = Verdict::Reached;
    if (j.comment.trimmed().isEmpty())
        j.comment = QStringLiteral("Re-confirmed: still reached on the evidence as it is now (it changed after %1's sign-off of %2).")
                        .arg(decision->byName, decision->date.toString(Qt::ISODate));
    return recordJudgement(j, pathway);
}

namespace {

// Which judgements count, as a condition on j: per item, the one with the latest date (then
// the latest recorded) of any verdict, and the same among decisions. dated limits both to a
// point in time.
QString countingJudgements(const QString& dated)
{
    const QString latest = QStringLiteral(
        "j.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY pathway_id, item_id ORDER BY made_on DESC, id DESC) AS rn"
        " FROM judgements WHERE %1) WHERE rn = 1)");
    return QStringLiteral("(%1 OR %2)").arg(latest.arg(dated), latest.arg(QStringLiteral("verdict <> 'ready-for-review' AND ") + dated));
}

// A condition on j: the evidence it relied on was edited, deleted or purged by the end of the
// day before next (purges are not dated, so they always count).
QString changedBefore(const QString& next)
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM judgement_evidence je LEFT JOIN evidence e ON e.id = je.evidence_id WHERE je.judgement_id = j.id"
        " AND (e.id IS NULL OR e.deleted_at < '%1' OR EXISTS (SELECT 1 FROM evidence_versions v WHERE v.evidence_id = je.evidence_id"
        " AND v.version > je.evidence_version AND v.saved_at < '%1')))").arg(next);
}

QString datedCondition(const QDate& asOf)
{
    return asOf.isValid() ? QStringLiteral("made_on <= '%1'").arg(asOf.toString(Qt::ISODate)) : QStringLiteral("1");
}

} // namespace

QList<Judgement> PortfolioStore::readJudgements(const QString& where, const QVariantList& binds, bool withEvidence,
                                                JudgementOrder order, const QDate& asOf)
{
    QList<Judgement> out;
    if (!checkOpen())
        return out;
    // judgement_changes (kept by triggers) says whether the evidence each judgement relied on
    // was edited, deleted or purged since; a point in time needs the versions' dates instead.
    const QString changed = asOf.isValid() ? changedBefore(asOf.addDays(1).toString(Qt::ISODate))
                                           : QStringLiteral("jc.judgement_id IS NOT NULL");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT j.id, pathway_id, item_id, verdict, by_name, by_role, made_on, comment, session_id,"
                             " pathway_version, statement, recorded_at, %1,"
                             " (SELECT count(*) FROM judgement_evidence r WHERE r.judgement_id = j.id), %2,"
                             " EXISTS (SELECT 1 FROM judgements o WHERE o.pathway_id = j.pathway_id AND o.item_id = j.item_id"
                             " AND o.id < j.id AND o.made_on > j.made_on) FROM judgements j"
                             " LEFT JOIN judgement_changes jc ON jc.judgement_id = j.id %3 ORDER BY %4")
                  .arg(changed, countingJudgements(datedCondition(asOf)), where,
                       order == JudgementOrder::ByDate ? QStringLiteral("j.made_on, j.id") : QStringLiteral("j.id")));
    for (const QVariant& b : binds)
        bind(q, b);
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the judgements"));
        return out;
    }
    QHash<qint64, int> index;
    while (q.next()) {
        Judgement j;
        j.id = q.value(0).toLongLong();
        j.item = {q.value(1).toString(), q.value(2).toString()};
        verdictFromId(q.value(3).toString(), &j.verdict);
        j.byName = q.value(4).toString();
        j.byRole = q.value(5).toString();
        j.date = dateFrom(q.value(6));
        j.comment = q.value(7).toString();
        j.sessionId = q.value(8).toLongLong();
        j.pathwayVersion = q.value(9).toString();
        j.statement = q.value(10).toString();
        j.recordedAt = timeFrom(q.value(11));
        j.evidenceChanged = q.value(12).toBool();
        j.reliedOnCount = q.value(13).toInt();
        j.counts = q.value(14).toBool();
        j.backdated = q.value(15).toBool();
        index.insert(j.id, int(out.size()));
        out << j;
    }
    if (out.isEmpty())
        return out;
    if (!withEvidence)
        return out;
    QSqlQuery e(m_db);
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT judgement_id, evidence_id, evidence_version, title FROM judgement_evidence"
                             " WHERE judgement_id IN (SELECT id FROM judgements j %1) ORDER BY judgement_id, evidence_id").arg(where));
    for (const QVariant& b : binds)
        bind(e, b);
    if (!e.exec()) {
        failQuery(e, QStringLiteral("Cannot read the judgements' evidence"));
        return {};
    }
    while (e.next())
        if (auto it = index.constFind(e.value(0).toLongLong()); it != index.constEnd())
            out[it.value()].evidence << JudgementEvidence{e.value(1).toLongLong(), e.value(2).toInt(), e.value(3).toString()};
    return out;
}

QList<Judgement> PortfolioStore::judgements(const ItemRef& item, JudgementOrder order)
{
    if (item.itemId.isEmpty())
        return readJudgements(QString(), {}, true, order);
    return readJudgements(QStringLiteral("WHERE pathway_id = ? AND item_id = ?"), {item.pathwayId, item.itemId}, true, order);
}

std::optional<Judgement> PortfolioStore::latestJudgement(const ItemRef& item)
{
    const QList<Judgement> all = judgements(item, JudgementOrder::ByDate);
    if (all.isEmpty())
        return std::nullopt;
    return all.last();
}

// ---- comments, sessions, plan, CPD --------------------------------------------------

qint64 PortfolioStore::addComment(const Comment& c)
{
    if (c.text.trimmed().isEmpty() || c.author.trimmed().isEmpty())
        return fail(QStringLiteral("A comment needs an author and some text.")), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO comments (pathway_id, item_id, author, author_role, body, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        bind(q, c.item.pathwayId);
        bind(q, c.item.itemId);
        bind(q, c.author.trimmed());
        bind(q, c.authorRole.trimmed());
        bind(q, c.text);
        bind(q, nowText());
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the comment"));
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return saved ? id : 0;
}

QList<Comment> PortfolioStore::comments(const ItemRef& item)
{
    QList<Comment> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (item.itemId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT id, pathway_id, item_id, author, author_role, body, created_at FROM comments ORDER BY id"));
    } else {
        q.prepare(QStringLiteral("SELECT id, pathway_id, item_id, author, author_role, body, created_at FROM comments"
                                 " WHERE pathway_id = ? AND item_id = ? ORDER BY id"));
        bind(q, item.pathwayId);
        bind(q, item.itemId);
    }
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the comments"));
        return out;
    }
    while (q.next())
        out << Comment{q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()}, q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), timeFrom(q.value(6))};
    return out;
}

QList<ItemRef> PortfolioStore::readItemRefs(const QString& table, const QString& keyColumn, qint64 key)
{
    QList<ItemRef> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pathway_id, item_id FROM %1 WHERE %2 = ? ORDER BY pathway_id, item_id").arg(table, keyColumn));
    bind(q, key);
    if (q.exec())
        while (q.next())
            out << ItemRef{q.value(0).toString(), q.value(1).toString()};
    return out;
}

bool PortfolioStore::writeItemRefs(const QString& table, const QString& keyColumn, qint64 key, const QList<ItemRef>& refs)
{
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, keyColumn));
    bind(del, key);
    if (!del.exec())
        return failQuery(del, QStringLiteral("Cannot save the linked items"));
    for (const ItemRef& r : refs) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO %1 (%2, pathway_id, item_id) VALUES (?, ?, ?)").arg(table, keyColumn));
        bind(q, key);
        bind(q, r.pathwayId);
        bind(q, r.itemId);
        if (!q.exec() && !q.lastError().text().contains(QLatin1String("UNIQUE")))
            return failQuery(q, QStringLiteral("Cannot save the linked items"));
    }
    return true;
}

qint64 PortfolioStore::addSession(const SupervisionSession& s)
{
    if (!s.date.isValid() || s.supervisor.trimmed().isEmpty())
        return fail(QStringLiteral("A supervision session needs a date and a supervisor.")), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO sessions (held_on, supervisor, supervisor_role, notes) VALUES (?, ?, ?, ?)"));
        bind(q, dateValue(s.date));
        bind(q, s.supervisor.trimmed());
        bind(q, s.supervisorRole.trimmed());
        bind(q, s.notes);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the session"));
        id = q.lastInsertId().toLongLong();
        return writeItemRefs(QStringLiteral("session_items"), QStringLiteral("owner_id"), id, s.itemsDiscussed);
    });
    return saved ? id : 0;
}

bool PortfolioStore::updateSession(const SupervisionSession& s)
{
    if (!s.date.isValid() || s.supervisor.trimmed().isEmpty())
        return fail(QStringLiteral("A supervision session needs a date and a supervisor."));
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE sessions SET held_on = ?, supervisor = ?, supervisor_role = ?, notes = ? WHERE id = ?"));
        bind(q, dateValue(s.date));
        bind(q, s.supervisor.trimmed());
        bind(q, s.supervisorRole.trimmed());
        bind(q, s.notes);
        bind(q, s.id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the session"));
        if (q.numRowsAffected() != 1)
            return fail(QStringLiteral("There is no session %1.").arg(s.id));
        return writeItemRefs(QStringLiteral("session_items"), QStringLiteral("owner_id"), s.id, s.itemsDiscussed);
    });
}

QList<SupervisionSession> PortfolioStore::sessions()
{
    QList<SupervisionSession> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, held_on, supervisor, supervisor_role, notes FROM sessions ORDER BY held_on, id"))) {
        failQuery(q, QStringLiteral("Cannot read the sessions"));
        return out;
    }
    while (q.next())
        out << SupervisionSession{q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                  q.value(4).toString(), {}};
    for (SupervisionSession& s : out)
        s.itemsDiscussed = readItemRefs(QStringLiteral("session_items"), QStringLiteral("owner_id"), s.id);
    return out;
}

qint64 PortfolioStore::addPlanItem(const PlanItem& p)
{
    if (p.activity.trimmed().isEmpty())
        return fail(QStringLiteral("A learning plan item needs an activity.")), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO plan_items (activity, learning_offer, target_on, status) VALUES (?, ?, ?, ?)"));
        bind(q, p.activity.trimmed());
        bind(q, p.learningOffer);
        bind(q, dateValue(p.targetDate));
        bind(q, planStatusId(p.status));
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the learning plan item"));
        id = q.lastInsertId().toLongLong();
        return writeItemRefs(QStringLiteral("plan_item_links"), QStringLiteral("owner_id"), id, p.linkedItems);
    });
    return saved ? id : 0;
}

bool PortfolioStore::updatePlanItem(const PlanItem& p)
{
    if (p.activity.trimmed().isEmpty())
        return fail(QStringLiteral("A learning plan item needs an activity."));
    return inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE plan_items SET activity = ?, learning_offer = ?, target_on = ?, status = ? WHERE id = ?"));
        bind(q, p.activity.trimmed());
        bind(q, p.learningOffer);
        bind(q, dateValue(p.targetDate));
        bind(q, planStatusId(p.status));
        bind(q, p.id);
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the learning plan item"));
        if (q.numRowsAffected() != 1)
            return fail(QStringLiteral("There is no learning plan item %1.").arg(p.id));
        return writeItemRefs(QStringLiteral("plan_item_links"), QStringLiteral("owner_id"), p.id, p.linkedItems);
    });
}

bool PortfolioStore::removePlanItem(qint64 id)
{
    return removeRow("plan_items", id, QStringLiteral("Cannot remove the learning plan item"), QStringLiteral("There is no learning plan item %1."));
}

QList<PlanItem> PortfolioStore::planItems()
{
    QList<PlanItem> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, activity, learning_offer, target_on, status FROM plan_items"
                               " ORDER BY target_on IS NULL, target_on, id"))) {
        failQuery(q, QStringLiteral("Cannot read the learning plan"));
        return out;
    }
    while (q.next()) {
        PlanItem p;
        p.id = q.value(0).toLongLong();
        p.activity = q.value(1).toString();
        p.learningOffer = q.value(2).toString();
        p.targetDate = dateFrom(q.value(3));
        planStatusFromId(q.value(4).toString(), &p.status);
        out << p;
    }
    for (PlanItem& p : out)
        p.linkedItems = readItemRefs(QStringLiteral("plan_item_links"), QStringLiteral("owner_id"), p.id);
    return out;
}

qint64 PortfolioStore::addCpdEntry(const CpdEntry& c)
{
    if (!c.date.isValid() || c.activity.trimmed().isEmpty())
        return fail(QStringLiteral("A CPD entry needs a date and an activity.")), 0;
    if (c.hours < 0 || c.hours > 1000)
        return fail(QStringLiteral("CPD hours must be between 0 and 1000.")), 0;
    qint64 id = 0;
    const bool saved = inTransaction([&] {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO cpd_entries (done_on, activity, hours, notes, evidence_id) VALUES (?, ?, ?, ?, ?)"));
        bind(q, dateValue(c.date));
        bind(q, c.activity.trimmed());
        bind(q, c.hours);
        bind(q, c.notes);
        bind(q, c.evidenceId > 0 ? QVariant(c.evidenceId) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot save the CPD entry"));
        id = q.lastInsertId().toLongLong();
        return true;
    });
    return saved ? id : 0;
}

bool PortfolioStore::removeCpdEntry(qint64 id)
{
    return removeRow("cpd_entries", id, QStringLiteral("Cannot remove the CPD entry"), QStringLiteral("There is no CPD entry %1."));
}

QList<CpdEntry> PortfolioStore::cpdEntries()
{
    QList<CpdEntry> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, done_on, activity, hours, notes, evidence_id FROM cpd_entries ORDER BY done_on, id"))) {
        failQuery(q, QStringLiteral("Cannot read the CPD log"));
        return out;
    }
    while (q.next())
        out << CpdEntry{q.value(0).toLongLong(), dateFrom(q.value(1)), q.value(2).toString(), q.value(3).toDouble(),
                        q.value(4).toString(), q.value(5).toLongLong()};
    return out;
}

double PortfolioStore::cpdHours(const QDate& from, const QDate& to)
{
    double total = 0;
    for (const CpdEntry& c : cpdEntries())
        if ((!from.isValid() || c.date >= from) && (!to.isValid() || c.date <= to))
            total += c.hours;
    return total;
}

// ---- anonymisation check ------------------------------------------------------------

QStringList PortfolioStore::privateNames()
{
    QStringList out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM private_names ORDER BY name"))) {
        failQuery(q, QStringLiteral("Cannot read the list of names"));
        return out;
    }
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool PortfolioStore::setPrivateNames(const QStringList& names)
{
    return inTransaction([&] {
        QSqlQuery del(m_db);
        if (!del.exec(QStringLiteral("DELETE FROM private_names")))
            return failQuery(del, QStringLiteral("Cannot save the list of names"));
        QSet<QString> seen;
        for (const QString& raw : names) {
            const QString name = raw.simplified();
            if (name.isEmpty() || seen.contains(name.toLower()))
                continue;
            seen.insert(name.toLower());
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO private_names (name) VALUES (?)"));
            bind(q, name);
            if (!q.exec())
                return failQuery(q, QStringLiteral("Cannot save the list of names"));
        }
        return true;
    });
}

bool PortfolioStore::decideFinding(const QString& record, int recordVersion, const QString& findingKey, FindingDecision decision)
{
    return inTransaction([&] {
        // One decision per finding and record: the new one replaces any earlier one.
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM finding_decisions WHERE record = ? AND finding = ?"));
        bind(del, record);
        bind(del, findingKey);
        if (!del.exec())
            return failQuery(del, QStringLiteral("Cannot record the decision"));
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO finding_decisions (record, record_version, finding, decision, decided_at) VALUES (?, ?, ?, ?, ?)"));
        bind(q, record);
        bind(q, decision == FindingDecision::Redact ? 0 : recordVersion);
        bind(q, findingKey);
        bind(q, decision == FindingDecision::Redact ? QStringLiteral("redact") : QStringLiteral("keep"));
        bind(q, nowText());
        if (!q.exec())
            return failQuery(q, QStringLiteral("Cannot record the decision"));
        return true;
    });
}

bool PortfolioStore::confirmFinding(qint64 evidenceId, int evidenceVersion, const QString& findingKey)
{
    if (!evidence(evidenceId))
        return fail(QStringLiteral("There is no evidence %1.").arg(evidenceId));
    return decideFinding(QStringLiteral("evidence:%1").arg(evidenceId), evidenceVersion, findingKey, FindingDecision::Keep);
}

QList<FindingDecisionRecord> PortfolioStore::findingDecisions()
{
    QList<FindingDecisionRecord> out;
    if (!checkOpen())
        return out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT record, record_version, finding, decision FROM finding_decisions"))) {
        failQuery(q, QStringLiteral("Cannot read the decisions on findings"));
        return out;
    }
    while (q.next())
        out << FindingDecisionRecord{q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                                     q.value(3).toString() == QLatin1String("redact") ? FindingDecision::Redact : FindingDecision::Keep};
    return out;
}

// ---- facts for the rules engine -----------------------------------------------------

PortfolioFacts PortfolioStore::facts(const QDate& asOf)
{
    PortfolioFacts f;
    if (!checkOpen())
        return f;
    f.worker = worker().value_or(Worker());
    f.roles = roles();
    f.awards = awards();
    if (asOf.isValid()) {
        // A role started after the day did not exist yet; one that ended after it was current then.
        f.roles.removeIf([&](const RoleRecord& r) { return r.start > asOf; });
        for (RoleRecord& r : f.roles)
            if (r.end > asOf)
                r.end = QDate();
        f.awards.removeIf([&](const AwardRecord& a) { return a.date.isValid() && a.date > asOf; });
        readEvidenceAsOf(f, asOf);
    } else {
        readEvidenceCounts(f);
    }
    // The current judgement of each item and its current decision are among those that count;
    // by date, the last of each kind read is the current one.
    const QString counting = QStringLiteral("WHERE ") + countingJudgements(datedCondition(asOf));
    for (const Judgement& j : readJudgements(counting, {}, false, JudgementOrder::ByDate, asOf)) {
        ItemFacts& item = f.items[j.item.toString()];
        item.latest = j;
        if (j.verdict != Verdict::ReadyForReview)
            item.latestDecision = j;
    }
    return f;
}

void PortfolioStore::readEvidenceCounts(PortfolioFacts& f)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT pathway_id, item_id, kind, n FROM item_kind_counts"))) {
        while (q.next()) {
            ItemFacts& item = f.items[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];
            item.evidenceCount += q.value(3).toInt();
            if (EvidenceKind kind; evidenceKindFromId(q.value(2).toString(), &kind))
                item.kinds << kind;
        }
    } else {
        failQuery(q, QStringLiteral("Cannot read the evidence counts"));
    }
    if (q.exec(QStringLiteral("SELECT pathway_id, item_id, source FROM item_source_counts WHERE source <> ''"))) {
        while (q.next()) {
            ItemFacts& item = f.items[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];
            if (const QString source = q.value(2).toString(); !item.sources.contains(source, Qt::CaseInsensitive))
                item.sources << source;
        }
    } else {
        failQuery(q, QStringLiteral("Cannot read the evidence sources"));
    }
}

// Each record as it stood at the end of asOf: the last version saved by then (the first, for a
// record entered later but dated earlier), counted when that version is dated on or before
// asOf and the record was not deleted by then.
void PortfolioStore::readEvidenceAsOf(PortfolioFacts& f, const QDate& asOf)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.pathway_id, m.item_id, v.kind, v.source FROM mappings m JOIN evidence e ON e.id = m.evidence_id"
        " JOIN evidence_versions v ON v.evidence_id = e.id AND v.version = coalesce((SELECT max(w.version) FROM evidence_versions w"
        " WHERE w.evidence_id = e.id AND w.saved_at < ?), 1)"
        " WHERE (e.deleted_at IS NULL OR e.deleted_at >= ?) AND v.date_from <= ?"));
    const QString next = asOf.addDays(1).toString(Qt::ISODate);
    bind(q, next);
    bind(q, next);
    bind(q, asOf.toString(Qt::ISODate));
    if (!q.exec()) {
        failQuery(q, QStringLiteral("Cannot read the evidence"));
        return;
    }
    while (q.next()) {
        ItemFacts& item = f.items[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];
        ++item.evidenceCount;
        if (EvidenceKind kind; evidenceKindFromId(q.value(2).toString(), &kind) && !item.kinds.contains(kind))
            item.kinds << kind;
        if (const QString source = q.value(3).toString(); !source.isEmpty() && !item.sources.contains(source, Qt::CaseInsensitive))
            item.sources << source;
    }
}

// ---- archive ------------------------------------------------------------------------

bool PortfolioStore::exportArchive(const QString& archivePath)
{
    if (!checkOpen() || !checkSound())
        return false;
    if (QFileInfo(archivePath).absoluteFilePath() == m_path)
        return fail(QStringLiteral("The archive cannot be written over the open portfolio."));
    // Written beside the target and renamed over it, so a failed export leaves no half file
    // and the previous archive stays until the new one is complete.
    const QString partial = archivePath + QStringLiteral(".partial");
    QFile::remove(partial);
    if (const QString why = copyInto(m_db, partial); !why.isEmpty())
        return fail(QStringLiteral("Cannot write the archive: %1").arg(why));
    if (!replaceFile(partial, archivePath)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return fail(QStringLiteral("Cannot write the archive to %1: %2. Any archive there before is unchanged.").arg(archivePath, why));
    }
    return true;
}

bool PortfolioStore::importArchive(const QString& archivePath, const QString& portfolioPath, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo::exists(portfolioPath))
        return failWith(QStringLiteral("%1 already exists; import into a new file.").arg(portfolioPath));
    if (!QFileInfo::exists(archivePath))
        return failWith(QStringLiteral("There is no archive at %1.").arg(archivePath));
    // The archive is only read: a copy is checked, brought up to date and then put in place.
    const QString partial = portfolioPath + QStringLiteral(".partial");
    QFile::remove(partial);
    auto discard = [&](const QString& message) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return failWith(message);
    };
    {
        const RawConnection archive(archivePath, true);
        if (const QString why = copyInto(archive.db(), partial); !why.isEmpty())
            return failWith(QStringLiteral("The archive cannot be imported: %1 is not a Waymark archive (%2).").arg(archivePath, why));
    }
    {
        const RawConnection copy(partial, true);
        const int version = copy.pragma("user_version");
        if (copy.pragma("application_id") != portfolioApplicationId || version < 1)
            return discard(QStringLiteral("The archive cannot be imported: %1 is not a Waymark archive.").arg(archivePath));
        if (version > schemaVersion)
            return discard(QStringLiteral("The archive cannot be imported: it was saved by a newer version of Waymark (portfolio "
                                          "format %1; this version reads up to %2).").arg(version).arg(schemaVersion));
        // Anything Waymark does not make could act on the records later (a trigger that deletes
        // evidence): such an archive is refused whole.
        if (const QStringList foreign = foreignSchemaObjects(copy.db(), version); !foreign.isEmpty())
            return discard(QStringLiteral("The archive cannot be imported: it holds database objects Waymark does not make (%1). "
                                          "It may have been altered; nothing was imported.").arg(foreign.join(QStringLiteral(", "))));
    }
    {
        PortfolioStore imported;
        if (!imported.open(partial, OpenMode::OpenExisting))
            return discard(QStringLiteral("The archive cannot be imported: %1").arg(imported.errorString()));
        if (!imported.lastBackupPath().isEmpty())
            QFile::remove(imported.lastBackupPath()); // the copy's own backup: the archive is untouched
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!QFile::rename(partial, portfolioPath)) // never over a file that appeared meanwhile
        return discard(QStringLiteral("Cannot write %1.").arg(portfolioPath));
    return true;
}

} // namespace waymark
