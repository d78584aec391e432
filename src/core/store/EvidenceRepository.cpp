#include "EvidenceRepository.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace waymark::store {

namespace {

// Turns what a person types into a full-text query: every word must appear, as a prefix.
// SQLite's FTS5 writes that "word"*; PostgreSQL's tsquery 'word':* & ... . Letters, combining
// marks and digits of every script are kept as typed ("Llŷn", "İstanbul"): the index's own
// tokenizer folds case and accents of the query the same way as of the text.
QString ftsQuery(const QString& text, bool server)
{
    static const QRegularExpression space(QStringLiteral("[\\s\"]+"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{M}\\p{N}_'-]"));
    QStringList terms;
    for (QString word : text.split(space, Qt::SkipEmptyParts)) {
        word.remove(notWord);
        if (word.isEmpty())
            continue;
        if (server)
            terms << QLatin1Char('\'') + word.replace(QLatin1Char('\''), QStringLiteral("''")) + QStringLiteral("':*");
        else
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(server ? QStringLiteral(" & ") : QStringLiteral(" "));
}

// Columns 0 to 8 are what a list shows of a record (summaryColumns); 9 and 10 its text.
const QString summaryColumns = QStringLiteral(
    "e.id, e.version, e.title, e.date_from, e.date_to, e.kind, e.source, e.saved_at, e.deleted_at");
const QString evidenceColumns = summaryColumns + QStringLiteral(", e.narrative, e.reflection");

void readSummary(const QSqlQuery& q, EvidenceSummary& e)
{
    e.id = q.value(0).toLongLong();
    e.version = q.value(1).toInt();
    e.title = q.value(2).toString();
    e.date = dateFrom(q.value(3));
    e.endDate = dateFrom(q.value(4));
    evidenceKindFromId(q.value(5).toString(), &e.kind);
    e.source = q.value(6).toString();
    e.savedAt = timeFrom(q.value(7));
    e.deleted = !q.value(8).isNull();
}

Evidence evidenceFrom(const QSqlQuery& q)
{
    Evidence e;
    readSummary(q, e);
    e.narrative = q.value(9).toString();
    e.reflection = q.value(10).toString();
    return e;
}

// What each version of an item keeps, in the order bindEvidenceFields binds (after the version).
const QString versionColumns = QStringLiteral("version, title, date_from, date_to, kind, source, narrative, reflection, saved_at");

// New evidence's mappings as rows for json_to_recordset.
QString mappingRows(const QList<Mapping>& mappings)
{
    QJsonArray rows;
    for (const Mapping& m : mappings)
        rows.append(QJsonObject{{QStringLiteral("pathway_id"), m.item.pathwayId}, {QStringLiteral("item_id"), m.item.itemId},
                                {QStringLiteral("note"), m.note}});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

void bindEvidenceFields(QSqlQuery& q, const Evidence& e, const QString& savedAt)
{
    bindAll(q, {e.title.trimmed(), dateValue(e.date), dateValue(e.endDate), evidenceKindId(e.kind), e.source.trimmed(),
                e.narrative, e.reflection, savedAt});
}

} // namespace

QString EvidenceRepository::validate(const Evidence& e) const
{
    if (e.title.trimmed().isEmpty())
        return tr("Evidence needs a title.");
    if (!e.date.isValid())
        return tr("Evidence needs a date.");
    if (e.endDate.isValid() && e.endDate < e.date)
        return tr("The evidence's period cannot end before it starts.");
    const QDate latest = e.endDate.isValid() ? e.endDate : e.date;
    if (latest > m_db.today())
        return tr("Evidence cannot be dated after today: %1 is later than %2. Record it once it has happened.")
            .arg(latest.toString(Qt::ISODate), m_db.today().toString(Qt::ISODate));
    return QString();
}

qint64 EvidenceRepository::add(const Evidence& evidence, const QList<Mapping>& mappings)
{
    if (const QString invalid = validate(evidence); !invalid.isEmpty())
        return m_db.fail(StoreError::Code::Invalid, invalid), 0;
    // New evidence has no mappings yet: only the list itself can map an item twice.
    QSet<QString> mapped;
    for (const Mapping& m : mappings) {
        if (!checkMappingItem(m))
            return 0;
        if (mapped.contains(m.item.toString()))
            return m_db.fail(StoreError::Code::Invalid, tr("The evidence is mapped to %1 twice.").arg(m.item.toString())), 0;
        mapped.insert(m.item.toString());
    }
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        // A new id is above every id a judgement remembers, so that the record of purged
        // evidence never names a new record.
        const QString insert = QStringLiteral("INSERT INTO evidence (id, %1) VALUES (1 + %2(coalesce((SELECT max(id) FROM evidence), 0),"
                                              " coalesce((SELECT max(evidence_id) FROM judgement_evidence), 0)), 1, ?, ?, ?, ?, ?, ?, ?, ?)")
                                   .arg(versionColumns, m_db.isServer() ? QStringLiteral("greatest") : QStringLiteral("max"));
        // On a server the evidence, its first version and its mappings are one statement: two
        // round trips fewer in every add.
        QSqlQuery q = m_db.query(m_db.isServer()
                                     ? QStringLiteral("WITH added AS (%1 RETURNING *),"
                                                      " kept AS (INSERT INTO evidence_versions (evidence_id, %2) SELECT id, %2 FROM added),"
                                                      " mapped AS (INSERT INTO mappings (evidence_id, pathway_id, item_id, note)"
                                                      " SELECT added.id, m.pathway_id, m.item_id, m.note FROM added,"
                                                      " json_to_recordset(?::json) AS m(pathway_id TEXT, item_id TEXT, note TEXT))"
                                                      " SELECT id FROM added").arg(insert, versionColumns)
                                     : insert + QStringLiteral(" RETURNING id"));
        bindEvidenceFields(q, evidence, nowText());
        if (m_db.isServer())
            bind(q, mappingRows(mappings));
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the evidence"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Evidence, id);
        if (m_db.isServer())
            return true;
        if (!keepVersion(id))
            return false;
        for (Mapping m : mappings) {
            m.evidenceId = id;
            if (insertMapping(m) == 0)
                return false;
        }
        return true;
    });
    return saved ? id : 0;
}

bool EvidenceRepository::update(const Evidence& evidence, int expectedVersion)
{
    if (const QString invalid = validate(evidence); !invalid.isEmpty())
        return m_db.fail(StoreError::Code::Invalid, invalid);
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE evidence SET title = ?, date_from = ?, date_to = ?, kind = ?, source = ?, narrative = ?,"
                                 " reflection = ?, saved_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
        bindEvidenceFields(q, evidence, nowText());
        bindAll(q, {evidence.id, expectedVersion});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot save the evidence"));
        if (q.numRowsAffected() != 1) {
            const std::optional<Evidence> now = find(evidence.id);
            if (!now)
                return false;
            return m_db.fail(StoreError::Code::Conflict,
                             tr("\"%1\" was changed elsewhere (another window or program) since you opened it: it is now at "
                                "version %2, you edited version %3. Your text was not saved over it; reopen the evidence "
                                "and apply your change again.").arg(now->title).arg(now->version).arg(expectedVersion));
        }
        m_db.noteChange(PortfolioStore::Area::Evidence, evidence.id);
        return keepVersion(evidence.id);
    });
}

