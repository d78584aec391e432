#include "ItemLinks.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

QList<ItemRef> readItemLinks(Database& db, const char* table, qint64 owner)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT pathway_id, item_id FROM %1 WHERE owner_id = ? ORDER BY pathway_id, item_id")
                  .arg(QLatin1String(table)));
    bind(q, owner);
    if (!q.exec())
        db.throwQuery(q, Database::tr("Cannot read the linked items"));
    QList<ItemRef> out;
    while (q.next())
        out << ItemRef{q.value(0).toString(), q.value(1).toString()};
    return out;
}

bool writeItemLinks(Database& db, const char* table, qint64 owner, const QList<ItemRef>& refs)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE owner_id = ?").arg(QLatin1String(table)));
    bind(q, owner);
    if (!q.exec())
        return db.failQuery(q, Database::tr("Cannot save the linked items"));
    for (const ItemRef& r : refs) {
        // A repeated item is kept once.
        q.prepare(QStringLiteral("INSERT INTO %1 (owner_id, pathway_id, item_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                      .arg(QLatin1String(table)));
        bindAll(q, {owner, r.pathwayId, r.itemId});
        if (!q.exec())
            return db.failQuery(q, Database::tr("Cannot save the linked items"));
    }
    return true;
}

} // namespace waymark::store
