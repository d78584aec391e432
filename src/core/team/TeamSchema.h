#pragma once

#include <QStringList>

namespace waymark::team {

// The team server's schema on PostgreSQL, one list of statements per version step, as for a
// portfolio file (PortfolioSchema.h). Who may read and write what is enforced here, by
// row-level security and privileges, so that no client can get round it.
const QList<QStringList>& teamMigrations();

} // namespace waymark::team
