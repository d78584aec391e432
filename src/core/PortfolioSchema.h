#pragma once

#include <QStringList>

namespace waymark {

// The schema as SQL statements, one list per version step: migrations[0] creates
// version 1 from an empty file, migrations[n] takes version n to n + 1. The SQL keeps to
// what PostgreSQL also accepts, except the FTS5 table, the SQLite triggers and WITHOUT ROWID.
const QList<QStringList>& portfolioMigrations();

// Gives a portfolio its one worker row, if it has none yet: a new file, or a worker's first
// open on a team server.
const QString& ensureWorkerRow();

// 'WYMK': marks a SQLite file as a Waymark portfolio.
constexpr int portfolioApplicationId = 0x57594D4B;

} // namespace waymark