std::optional<Evidence> EvidenceRepository::find(qint64 id)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence e WHERE e.id = ?").arg(evidenceColumns));
    bind(q, id);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the evidence"));
    if (!q.next()) {
        m_db.fail(StoreError::Code::NotFound, tr("There is no evidence %1.").arg(id));
        return std::nullopt;
    }
    return evidenceFrom(q);
}

QList<Evidence> EvidenceRepository::versions(qint64 id)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT e.evidence_id, e.version, e.title, e.date_from, e.date_to, e.kind, e.source, e.saved_at,"
                             " NULL, e.narrative, e.reflection FROM evidence_versions e WHERE e.evidence_id = ? ORDER BY e.version"));
    bind(q, id);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the evidence history"));
    QList<Evidence> out;
    while (q.next())
        out << evidenceFrom(q);
    return out;
}

QList<Evidence> EvidenceRepository::search(const EvidenceFilter& filter)
{
    QList<Evidence> out;
    QSqlQuery q(m_db.connection());
    if (runSearch(q, filter, evidenceColumns))
        while (q.next())
            out << evidenceFrom(q);
    return out;
}

QList<EvidenceSummary> EvidenceRepository::list(const EvidenceFilter& filter)
{
    QList<EvidenceSummary> out;
    QSqlQuery q(m_db.connection());
    if (runSearch(q, filter, summaryColumns))
        while (q.next())
            readSummary(q, out.emplace_back());
    return out;
}

