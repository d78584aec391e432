// The portfolio file under faults (issue 28): moved, replaced or restored files, a journal
// from another state, objects Waymark does not make, a damaged search index, a full disk,
// a read-only folder. Each on a real file; what a refused file must keep is its bytes.
#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "waymark/PortfolioStore.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>

#include <sys/stat.h>

namespace waymark {
namespace {

using test::fileHash;
using test::makeEvidence;
using test::SmallDisk;
using test::runRaw;
using Code = StoreError::Code;

void writePortfolio(const QString& path, int records, const QString& prefix = QStringLiteral("Record"))
{
    PortfolioStore store;
    ASSERT_TRUE(store.open(path)) << store.errorString().toStdString();
    for (int i = 0; i < records; ++i)
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("%1 %2").arg(prefix).arg(i))), 0);
}

int countIn(const QString& path)
{
    PortfolioStore store;
    if (!store.open(path, PortfolioStore::OpenMode::ReadOnly))
        return -1;
    return store.evidenceCount(true);
}

class PortfolioFaultTest : public ::testing::Test
{
protected:
    QString path(const QString& name) const { return dir.filePath(name); }
    QTemporaryDir dir;
};

TEST_F(PortfolioFaultTest, SaveToAMovedFileIsRefusedAndEarlierSavesStayInIt)
{
    const QString file = path(QStringLiteral("alex.waymark"));
    PortfolioStore store;
    ASSERT_TRUE(store.open(file));
    QSignalSpy moved(&store, &PortfolioStore::fileMoved);
    ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Saved before the move"))), 0);
    ASSERT_TRUE(QFile::rename(file, path(QStringLiteral("moved.waymark"))));

    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("After the move"))), 0);
    EXPECT_EQ(store.lastError().code(), Code::Moved);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("moved, renamed or deleted"))) << store.errorString().toStdString();
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("Nothing was saved")));
    EXPECT_EQ(moved.count(), 1);
    EXPECT_FALSE(store.checkFileInPlace());
    store.close();

    // What was acknowledged before the move is in the moved file itself, not in a journal
    // left under the old name.
    EXPECT_FALSE(QFileInfo(file).exists());
    EXPECT_EQ(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ(countIn(path(QStringLiteral("moved.waymark"))), 1);
}

TEST_F(PortfolioFaultTest, SaveToAReplacedFileIsRefusedAndTheRestoredCopyOpensSound)
{
    const QString file = path(QStringLiteral("alex.waymark"));
    const QString backup = path(QStringLiteral("backup.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(backup, 2, QStringLiteral("Yesterday")));
    PortfolioStore store;
    ASSERT_TRUE(store.open(file));
    for (int i = 0; i < 20; ++i)
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Today %1").arg(i))), 0);
    // A restore from a backup copy: another file now at the path.
    ASSERT_EQ(std::rename(QFile::encodeName(backup).constData(), QFile::encodeName(file).constData()), 0);

    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("After the restore"))), 0);
    EXPECT_EQ(store.lastError().code(), Code::Moved);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("replaced"))) << store.errorString().toStdString();
    store.close();

    // The restored copy is not damaged by the journal of the file it replaced.
    PortfolioStore reopened;
    ASSERT_TRUE(reopened.open(file)) << reopened.errorString().toStdString();
    EXPECT_EQ(reopened.evidenceCount(true), 2);
    EXPECT_GT(reopened.addEvidence(makeEvidence(QStringLiteral("Saved into the restored copy"))), 0);
}

TEST_F(PortfolioFaultTest, SaveToADeletedFileIsRefused)
{
    const QString file = path(QStringLiteral("alex.waymark"));
    PortfolioStore store;
    ASSERT_TRUE(store.open(file));
    ASSERT_TRUE(QFile::remove(file));
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Into nothing"))), 0);
    EXPECT_EQ(store.lastError().code(), Code::Moved);
    EXPECT_FALSE(QFileInfo::exists(file));
}

