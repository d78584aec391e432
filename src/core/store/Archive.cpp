#include "Archive.h"

#include "Database.h"
#include "IntegrityCheck.h"
#include "RecordTables.h"
#include "Migrator.h"
#include "PortfolioSchema.h"
#include "SqlSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace waymark::store {

namespace {

// Moves from over to, replacing what is there in one step (rename(2)): the old file stays
// whole until the new one is in place.
bool replaceFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// An archive is a backup: a damaged search index (the records are whole) is made again from
// the records in the copy, never carried into it.
StoreError rebuildSearchIndexIfDamaged(const QString& path)
{
    const RawConnection copy(path, RawConnection::Access::ReadWrite);
    QSqlQuery q(copy.db());
    if (!isSearchIndexDamaged(copy.db()) || q.exec(QLatin1String(searchIndexRebuild)))
        return {};
    return StoreError(StoreError::Code::Io, Archive::tr("Cannot make the archive's search index: %1").arg(q.lastError().text()));
}

// Why an attachment's bytes are not what was recorded of them, naming the first such one;
// empty when every one matches. A blob larger than recorded or allowed is not even read.
QString alteredAttachment(const QSqlDatabase& file)
{
    QSqlQuery q(file);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT evidence_id, name, sha256, CASE WHEN length(data) = size AND size <= ? THEN data END"
                             " FROM attachments ORDER BY id"));
    q.addBindValue(maxAttachmentBytes);
    if (!q.exec())
        return Archive::tr("The archive cannot be imported: its attachments cannot be read (%1).").arg(q.lastError().text());
    while (q.next()) {
        const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(q.value(3).toByteArray(), QCryptographicHash::Sha256).toHex());
        if (q.value(3).isNull() || sha256 != q.value(2).toString().toLower())
            return Archive::tr("The archive cannot be imported: the attachment \"%1\" of evidence %2 does not match its recorded "
                               "SHA-256; the archive was altered or damaged. Nothing was imported.")
                .arg(q.value(1).toString())
                .arg(q.value(0).toLongLong());
    }
    return QString();
}

} // namespace

bool Archive::exportTo(Database& db, const QString& archivePath)
{
    if (!db.checkOpen() || !db.checkSound())
        return false;
    if (QFileInfo(archivePath).absoluteFilePath() == db.path())
        return db.fail(StoreError::Code::Invalid, tr("The archive cannot be written over the open portfolio."));
    // Written beside the target and renamed over it, so a failed export leaves no half file
    // and the previous archive stays until the new one is complete.
    const QString partial = archivePath + QStringLiteral(".partial");
    removeWithJournals(partial); // what an export that was killed left
    if (db.isServer()) {
        if (!writeFromServer(db, partial))
            return false;
    } else if (const StoreError why = copyInto(db.connection(), partial); why.code() != StoreError::Code::None) {
        return db.fail(why.code(), tr("Cannot write the archive: %1.").arg(why.message()));
    } else if (const StoreError why = rebuildSearchIndexIfDamaged(partial); why.code() != StoreError::Code::None) {
        QFile::remove(partial);
        return db.fail(why.code(), why.message());
    }
    if (!replaceFile(partial, archivePath)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return db.fail(StoreError::Code::Io, tr("Cannot write the archive to %1: %2. Any archive there before is unchanged.")
                                                 .arg(archivePath, why));
    }
    return true;
}