bool EvidenceRepository::runSearch(QSqlQuery& q, const EvidenceFilter& filter, const QString& columns)
{
    m_db.requireOpen();
    QStringList where;
    QVariantList binds;
    QString from = QStringLiteral("evidence e");
    QString order = QStringLiteral("e.date_from DESC, e.id DESC");
    QVariantList orderBinds;
    const QString match = ftsQuery(filter.text, m_db.isServer());
    if (!filter.text.trimmed().isEmpty()) {
        if (match.isEmpty())
            return false; // nothing searchable was typed: nothing found
        if (m_db.isServer()) {
            where << QStringLiteral("e.search @@ to_tsquery('simple', ?)");
            if (filter.order == EvidenceOrder::BestMatch) {
                order = QStringLiteral("ts_rank(e.search, to_tsquery('simple', ?)) DESC, e.date_from DESC");
                orderBinds << match;
            }
        } else if (filter.order == EvidenceOrder::BestMatch) {
            // Ranking reads every match, however few are shown.
            from = QStringLiteral("evidence_fts f JOIN evidence e ON e.id = f.rowid");
            where << QStringLiteral("evidence_fts MATCH ?");
            order = QStringLiteral("f.rank, e.date_from DESC");
        } else {
            where << QStringLiteral("e.id IN (SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?)");
            if (filter.limit > 0 && filter.item.itemId.isEmpty() && matchesAtLeast(match, PortfolioStore::manyMatches))
                // Walking the evidence newest first stops after the few records shown;
                // sorting many matches by date would read every one of them first.
                from = QStringLiteral("evidence e INDEXED BY evidence_date");
        }
        binds << match;
    }
    if (!filter.includeDeleted)
        where << QStringLiteral("e.deleted_at IS NULL");
    if (!filter.item.itemId.isEmpty()) {
        where << QStringLiteral("e.id IN (SELECT evidence_id FROM mappings WHERE pathway_id = ? AND item_id = ?)");
        binds << filter.item.pathwayId << filter.item.itemId;
    }
    if (!filter.anyKind) {
        where << QStringLiteral("e.kind = ?");
        binds << evidenceKindId(filter.kind);
    }
    if (filter.from.isValid()) {
        where << QStringLiteral("COALESCE(e.date_to, e.date_from) >= ?");
        binds << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("e.date_from <= ?");
        binds << filter.to.toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT %1 FROM %2").arg(columns, from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY ") + order;
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds + orderBinds)
        bind(q, b);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot search the evidence"));
    return true;
}

bool EvidenceRepository::matchesAtLeast(const QString& ftsMatch, int count)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM evidence_fts WHERE evidence_fts MATCH ? LIMIT ?) m"));
    bindAll(q, {ftsMatch, count});
    if (!q.exec() || !q.next())
        m_db.throwQuery(q, tr("Cannot search the evidence"));
    return q.value(0).toInt() >= count;
}

int EvidenceRepository::count(bool includeDeleted)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    if (!q.exec(includeDeleted ? QStringLiteral("SELECT count(*) FROM evidence")
                               : QStringLiteral("SELECT count(*) FROM evidence WHERE deleted_at IS NULL")) || !q.next())
        m_db.throwQuery(q, tr("Cannot count the evidence"));
    return q.value(0).toInt();
}

bool EvidenceRepository::setDeleted(qint64 id, bool deleted)
{
    return m_db.transaction([&] {
        m_db.noteChange(PortfolioStore::Area::Evidence, id);
        return m_db.markDeleted("evidence", id, deleted,
                                deleted ? tr("Cannot delete the evidence") : tr("Cannot restore the evidence"),
                                deleted ? tr("There is no evidence %1 to delete.") : tr("There is no deleted evidence %1 to restore."));
    });
}

bool EvidenceRepository::purge(qint64 id)
{
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ? AND deleted_at IS NOT NULL"));
        bind(q, id);
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot purge the evidence"));
        if (q.numRowsAffected() == 1) {
            m_db.noteChange(PortfolioStore::Area::Evidence, id);
            return true;
        }
        return find(id) ? m_db.fail(StoreError::Code::Invalid, tr("Evidence %1 can only be purged after it has been deleted.").arg(id))
                        : false;
    });
}