// A journal with this portfolio's later changes, beside an older copy of it: as after a crash
// and a restore from yesterday's backup, or a sync service bringing the journal from elsewhere.
class StrayJournalTest : public PortfolioFaultTest
{
protected:
    void SetUp() override
    {
        const QString yesterday = path(QStringLiteral("yesterday.waymark"));
        ASSERT_NO_FATAL_FAILURE(writePortfolio(yesterday, 3, QStringLiteral("Yesterday")));
        {
            PortfolioStore store;
            ASSERT_TRUE(store.open(file));
            for (int i = 0; i < 150; ++i)
                ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Today %1").arg(i))), 0);
            // The journal as it stands with the file open (SQLite folds it in on closing).
            ASSERT_GT(QFileInfo(file + QStringLiteral("-wal")).size(), 0);
            ASSERT_TRUE(QFile::copy(file + QStringLiteral("-wal"), path(QStringLiteral("stray-wal"))));
        }
        ASSERT_TRUE(QFile::remove(file));
        ASSERT_TRUE(QFile::rename(yesterday, file));
        QFile::remove(file + QStringLiteral("-shm"));
        ASSERT_TRUE(QFile::rename(path(QStringLiteral("stray-wal")), file + QStringLiteral("-wal")));
    }
    const QString file = path(QStringLiteral("alex.waymark"));
};

TEST_F(StrayJournalTest, TheRefusedFileAndTheJournalAreLeftByteForByte)
{
    const QByteArray fileBefore = fileHash(file);
    const QByteArray journalBefore = fileHash(file + QStringLiteral("-wal"));
    for (auto check : {PortfolioStore::IntegrityCheck::BeforeOpening, PortfolioStore::IntegrityCheck::InBackground}) {
        PortfolioStore store;
        EXPECT_FALSE(store.open(file, PortfolioStore::OpenMode::CreateIfMissing, check));
        EXPECT_EQ(store.lastError().code(), Code::Damaged);
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("journal file beside it"))) << store.errorString().toStdString();
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("Move alex.waymark-wal away")));
    }
    EXPECT_EQ(fileHash(file), fileBefore);
    EXPECT_EQ(fileHash(file + QStringLiteral("-wal")), journalBefore);

    // Once the journal is moved away, yesterday's copy opens as it was.
    ASSERT_TRUE(QFile::rename(file + QStringLiteral("-wal"), path(QStringLiteral("kept-wal"))));
    QFile::remove(file + QStringLiteral("-shm"));
    EXPECT_EQ(countIn(file), 3);
}

