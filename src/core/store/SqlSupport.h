#pragma once

#include "waymark/StoreError.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace waymark::store {

// Qt binds a null QString as SQL NULL; Waymark's text columns hold '' for "nothing typed".
// A deliberately null value (dateValue of an invalid date) stays NULL.
void bind(QSqlQuery& q, const QVariant& v);
void bindAll(QSqlQuery& q, std::initializer_list<QVariant> values);
QVariant dateValue(const QDate& d);
QVariant idOrNull(qint64 id); // NULL for 0: "none"
// The id an INSERT ... RETURNING id gave (both backends number rows their own way).
qint64 insertedId(QSqlQuery& q);
QDate dateFrom(const QVariant& v);
QString nowText();
// The first instant of the local calendar day after day, written as stored timestamps are (UTC,
// ISO 8601 with milliseconds): a timestamp before it was saved by the end of day where the
// worker is. A day is a local day; a timestamp is compared to an instant, never to a date.
QString endOfDayText(const QDate& day);
QDateTime timeFrom(const QVariant& v);

// A consistent copy of db's file at path, owner-only from the start: VACUUM INTO fills the empty
// file made for it. Returns why it failed (code None on success), leaving nothing at path: a
// full disk or a read-only folder (DiskFull, ReadOnly) named as such, else what SQLite said.
StoreError copyInto(const QSqlDatabase& db, const QString& path);

// The file and the journals SQLite keeps beside it (-wal, -shm), removed: what a failed or
// killed run left.
void removeWithJournals(const QString& path);

// What SQLite's error says, as Waymark's code (Internal when it gave no result code).
StoreError::Code sqliteCode(const QSqlError& error);

// The SQLite URI that reads the file at path alone, as it is on disk: no journal beside it is
// read, and none is made (immutable=1), so it works on a full disk or in a read-only folder.
QString fileAloneUri(const QString& path);

// A plain SQLite connection for looking at a file before it is trusted as a portfolio.
class RawConnection
{
public:
    // FileAlone reads the file as it is on disk, without the journal beside it (fileAloneUri).
    enum class Access { ReadWrite, ReadOnly, FileAlone };
    RawConnection(const QString& path, Access access);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;
    const QSqlDatabase& db() const { return m_db; }
    int pragma(const char* name) const; // -1 when it cannot be read

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace waymark::store
