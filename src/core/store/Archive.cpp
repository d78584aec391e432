#include "Archive.h"

#include "Database.h"
#include "Migrator.h"
#include "PortfolioSchema.h"
#include "SqlSupport.h"

#include <QFile>
#include <QFileInfo>

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
    QFile::remove(partial);
    if (const QString why = copyInto(db.connection(), partial); !why.isEmpty())
        return db.fail(StoreError::Code::Io, tr("Cannot write the archive: %1").arg(why));
    if (!replaceFile(partial, archivePath)) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(partial);
        return db.fail(StoreError::Code::Io, tr("Cannot write the archive to %1: %2. Any archive there before is unchanged.")
                                                 .arg(archivePath, why));
    }
    return true;
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
    QFile::remove(partial);
    auto discard = [&](const QString& message) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
        return failWith(message);
    };
    {
        const RawConnection archive(archivePath, true);
        if (const QString why = copyInto(archive.db(), partial); !why.isEmpty())
            return failWith(tr("The archive cannot be imported: %1 is not a Waymark archive (%2).").arg(archivePath, why));
    }
    {
        const RawConnection copy(partial, true);
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
    }
    {
        Database imported;
        if (!imported.open(partial, PortfolioStore::OpenMode::OpenExisting, PortfolioStore::IntegrityCheck::BeforeOpening))
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