bool EvidenceRepository::addVersion(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE evidence SET version = version + 1, saved_at = ? WHERE id = ?"));
    bindAll(q, {nowText(), evidenceId});
    if (!q.exec())
        return m_db.failQuery(q, tr("Cannot save the evidence"));
    m_db.noteChange(PortfolioStore::Area::Evidence, evidenceId);
    return keepVersion(evidenceId);
}

bool EvidenceRepository::keepVersion(qint64 evidenceId)
{
    QSqlQuery v = m_db.query(QStringLiteral("INSERT INTO evidence_versions (evidence_id, %1) SELECT id, %1 FROM evidence WHERE id = ?")
                                 .arg(versionColumns));
    bind(v, evidenceId);
    return v.exec() || m_db.failQuery(v, tr("Cannot save the evidence"));
}

bool EvidenceRepository::checkMappingItem(const Mapping& m)
{
    return (!m.item.pathwayId.isEmpty() && !m.item.itemId.isEmpty())
           || m_db.fail(StoreError::Code::Invalid, tr("A mapping needs a pathway and an item (pathway:item)."));
}

qint64 EvidenceRepository::addMapping(const Mapping& m)
{
    if (!checkMappingItem(m))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        // Asked first, inside the action, rather than read from the constraint's message.
        QSqlQuery q = m_db.query(QStringLiteral("SELECT (SELECT count(*) FROM evidence WHERE id = ?),"
                                 " (SELECT count(*) FROM mappings WHERE evidence_id = ? AND pathway_id = ? AND item_id = ?)"));
        bindAll(q, {m.evidenceId, m.evidenceId, m.item.pathwayId, m.item.itemId});
        if (!q.exec() || !q.next())
            return m_db.failQuery(q, tr("Cannot map the evidence"));
        if (q.value(0).toInt() == 0)
            return m_db.fail(StoreError::Code::NotFound, tr("There is no evidence %1.").arg(m.evidenceId));
        if (q.value(1).toInt() > 0)
            return m_db.fail(StoreError::Code::Invalid, tr("Evidence %1 is already mapped to %2.").arg(m.evidenceId).arg(m.item.toString()));
        q.finish();
        id = insertMapping(m);
        return id != 0;
    });
    return saved ? id : 0;
}

qint64 EvidenceRepository::insertMapping(const Mapping& m)
{
    QSqlQuery insert = m_db.query(QStringLiteral("INSERT INTO mappings (evidence_id, pathway_id, item_id, note) VALUES (?, ?, ?, ?)"
                                                 " RETURNING id"));
    bindAll(insert, {m.evidenceId, m.item.pathwayId, m.item.itemId, m.note});
    if (!insert.exec())
        return m_db.failQuery(insert, tr("Cannot map the evidence")), 0;
    m_db.noteChange(PortfolioStore::Area::Evidence, m.evidenceId);
    return insertedId(insert);
}

bool EvidenceRepository::removeMapping(qint64 mappingId)
{
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT evidence_id FROM mappings WHERE id = ?"));
        bind(q, mappingId);
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot remove the mapping"));
        if (q.next())
            m_db.noteChange(PortfolioStore::Area::Evidence, q.value(0).toLongLong());
        return m_db.deleteRow("mappings", mappingId, tr("Cannot remove the mapping"), tr("There is no mapping %1."));
    });
}

QList<Mapping> EvidenceRepository::readMappings(QSqlQuery& q)
{
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the mappings"));
    QList<Mapping> out;
    while (q.next())
        out << Mapping{q.value(0).toLongLong(), q.value(1).toLongLong(), {q.value(2).toString(), q.value(3).toString()},
                       q.value(4).toString()};
    return out;
}

QList<Mapping> EvidenceRepository::mappingsForEvidence(qint64 evidenceId)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, evidence_id, pathway_id, item_id, note FROM mappings WHERE evidence_id = ? ORDER BY id"));
    bind(q, evidenceId);
    return readMappings(q);
}

QList<Mapping> EvidenceRepository::mappingsForItem(const ItemRef& item)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT m.id, m.evidence_id, m.pathway_id, m.item_id, m.note FROM mappings m"
                             " JOIN evidence e ON e.id = m.evidence_id"
                             " WHERE m.pathway_id = ? AND m.item_id = ? AND e.deleted_at IS NULL ORDER BY e.date_from, m.id"));
    bindAll(q, {item.pathwayId, item.itemId});
    return readMappings(q);
}

} // namespace waymark::store
