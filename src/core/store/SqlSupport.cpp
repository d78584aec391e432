#include "SqlSupport.h"

#include "waymark/FileProblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

namespace waymark::store {

void bind(QSqlQuery& q, const QVariant& v)
{
    if (!v.isNull() && v.typeId() == QMetaType::QString && v.toString().isNull())
        q.addBindValue(QString(QLatin1String("")));
    else
        q.addBindValue(v);
}

void bindAll(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    for (const QVariant& v : values)
        bind(q, v);
}

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

qint64 insertedId(QSqlQuery& q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish(); // SQLite keeps the statement open until then
    return id;
}

QDate dateFrom(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString endOfDayText(const QDate& day)
{
    return day.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

StoreError copyInto(const QSqlDatabase& db, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    auto failed = [&](const QString& why, StoreError::Code seen = StoreError::Code::None) {
        const StoreError problem = writeProblem(folder, seen);
        if (problem.code() != StoreError::Code::None)
            return problem;
        return StoreError(seen != StoreError::Code::None ? seen : StoreError::Code::Io, why);
    };
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return failed(QStringLiteral("cannot create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.close();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    bind(q, path);
    if (q.exec())
        return {};
    QFile::remove(path);
    return failed(q.lastError().text(), sqliteCode(q.lastError()));
}

void removeWithJournals(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

StoreError::Code sqliteCode(const QSqlError& error)
{
    bool known = false;
    const int result = error.nativeErrorCode().toInt(&known);
    return known ? StoreError::fromSqliteResult(result) : StoreError::Code::Internal;
}

QString fileAloneUri(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
}

RawConnection::RawConnection(const QString& path, Access access)
    : m_name(QStringLiteral("waymark-raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(access == Access::FileAlone ? fileAloneUri(path) : path);
    if (access == Access::ReadOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    else if (access == Access::FileAlone)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    m_db.open();
}

RawConnection::~RawConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

int RawConnection::pragma(const char* name) const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace waymark::store
