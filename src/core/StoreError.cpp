#include "waymark/StoreError.h"

namespace waymark {

StoreError::Code StoreError::fromSqliteResult(int resultCode)
{
    switch (resultCode & 0xff) { // the primary code of an extended one
    case 0:
        return Code::None;
    case 5:  // SQLITE_BUSY
    case 6:  // SQLITE_LOCKED
        return Code::Busy;
    case 3:  // SQLITE_PERM
    case 8:  // SQLITE_READONLY
    case 23: // SQLITE_AUTH
        return Code::ReadOnly;
    case 13: // SQLITE_FULL
        return Code::DiskFull;
    case 11: // SQLITE_CORRUPT
        return Code::Damaged;
    case 26: // SQLITE_NOTADB
        return Code::NotAPortfolio;
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return Code::Io;
    case 19: // SQLITE_CONSTRAINT: a rule of the schema, such as judgements being append-only
        return Code::Invalid;
    default:
        return Code::Internal;
    }
}

StoreError::Code StoreError::fromSqlState(const QString& sqlState)
{
    if (sqlState.isEmpty())
        return Code::Io; // no answer from the server: the connection failed
    if (sqlState == QLatin1String("42501") || sqlState.startsWith(QLatin1String("28")))
        return Code::NotAllowed; // insufficient privilege, a row policy; invalid authorisation
    if (sqlState == QLatin1String("23505"))
        return Code::Conflict; // unique violation
    if (sqlState == QLatin1String("23503"))
        return Code::NotFound; // foreign key: what it names is not there
    if (sqlState.startsWith(QLatin1String("23")))
        return Code::Invalid;
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") || sqlState == QLatin1String("55P03"))
        return Code::Busy; // serialisation failure, deadlock, lock not available
    if (sqlState == QLatin1String("53100"))
        return Code::DiskFull;
    if (sqlState.startsWith(QLatin1String("08")) || sqlState.startsWith(QLatin1String("57P")))
        return Code::Io; // connection lost, server shutting down
    if (sqlState == QLatin1String("25006"))
        return Code::ReadOnly; // read-only transaction (a replica)
    return Code::Internal;
}

} // namespace waymark
