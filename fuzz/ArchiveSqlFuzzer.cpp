#include "FuzzApplication.h"
#include "ImportCheck.h"

#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <string>

// Byte mutations of an archive mostly stop in SQLite's own checks (SQLite is not
// instrumented, so libFuzzer cannot steer them). Here the bytes are SQL run on a copy of a
// real exported archive before it is imported: odd values, missing rows, other pragmas and
// schema objects reach Waymark's own code.

namespace {

const QTemporaryDir* folder = nullptr;
QByteArray exported;

// Stops statements that would run for ever (recursive queries) so that they do not hang the run.
int stopLongStatements(void*)
{
    return 1;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** argv)
{
    waymark::fuzz::startApplication((*argv)[0]);
    static const QTemporaryDir dir;
    QFile seed(QStringLiteral(WAYMARK_FUZZ_ARCHIVE));
    if (!dir.isValid() || !seed.open(QIODevice::ReadOnly))
        std::abort();
    exported = seed.readAll();
    folder = &dir;
    QDir::setCurrent(dir.path()); // where any file the SQL names is made, and then removed
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString archive = folder->filePath(QStringLiteral("input.archive"));
    {
        QFile file(archive);
        if (!file.open(QIODevice::WriteOnly) || file.write(exported) != exported.size())
            std::abort();
    }
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(archive.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_progress_handler(db, 1000000, stopLongStatements, nullptr);
    const std::string sql(reinterpret_cast<const char*>(data), size);
    sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    sqlite3_close(db);
    waymark::fuzz::importAndCheck(folder->path(), archive);
    return 0;
}
