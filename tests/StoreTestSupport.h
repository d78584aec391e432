#pragma once

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QSqlQuery>
#include <QSqlError>
#include <QSqlDatabase>

#include <gtest/gtest.h>

namespace waymark::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline Evidence makeEvidence(const QString& title, const QDate& date = QDate(2026, 3, 14),
                             EvidenceKind kind = EvidenceKind::DirectPractice, const QString& source = QStringLiteral("case work"))
{
    Evidence e;
    e.title = title;
    e.date = date;
    e.kind = kind;
    e.source = source;
    e.narrative = QStringLiteral("Narrative of ") + title;
    e.reflection = QStringLiteral("What I learnt from ") + title;
    return e;
}

// A social worker at Buckinghamshire's Range 6, working towards Range 7 (the pathway whose
// step has an approval chain).
inline const QString bucksPathway = QStringLiteral("buckinghamshire-social-worker-r6-r7");
inline Worker rangeSixWorker(const QString& name)
{
    Worker w;
    w.name = name;
    w.pathwayId = bucksPathway;
    w.currentStep = QStringLiteral("r6");
    w.targetStep = QStringLiteral("r7");
    return w;
}

// A portfolio of 300 records.
inline void writeLargePortfolio(const QString& path)
{
    PortfolioStore store;
    ASSERT_TRUE(store.open(path));
    for (int i = 0; i < 300; ++i)
        store.addEvidence(makeEvidence(QStringLiteral("Item %1").arg(i)));
}

// bytes scribbled over at position, as a failing disk might.
inline void scribble(const QString& path, qint64 position, int bytes)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    ASSERT_GT(f.size(), 40000);
    f.seek(position);
    f.write(QByteArray(bytes, char(0x5A)));
}

// A portfolio of 300 records with 8 KiB scribbled over at offset (a fraction of its size).
inline void writeDamagedPortfolio(const QString& path, double offset = 0.5)
{
    ASSERT_NO_FATAL_FAILURE(writeLargePortfolio(path));
    ASSERT_NO_FATAL_FAILURE(scribble(path, qint64(double(QFileInfo(path).size()) * offset) / 4096 * 4096, 8192));
}

// The bundled pathways, loaded once per test program.
inline const PathwayLibrary& bundledLibrary()
{
    static PathwayLibrary* library = [] {
        auto* lib = new PathwayLibrary;
        lib->load(QStringLiteral("-"));
        return lib;
    }();
    return *library;
}

// SQL run on the file as another program would, with no Waymark in between.
inline void runRaw(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (const QString& sql : statements)
            ASSERT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// A tmpfs of its own, so that a disk can be filled to the last byte or made read-only.
// Mounting needs privileges a test may not have: then the test is skipped.
class SmallDisk
{
public:
    explicit SmallDisk(int kibibytes)
    {
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=%1k,mode=0700").arg(kibibytes), QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden); }
    // Fills it to the last byte.
    void fill() const
    {
        QFile f(path(QStringLiteral("filler")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (f.write(block) == block.size() && f.flush()) {
        }
        f.close();
        QFile bytes(path(QStringLiteral("filler-bytes")));
        if (bytes.open(QIODevice::WriteOnly))
            while (bytes.write("x", 1) == 1 && bytes.flush()) {
            }
    }
    bool makeReadOnly() const
    {
        return QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace waymark::test