namespace {

QStringList columnsOf(const QSqlDatabase& file, const QString& table)
{
    QStringList out;
    QSqlQuery q(file);
    q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

// Copies every record from one open portfolio into another, empty one, inside the caller's
// transaction on `to`. The columns are the portfolio file's (the side that is a file); records
// written in a personal portfolio reach a server as not signed in (by_login '').
bool copyRecords(Database& from, Database& to, const QSqlDatabase& file)
{
    const QString what = Archive::tr("Cannot copy the portfolio");
    QSqlQuery read(from.connection());
    QSqlQuery write(to.connection());
    const QStringList workerColumns = columnsOf(file, QStringLiteral("worker")).mid(1); // after id
    if (!read.exec(QStringLiteral("SELECT %1 FROM worker WHERE id = 1").arg(workerColumns.join(QStringLiteral(", ")))))
        return from.failQuery(read, what);
    if (read.next()) {
        QStringList sets;
        for (const QString& column : workerColumns)
            sets << column + QStringLiteral(" = ?");
        write.prepare(QStringLiteral("UPDATE worker SET %1 WHERE id = 1").arg(sets.join(QStringLiteral(", "))));
        for (int i = 0; i < workerColumns.size(); ++i)
            write.addBindValue(read.value(i));
        if (!write.exec())
            return to.failQuery(write, what);
    }
    for (const char* name : recordTables) {
        const QString table = QLatin1String(name);
        const QStringList columns = columnsOf(file, table);
        const bool signs = to.isServer() && (table == QLatin1String("judgements") || table == QLatin1String("comments")
                                             || table == QLatin1String("case_events"));
        // A new file's own bookkeeping (a pending chain) gives way to the source's.
        if (table == QLatin1String("meta") && !write.exec(QStringLiteral("DELETE FROM meta")))
            return to.failQuery(write, what);
        QStringList targets = columns;
        if (signs)
            targets << QStringLiteral("by_login");
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1").arg(columns.join(QStringLiteral(", ")), table)))
            return from.failQuery(read, what);
        QStringList marks;
        for (int i = 0; i < targets.size(); ++i)
            marks << QStringLiteral("?");
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, targets.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        while (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                write.addBindValue(read.value(i));
            if (signs)
                write.addBindValue(QString(QLatin1String("")));
            if (!write.exec())
                return to.failQuery(write, Archive::tr("Cannot copy the portfolio's %1").arg(table));
        }
    }
    return true;
}

} // namespace

bool Archive::writeFromServer(Database& db, const QString& partial)
{
    // A new portfolio file, filled from the server, then made one self-contained file.
    auto discard = [&] { removeWithJournals(partial); };
    StoreError failure;
    {
        Database file;
        if (!file.open(partial, PortfolioStore::OpenMode::CreateNew, PortfolioStore::IntegrityCheck::BeforeOpening))
            return db.fail(file.lastError().code(), tr("Cannot write the archive: %1").arg(file.lastError().message()));
        db.readTogether([&] {
            if (!file.transaction([&] { return copyRecords(db, file, file.connection()); }))
                failure = file.lastError().code() != StoreError::Code::None ? file.lastError() : db.lastError();
        });
    }
    if (failure.code() == StoreError::Code::None) {
        const RawConnection closing(partial, RawConnection::Access::ReadWrite); // the log folded into the file
        QSqlQuery q(closing.db());
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")))
            failure = StoreError(StoreError::Code::Io, tr("Cannot write the archive: %1").arg(q.lastError().text()));
    }
    if (failure.code() != StoreError::Code::None) {
        discard();
        return db.fail(failure.code(), failure.message());
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    return true;
}

bool Archive::importInto(Database& db, const QString& archivePath)
{
    if (!db.checkOpen())
        return false;
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return db.fail(StoreError::Code::Io, tr("Cannot import the archive: no room for a working copy (%1).").arg(scratch.errorString()));
    const QString copyPath = scratch.filePath(QStringLiteral("archive.waymark"));
    QString why;
    if (!import(archivePath, copyPath, &why))
        return db.fail(StoreError::Code::Invalid, why);
    Database archive;
    if (!archive.open(copyPath, PortfolioStore::OpenMode::ReadOnly, PortfolioStore::IntegrityCheck::BeforeOpening))
        return db.fail(archive.lastError().code(), archive.lastError().message());
    return db.transaction([&] {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM evidence) + (SELECT count(*) FROM judgements)"
                                   " + (SELECT count(*) FROM roles) + (SELECT count(*) FROM awards) + (SELECT count(*) FROM sessions)"
                                   " + (SELECT count(*) FROM plan_items) + (SELECT count(*) FROM cpd_entries)"
                                   " + (SELECT count(*) FROM comments)")) || !q.next())
            return db.failQuery(q, tr("Cannot import the archive"));
        if (q.value(0).toLongLong() > 0)
            return db.fail(StoreError::Code::Conflict, tr("The portfolio of %1 on the server already holds records; an archive "
                                                          "is imported only into an empty portfolio, so that nothing is mixed or lost.")
                                                           .arg(db.owner()));
        // Judgements, comments and case records of a personal portfolio were made under typed
        // names: the server would record them as the signed-in person, now. Only an
        // administrator brings them in as they are, marked as not signed in.
        QSqlQuery made(archive.connection());
        if (!made.exec(QStringLiteral("SELECT (SELECT count(*) FROM judgements) + (SELECT count(*) FROM comments)"
                                      " + (SELECT count(*) FROM case_events)")) || !made.next())
            return db.failQuery(made, tr("Cannot import the archive"));
        if (made.value(0).toLongLong() > 0 && !(q.exec(QStringLiteral("SELECT waymark_is_admin()")) && q.next() && q.value(0).toBool()))
            return db.fail(StoreError::Code::NotAllowed,
                           tr("This archive holds %n judgement(s), comment(s) or case record(s) made in a personal portfolio. "
                              "Only the team's administrator can bring them onto the server, where they keep their names and "
                              "are marked as not signed in. Ask them to import it for you.", nullptr, made.value(0).toInt()));
        return copyRecords(archive, db, archive.connection());
    });
}