TEST_F(PortfolioFaultTest, AJournalOfTheFileItselfIsStillReplayedAfterACrash)
{
    const QString file = path(QStringLiteral("alex.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 1));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(file));
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Only in the journal"))), 0);
        // As a crash leaves them: the file and its journal, copied while open.
        ASSERT_TRUE(QFile::copy(file, path(QStringLiteral("crashed.waymark"))));
        ASSERT_TRUE(QFile::copy(file + QStringLiteral("-wal"), path(QStringLiteral("crashed.waymark-wal"))));
    }
    PortfolioStore store;
    ASSERT_TRUE(store.open(path(QStringLiteral("crashed.waymark")))) << store.errorString().toStdString();
    EXPECT_EQ(store.evidenceCount(true), 2);
}

TEST_F(PortfolioFaultTest, AFileWithObjectsWaymarkDoesNotMakeIsNotOpened)
{
    const QString file = path(QStringLiteral("altered.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 2));
    ASSERT_NO_FATAL_FAILURE(runRaw(file, {QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON cpd_entries BEGIN DELETE FROM evidence; END"),
                                          QStringLiteral("CREATE VIEW everything AS SELECT * FROM evidence"),
                                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
    const QByteArray before = fileHash(file);
    for (auto mode : {PortfolioStore::OpenMode::OpenExisting, PortfolioStore::OpenMode::ReadOnly}) {
        PortfolioStore store;
        EXPECT_FALSE(store.open(file, mode));
        EXPECT_EQ(store.lastError().code(), Code::NotAPortfolio);
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("trigger wipe"))) << store.errorString().toStdString();
        EXPECT_TRUE(store.errorString().contains(QStringLiteral("view everything")));
    }
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(PortfolioFaultTest, ANegativeFormatNumberIsRefusedAsDamaged)
{
    const QString file = path(QStringLiteral("negative.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 1));
    ASSERT_NO_FATAL_FAILURE(runRaw(file, {QStringLiteral("PRAGMA user_version = -7")}));
    PortfolioStore store;
    EXPECT_FALSE(store.open(file));
    EXPECT_EQ(store.lastError().code(), Code::Damaged);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("format number is -7"))) << store.errorString().toStdString();
}

TEST_F(PortfolioFaultTest, ANamedPipeIsNotAPortfolio)
{
    const QString fifo = path(QStringLiteral("pipe.waymark"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    PortfolioStore store;
    EXPECT_FALSE(store.open(fifo)); // returns at once: a pipe that is opened waits for a writer
    EXPECT_EQ(store.lastError().code(), Code::NotAPortfolio);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("not a regular file"))) << store.errorString().toStdString();
}

TEST_F(PortfolioFaultTest, ANameTooLongForTheDiskLeavesNoFile)
{
    // 252 bytes: the file itself would fit in 255, its journal (-wal) would not.
    const QString file = path(QString(248, QLatin1Char('n')) + QStringLiteral(".way"));
    PortfolioStore store;
    EXPECT_FALSE(store.open(file, PortfolioStore::OpenMode::CreateNew));
    EXPECT_EQ(store.lastError().code(), Code::Invalid);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("too long"))) << store.errorString().toStdString();
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

// A search index that disagrees with the evidence, as damage inside it leaves it:
// PRAGMA integrity_check does not look inside it.
void damageSearchIndex(const QString& file)
{
    runRaw(file, {QStringLiteral("INSERT INTO evidence_fts (evidence_fts, rowid, title, narrative, reflection)"
                                 " VALUES ('delete', 1, 'nothing like it', 'at all', 'none')"),
                  QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
}

TEST_F(PortfolioFaultTest, ADamagedSearchIndexIsFoundAndRebuiltWhenAsked)
{
    const QString file = path(QStringLiteral("index.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 3, QStringLiteral("Carers assessment")));
    ASSERT_NO_FATAL_FAILURE(damageSearchIndex(file));

    PortfolioStore store;
    ASSERT_TRUE(store.open(file)) << store.errorString().toStdString();
    EXPECT_TRUE(store.searchIndexDamaged());
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Refused"))), 0);
    EXPECT_EQ(store.lastError().code(), Code::Damaged);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("search index"))) << store.errorString().toStdString();

    ASSERT_TRUE(store.rebuildSearchIndex()) << store.errorString().toStdString();
    EXPECT_FALSE(store.searchIndexDamaged());
    ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Carers review"))), 0);
    EvidenceFilter filter;
    filter.text = QStringLiteral("carers");
    EXPECT_EQ(store.listEvidence(filter).size(), 4);
    store.close();

    PortfolioStore again;
    ASSERT_TRUE(again.open(file));
    EXPECT_FALSE(again.searchIndexDamaged());
}

TEST_F(PortfolioFaultTest, AnArchiveNeverCarriesADamagedSearchIndex)
{
    const QString file = path(QStringLiteral("index.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 3, QStringLiteral("Carers assessment")));
    ASSERT_NO_FATAL_FAILURE(damageSearchIndex(file));
    const QString archive = path(QStringLiteral("backup.waymark-archive"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(file));
        ASSERT_TRUE(store.searchIndexDamaged());
        ASSERT_TRUE(store.exportArchive(archive)) << store.errorString().toStdString();
    }
    const QString restored = path(QStringLiteral("restored.waymark"));
    QString error;
    ASSERT_TRUE(PortfolioStore::importArchive(archive, restored, &error)) << error.toStdString();
    PortfolioStore store;
    ASSERT_TRUE(store.open(restored));
    EXPECT_FALSE(store.searchIndexDamaged());
    EvidenceFilter filter;
    filter.text = QStringLiteral("carers");
    EXPECT_EQ(store.listEvidence(filter).size(), 3);
}

TEST_F(PortfolioFaultTest, AnExportStartsByRemovingWhatAKilledExportLeft)
{
    const QString file = path(QStringLiteral("alex.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 2));
    const QString archive = path(QStringLiteral("backup.waymark-archive"));
    for (const QString& debris : {QStringLiteral(".partial"), QStringLiteral(".partial-wal"), QStringLiteral(".partial-shm")}) {
        QFile f(archive + debris);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("left by an export that was killed");
    }
    PortfolioStore store;
    ASSERT_TRUE(store.open(file));
    ASSERT_TRUE(store.exportArchive(archive)) << store.errorString().toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files), QStringList());
    EXPECT_EQ(countIn(archive), 2);
}

TEST_F(PortfolioFaultTest, OnAFullDiskThePortfolioCanStillBeReadAndExported)
{
    SmallDisk disk(2048);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString file = disk.path(QStringLiteral("alex.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 5));
    ASSERT_NO_FATAL_FAILURE(disk.fill());
    const QByteArray before = fileHash(file);

    PortfolioStore store;
    ASSERT_TRUE(store.open(file)) << store.errorString().toStdString();
    EXPECT_EQ(store.readOnlyReason().code(), Code::DiskFull);
    EXPECT_EQ(store.listEvidence().size(), 5);
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("No room"))), 0);
    EXPECT_EQ(store.lastError().code(), Code::DiskFull);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("is full"))) << store.errorString().toStdString();
    const QString archive = path(QStringLiteral("rescued.waymark-archive"));
    ASSERT_TRUE(store.exportArchive(archive)) << store.errorString().toStdString();
    store.close();
    EXPECT_EQ(countIn(archive), 5);
    EXPECT_EQ(fileHash(file), before);
}

TEST_F(PortfolioFaultTest, OnAFullDiskNothingNewIsLeftBehindAndTheDiskIsNamed)
{
    SmallDisk disk(1024);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString archive = path(QStringLiteral("big.waymark-archive"));
    {
        const QString source = path(QStringLiteral("big.waymark"));
        PortfolioStore store;
        ASSERT_TRUE(store.open(source));
        Evidence big = makeEvidence(QStringLiteral("A long reflection"));
        big.reflection = QString(600 * 1024, QLatin1Char('r'));
        ASSERT_GT(store.addEvidence(big), 0);
        ASSERT_TRUE(store.exportArchive(archive));
    }
    ASSERT_NO_FATAL_FAILURE(disk.fill());
    const QStringList before = disk.files();

    QString error;
    EXPECT_FALSE(PortfolioStore::importArchive(archive, disk.path(QStringLiteral("imported.waymark")), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("is full"))) << error.toStdString();
    EXPECT_FALSE(error.contains(QStringLiteral("not a Waymark archive")));
    EXPECT_EQ(disk.files(), before);

    PortfolioStore store;
    EXPECT_FALSE(store.open(disk.path(QStringLiteral("new.waymark")), PortfolioStore::OpenMode::CreateNew));
    EXPECT_EQ(store.lastError().code(), Code::DiskFull);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("is full"))) << store.errorString().toStdString();
    EXPECT_FALSE(store.errorString().contains(QStringLiteral("damaged")));
    EXPECT_EQ(disk.files(), before);
}

TEST_F(PortfolioFaultTest, InAReadOnlyFolderThePortfolioOpensForReadingAndSaysWhy)
{
    SmallDisk disk(2048);
    if (!disk.mounted())
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString file = disk.path(QStringLiteral("alex.waymark"));
    ASSERT_NO_FATAL_FAILURE(writePortfolio(file, 4));
    if (!disk.makeReadOnly())
        GTEST_SKIP() << "cannot make the tmpfs read-only here";

    PortfolioStore store;
    ASSERT_TRUE(store.open(file)) << store.errorString().toStdString();
    EXPECT_EQ(store.readOnlyReason().code(), Code::ReadOnly);
    EXPECT_TRUE(store.readOnlyReason().message().contains(QStringLiteral("read-only")));
    EXPECT_EQ(store.listEvidence().size(), 4);
    EXPECT_EQ(store.addEvidence(makeEvidence(QStringLiteral("Nowhere to go"))), 0);
    EXPECT_TRUE(store.errorString().contains(QStringLiteral("read-only"))) << store.errorString().toStdString();
    EXPECT_FALSE(store.errorString().contains(QStringLiteral("damaged")));
}

} // namespace
} // namespace waymark
