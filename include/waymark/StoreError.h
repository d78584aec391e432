#pragma once

#include <QString>

#include <exception>

namespace waymark {

// Why the portfolio store could not do what it was asked. One type for every failure: a
// change that is refused returns false (or 0) and leaves it in PortfolioStore::lastError(),
// because a refusal is an ordinary outcome the caller answers next to the form; a read that
// cannot be done throws it, because there is no honest value to return (an unreadable list is
// not an empty one).
class StoreError : public std::exception
{
public:
    enum class Code {
        None,
        NotOpen,       // no portfolio is open
        Invalid,       // the record breaks a rule (no title, dated in the future, ...)
        NotFound,      // no such record
        Conflict,      // changed elsewhere since it was read
        Busy,          // another program holds the file's lock, or the server asked to retry
        NotAllowed,    // the team server refused: not signed in, or not this person's to read or change
        ReadOnly,      // the file, the folder or the connection cannot be written
        DiskFull,
        Damaged,       // the file is corrupt
        NotAPortfolio, // not a Waymark file, or of a newer format
        Io,            // the operating system could not read or write
        Moved,         // the file was moved, renamed, deleted or replaced while it was open
        Internal       // anything else the database reported
    };

    StoreError() = default;
    StoreError(Code code, const QString& message) : m_code(code), m_message(message), m_utf8(message.toUtf8()) {}

    Code code() const { return m_code; }
    QString message() const { return m_message; }
    bool isError() const { return m_code != Code::None; }
    const char* what() const noexcept override { return m_utf8.constData(); }

    // The code for an SQLite result code (primary or extended), as QSqlError::nativeErrorCode
    // gives it.
    static Code fromSqliteResult(int resultCode);
    // The code for a PostgreSQL SQLSTATE ("42501"), as the QPSQL driver gives it.
    static Code fromSqlState(const QString& sqlState);

private:
    Code m_code = Code::None;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace waymark