bool Archive::import(const QString& archivePath, const QString& portfolioPath, QString* error)
{
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (QFileInfo::exists(portfolioPath))
        return failWith(tr("%1 already exists; import into a new file.").arg(portfolioPath));
    if (!QFileInfo::exists(archivePath))
        return failWith(tr("There is no archive at %1.").arg(archivePath));
    // The archive is only read: a copy is checked, brought up to date and then put in place.
    const QString partial = portfolioPath + QStringLiteral(".partial");
    removeWithJournals(partial); // what an import that was killed left
    auto discard = [&](const QString& message) {
        removeWithJournals(partial);
        return failWith(message);
    };
    {
        const RawConnection archive(archivePath, RawConnection::Access::ReadOnly);
        if (const StoreError why = copyInto(archive.db(), partial); why.code() != StoreError::Code::None)
            return discard(why.code() == StoreError::Code::DiskFull || why.code() == StoreError::Code::ReadOnly
                               ? tr("The archive cannot be imported: %1. Nothing was written.").arg(why.message())
                               : tr("The archive cannot be imported: %1 is not a Waymark archive (%2).").arg(archivePath, why.message()));
    }
    {
        const RawConnection copy(partial, RawConnection::Access::ReadOnly);
        const int version = copy.pragma("user_version");
        if (copy.pragma("application_id") != portfolioApplicationId || version < 1)
            return discard(tr("The archive cannot be imported: %1 is not a Waymark archive.").arg(archivePath));
        if (version > PortfolioStore::schemaVersion)
            return discard(tr("The archive cannot be imported: it was saved by a newer version of Waymark (portfolio "
                              "format %1; this version reads up to %2).").arg(version).arg(PortfolioStore::schemaVersion));
        // Anything Waymark does not make could act on the records later (a trigger that deletes
        // evidence): such an archive is refused whole.
        if (const QStringList foreign = Migrator::foreignSchemaObjects(copy.db(), version); !foreign.isEmpty())
            return discard(tr("The archive cannot be imported: it holds database objects Waymark does not make (%1). "
                              "It may have been altered; nothing was imported.").arg(foreign.join(QStringLiteral(", "))));
        if (const QString altered = alteredAttachment(copy.db()); !altered.isEmpty())
            return discard(altered);
    }
    {
        Database imported;
        if (!imported.open(partial, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::BeforeOpening))
            return discard(tr("The archive cannot be imported: %1").arg(imported.lastError().message()));
        if (imported.searchIndexDamaged() && !imported.rebuildSearchIndex())
            return discard(tr("The archive cannot be imported: %1").arg(imported.lastError().message()));
        if (!imported.backupPath().isEmpty())
            QFile::remove(imported.backupPath()); // the copy's own backup: the archive is untouched
    }
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(partial + suffix);
    if (!QFile::rename(partial, portfolioPath)) // never over a file that appeared meanwhile
        return discard(tr("Cannot write %1.").arg(portfolioPath));
    return true;
}

} // namespace waymark::store
