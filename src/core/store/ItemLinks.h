#pragma once

#include "waymark/PortfolioTypes.h"

namespace waymark::store {

class Database;

// The items a record names (a session's items discussed, a plan item's linked items), kept in
// a table (owner_id, pathway_id, item_id).
QList<ItemRef> readItemLinks(Database& db, const char* table, qint64 owner);
bool writeItemLinks(Database& db, const char* table, qint64 owner, const QList<ItemRef>& refs);

} // namespace waymark::store
