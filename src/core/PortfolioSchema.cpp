#include "PortfolioSchema.h"

namespace waymark {

namespace {

// A table (pathway_id, item_id, column, n) counting the live evidence mapped to each item by
// the value of one of its columns, filled from the file and kept by triggers. WITHOUT ROWID:
// rows are read in key order with no lookups (a PostgreSQL store leaves the clause out).
QStringList liveEvidenceCounts(const QString& table, const QString& column)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE %1 (pathway_id TEXT NOT NULL, item_id TEXT NOT NULL, %2 TEXT NOT NULL,"
                       " n INTEGER NOT NULL, PRIMARY KEY (pathway_id, item_id, %2)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO %1 (pathway_id, item_id, %2, n)"
                       " SELECT m.pathway_id, m.item_id, e.%2, count(*) FROM mappings m JOIN evidence e ON e.id = m.evidence_id"
                       " WHERE e.deleted_at IS NULL GROUP BY m.pathway_id, m.item_id, e.%2"),
        QStringLiteral("CREATE TRIGGER %1_map AFTER INSERT ON mappings BEGIN"
                       " INSERT INTO %1 (pathway_id, item_id, %2, n)"
                       " SELECT new.pathway_id, new.item_id, %2, 1 FROM evidence WHERE id = new.evidence_id AND deleted_at IS NULL"
                       " ON CONFLICT (pathway_id, item_id, %2) DO UPDATE SET n = n + 1; END"),
        QStringLiteral("CREATE TRIGGER %1_unmap AFTER DELETE ON mappings BEGIN"
                       " UPDATE %1 SET n = n - 1 WHERE pathway_id = old.pathway_id AND item_id = old.item_id"
                       " AND %2 = (SELECT %2 FROM evidence WHERE id = old.evidence_id AND deleted_at IS NULL);"
                       " DELETE FROM %1 WHERE pathway_id = old.pathway_id AND item_id = old.item_id AND n = 0; END"),
        QStringLiteral("CREATE TRIGGER %1_evidence AFTER UPDATE OF %2, deleted_at ON evidence"
                       " WHEN old.%2 <> new.%2 OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN"
                       " UPDATE %1 SET n = n - 1 WHERE old.deleted_at IS NULL AND %2 = old.%2"
                       " AND (pathway_id, item_id) IN (SELECT pathway_id, item_id FROM mappings WHERE evidence_id = old.id);"
                       " DELETE FROM %1 WHERE n = 0 AND %2 = old.%2"
                       " AND (pathway_id, item_id) IN (SELECT pathway_id, item_id FROM mappings WHERE evidence_id = old.id);"
                       " INSERT INTO %1 (pathway_id, item_id, %2, n)"
                       " SELECT pathway_id, item_id, new.%2, 1 FROM mappings WHERE evidence_id = new.id AND new.deleted_at IS NULL"
                       " ON CONFLICT (pathway_id, item_id, %2) DO UPDATE SET n = n + 1; END"),
    };
    QStringList out;
    for (const QString& sql : statements)
        out << sql.arg(table, column);
    return out;
}

// statements, then triggers that refuse every UPDATE and DELETE on each of tables.
QStringList appendOnly(QStringList statements, const QStringList& tables)
{
    for (const QString& table : tables)
        for (const char* change : {"update", "delete"})
            statements << QStringLiteral("CREATE TRIGGER %1_no_%2 BEFORE %3 ON %1 BEGIN SELECT RAISE(ABORT, '%1 are append-only'); END")
                              .arg(table, QLatin1String(change), QString::fromLatin1(change).toUpper());
    return statements;
}

} // namespace

const QString& ensureWorkerRow()
{
    static const QString sql = QStringLiteral("INSERT INTO worker (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM worker)");
    return sql;
}

const QList<QStringList>& portfolioMigrations()
{
    static const QList<QStringList> migrations = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE worker (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '',"
                           " profession TEXT NOT NULL DEFAULT '', registration_body TEXT NOT NULL DEFAULT '',"
                           " registration_number TEXT NOT NULL DEFAULT '', qualified_on TEXT,"
                           " pathway_id TEXT NOT NULL DEFAULT '', current_step TEXT NOT NULL DEFAULT '',"
                           " target_step TEXT NOT NULL DEFAULT '', supervisor_name TEXT NOT NULL DEFAULT '',"
                           " supervisor_role TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE roles (id INTEGER PRIMARY KEY, title TEXT NOT NULL, grade TEXT NOT NULL DEFAULT '',"
                           " started_on TEXT NOT NULL, ended_on TEXT, supervised_others INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE awards (id INTEGER PRIMARY KEY, award TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL CHECK (status IN ('held', 'in-progress')), awarded_on TEXT)"),
            QStringLiteral("CREATE TABLE evidence (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, title TEXT NOT NULL,"
                           " date_from TEXT NOT NULL, date_to TEXT, kind TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"
                           " narrative TEXT NOT NULL DEFAULT '', reflection TEXT NOT NULL DEFAULT '',"
                           " saved_at TEXT NOT NULL, deleted_at TEXT)"),
            QStringLiteral("CREATE INDEX evidence_date ON evidence (date_from)"),
            QStringLiteral("CREATE TABLE evidence_versions (evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
                           " version INTEGER NOT NULL, title TEXT NOT NULL, date_from TEXT NOT NULL, date_to TEXT,"
                           " kind TEXT NOT NULL, source TEXT NOT NULL, narrative TEXT NOT NULL, reflection TEXT NOT NULL,"
                           " saved_at TEXT NOT NULL, PRIMARY KEY (evidence_id, version))"),
            QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY,"
                           " evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
                           " name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,"
                           " data BLOB NOT NULL, added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX attachments_evidence ON attachments (evidence_id)"),
            QStringLiteral("CREATE TABLE mappings (id INTEGER PRIMARY KEY,"
                           " evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
                           " pathway_id TEXT NOT NULL, item_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',"
                           " UNIQUE (evidence_id, pathway_id, item_id))"),
            QStringLiteral("CREATE INDEX mappings_item ON mappings (pathway_id, item_id)"),
            QStringLiteral("CREATE TABLE sessions (id INTEGER PRIMARY KEY, held_on TEXT NOT NULL, supervisor TEXT NOT NULL,"
                           " supervisor_role TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE session_items (owner_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,"
                           " pathway_id TEXT NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (owner_id, pathway_id, item_id))"),
            QStringLiteral("CREATE TABLE judgements (id INTEGER PRIMARY KEY, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                           " verdict TEXT NOT NULL CHECK (verdict IN ('ready-for-review', 'reached', 'not-yet-reached')),"
                           " by_name TEXT NOT NULL, by_role TEXT NOT NULL DEFAULT '', made_on TEXT NOT NULL,"
                           " comment TEXT NOT NULL DEFAULT '', session_id INTEGER REFERENCES sessions (id),"
                           " pathway_version TEXT NOT NULL, statement TEXT NOT NULL, recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX judgements_item ON judgements (pathway_id, item_id, id)"),
            // No foreign key to evidence: a judgement keeps its record of evidence that was purged.
            QStringLiteral("CREATE TABLE judgement_evidence (judgement_id INTEGER NOT NULL REFERENCES judgements (id),"
                           " evidence_id INTEGER NOT NULL, evidence_version INTEGER NOT NULL, title TEXT NOT NULL,"
                           " PRIMARY KEY (judgement_id, evidence_id))"),
            QStringLiteral("CREATE TRIGGER judgements_no_update BEFORE UPDATE ON judgements"
                           " BEGIN SELECT RAISE(ABORT, 'judgements are append-only'); END"),
            QStringLiteral("CREATE TRIGGER judgements_no_delete BEFORE DELETE ON judgements"
                           " BEGIN SELECT RAISE(ABORT, 'judgements are append-only'); END"),
            QStringLiteral("CREATE TRIGGER judgement_evidence_no_update BEFORE UPDATE ON judgement_evidence"
                           " BEGIN SELECT RAISE(ABORT, 'judgements are append-only'); END"),
            QStringLiteral("CREATE TRIGGER judgement_evidence_no_delete BEFORE DELETE ON judgement_evidence"
                           " BEGIN SELECT RAISE(ABORT, 'judgements are append-only'); END"),
            QStringLiteral("CREATE TABLE comments (id INTEGER PRIMARY KEY, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                           " author TEXT NOT NULL, author_role TEXT NOT NULL DEFAULT '', body TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX comments_item ON comments (pathway_id, item_id)"),
            QStringLiteral("CREATE TABLE plan_items (id INTEGER PRIMARY KEY, activity TEXT NOT NULL,"
                           " learning_offer TEXT NOT NULL DEFAULT '', target_on TEXT,"
                           " status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')))"),
            QStringLiteral("CREATE TABLE plan_item_links (owner_id INTEGER NOT NULL REFERENCES plan_items (id) ON DELETE CASCADE,"
                           " pathway_id TEXT NOT NULL, item_id TEXT NOT NULL, PRIMARY KEY (owner_id, pathway_id, item_id))"),
            QStringLiteral("CREATE TABLE cpd_entries (id INTEGER PRIMARY KEY, done_on TEXT NOT NULL, activity TEXT NOT NULL,"
                           " hours REAL NOT NULL CHECK (hours >= 0), notes TEXT NOT NULL DEFAULT '',"
                           " evidence_id INTEGER REFERENCES evidence (id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE VIRTUAL TABLE evidence_fts USING fts5(title, narrative, reflection,"
                           " content='evidence', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
            QStringLiteral("CREATE TRIGGER evidence_fts_insert AFTER INSERT ON evidence BEGIN"
                           " INSERT INTO evidence_fts (rowid, title, narrative, reflection)"
                           " VALUES (new.id, new.title, new.narrative, new.reflection); END"),
            QStringLiteral("CREATE TRIGGER evidence_fts_delete AFTER DELETE ON evidence BEGIN"
                           " INSERT INTO evidence_fts (evidence_fts, rowid, title, narrative, reflection)"
                           " VALUES ('delete', old.id, old.title, old.narrative, old.reflection); END"),
            QStringLiteral("CREATE TRIGGER evidence_fts_update AFTER UPDATE OF title, narrative, reflection ON evidence BEGIN"
                           " INSERT INTO evidence_fts (evidence_fts, rowid, title, narrative, reflection)"
                           " VALUES ('delete', old.id, old.title, old.narrative, old.reflection);"
                           " INSERT INTO evidence_fts (rowid, title, narrative, reflection)"
                           " VALUES (new.id, new.title, new.narrative, new.reflection); END"),
        },
        {
            // Version 2: readiness evaluation asks for the latest decision per item.
            QStringLiteral("CREATE INDEX judgements_decisions ON judgements (pathway_id, item_id, verdict, id)"),
        },
        {
            // Version 3: the anonymisation check's name list and confirmed findings.
            QStringLiteral("CREATE TABLE private_names (name TEXT PRIMARY KEY)"),
            QStringLiteral("CREATE TABLE confirmed_findings (evidence_id INTEGER NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,"
                           " evidence_version INTEGER NOT NULL, finding TEXT NOT NULL, confirmed_at TEXT NOT NULL,"
                           " PRIMARY KEY (evidence_id, evidence_version, finding))"),
        },
        {
            // Version 4: what readiness needs of each evidence item, readable without its long text.
            QStringLiteral("CREATE INDEX evidence_state ON evidence (id, deleted_at, version, kind, source)"),
        },
        // Version 5: what readiness reads of every item, kept up to date by triggers so that
        // reading it costs the same for 100 records as for 100,000.
        liveEvidenceCounts(QStringLiteral("item_kind_counts"), QStringLiteral("kind"))
            + liveEvidenceCounts(QStringLiteral("item_source_counts"), QStringLiteral("source"))
            + QStringList{
            // How many of the records each judgement relied on were edited, deleted or purged since.
            QStringLiteral("CREATE INDEX judgement_evidence_evidence ON judgement_evidence (evidence_id)"),
            QStringLiteral("CREATE TABLE judgement_changes (judgement_id INTEGER PRIMARY KEY REFERENCES judgements (id),"
                           " n INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO judgement_changes (judgement_id, n)"
                           " SELECT je.judgement_id, count(*) FROM judgement_evidence je LEFT JOIN evidence e ON e.id = je.evidence_id"
                           " WHERE e.id IS NULL OR e.deleted_at IS NOT NULL OR e.version <> je.evidence_version"
                           " GROUP BY je.judgement_id"),
            QStringLiteral("CREATE TRIGGER judgement_changes_record AFTER INSERT ON judgement_evidence"
                           " WHEN NOT EXISTS (SELECT 1 FROM evidence WHERE id = new.evidence_id AND deleted_at IS NULL"
                           " AND version = new.evidence_version) BEGIN"
                           " INSERT INTO judgement_changes (judgement_id, n) VALUES (new.judgement_id, 1)"
                           " ON CONFLICT (judgement_id) DO UPDATE SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER judgement_changes_evidence AFTER UPDATE OF version, deleted_at ON evidence"
                           " WHEN old.version <> new.version OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN"
                           " INSERT INTO judgement_changes (judgement_id, n)"
                           " SELECT judgement_id, 1 FROM judgement_evidence WHERE evidence_id = new.id"
                           " AND old.deleted_at IS NULL AND old.version = evidence_version"
                           " AND (new.deleted_at IS NOT NULL OR new.version <> evidence_version)"
                           " ON CONFLICT (judgement_id) DO UPDATE SET n = n + 1;"
                           " UPDATE judgement_changes SET n = n - 1 WHERE judgement_id IN"
                           " (SELECT judgement_id FROM judgement_evidence WHERE evidence_id = new.id"
                           " AND (old.deleted_at IS NOT NULL OR old.version <> evidence_version)"
                           " AND new.deleted_at IS NULL AND new.version = evidence_version);"
                           " DELETE FROM judgement_changes WHERE n = 0 AND judgement_id IN"
                           " (SELECT judgement_id FROM judgement_evidence WHERE evidence_id = new.id); END"),
            QStringLiteral("CREATE TRIGGER judgement_changes_purge AFTER DELETE ON evidence BEGIN"
                           " INSERT INTO judgement_changes (judgement_id, n)"
                           " SELECT judgement_id, 1 FROM judgement_evidence WHERE evidence_id = old.id"
                           " AND old.deleted_at IS NULL AND old.version = evidence_version"
                           " ON CONFLICT (judgement_id) DO UPDATE SET n = n + 1; END"),
            // Readiness no longer reads evidence rows; search and lists use the date index.
            QStringLiteral("DROP INDEX evidence_state"),
        },
        {
            // Version 6: the worker's decision on each finding in any text that reaches the panel
            // PDF, not only evidence. record is "evidence:12", "comment:3", ...; a kept finding
            // holds for one version of the record, a redaction (version 0) for every version.
            QStringLiteral("CREATE TABLE finding_decisions (record TEXT NOT NULL, record_version INTEGER NOT NULL,"
                           " finding TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('keep', 'redact')),"
                           " decided_at TEXT NOT NULL, PRIMARY KEY (record, record_version, finding))"),
            QStringLiteral("INSERT INTO finding_decisions (record, record_version, finding, decision, decided_at)"
                           " SELECT 'evidence:' || evidence_id, evidence_version, finding, 'keep', confirmed_at FROM confirmed_findings"),
            // Ids of deleted rows can be reused; a decision must not pass to a new record.
            QStringLiteral("CREATE TRIGGER finding_decisions_evidence AFTER DELETE ON evidence BEGIN"
                           " DELETE FROM finding_decisions WHERE record = 'evidence:' || old.id; END"),
            QStringLiteral("CREATE TRIGGER finding_decisions_mapping AFTER DELETE ON mappings BEGIN"
                           " DELETE FROM finding_decisions WHERE record = 'mapping:' || old.id; END"),
            QStringLiteral("CREATE TRIGGER finding_decisions_plan AFTER DELETE ON plan_items BEGIN"
                           " DELETE FROM finding_decisions WHERE record = 'plan:' || old.id; END"),
            QStringLiteral("CREATE TRIGGER finding_decisions_cpd AFTER DELETE ON cpd_entries BEGIN"
                           " DELETE FROM finding_decisions WHERE record = 'cpd:' || old.id; END"),
            QStringLiteral("CREATE TRIGGER finding_decisions_attachment AFTER DELETE ON attachments BEGIN"
                           " DELETE FROM finding_decisions WHERE record = 'attachment:' || old.id; END"),
        },
        {
            // Version 7: removing a role, an award, a plan item, a CPD entry or an attachment
            // can be undone, as deleting evidence can.
            QStringLiteral("ALTER TABLE roles ADD COLUMN deleted_at TEXT"),
            QStringLiteral("ALTER TABLE awards ADD COLUMN deleted_at TEXT"),
            QStringLiteral("ALTER TABLE plan_items ADD COLUMN deleted_at TEXT"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN deleted_at TEXT"),
            QStringLiteral("ALTER TABLE attachments ADD COLUMN deleted_at TEXT"),
        },
        {
            // Version 8: what the regulators ask of a CPD record (docs/regulators.md), and the
            // texts of a regulator's CPD profile that belong to no one record.
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN cpd_type TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN relevance TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN learnt TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN impact_practice TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN impact_people TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN peer_reflection TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE cpd_entries ADD COLUMN learning_element TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE TABLE cpd_texts (name TEXT PRIMARY KEY, body TEXT NOT NULL)"),
        },
        appendOnly({
            // Version 9: progression cases (docs/progression-case.md) and the hash chain over
            // judgements and case events. Every row is kept as written.
            QStringLiteral("CREATE TABLE cases (id INTEGER PRIMARY KEY, pathway_id TEXT NOT NULL, target_id TEXT NOT NULL,"
                           " target_title TEXT NOT NULL, opened_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE case_snapshots (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id),"
                           " content TEXT NOT NULL, sha256 TEXT NOT NULL, frozen_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX case_snapshots_sha256 ON case_snapshots (sha256)"),
            QStringLiteral("CREATE TABLE case_events (id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases (id),"
                           " action TEXT NOT NULL CHECK (action IN ('submit', 'recommend', 'approve', 'refer-back', 'decline',"
                           " 'withdraw')), stage INTEGER, by_name TEXT NOT NULL, by_role TEXT NOT NULL,"
                           " signed_in INTEGER NOT NULL CHECK (signed_in IN (0, 1)), reason TEXT NOT NULL DEFAULT '',"
                           " made_at TEXT NOT NULL, snapshot_id INTEGER REFERENCES case_snapshots (id))"),
            QStringLiteral("CREATE INDEX case_events_case ON case_events (case_id, id)"),
            // record is "judgement:7" or "case-event:3"; hash covers its content and the hash before it.
            QStringLiteral("CREATE TABLE record_chain (seq INTEGER PRIMARY KEY, record TEXT NOT NULL UNIQUE, hash TEXT NOT NULL)"),
            // The judgements already in the file are chained on the first open after this step
            // (SHA-256 is computed by Waymark, not by SQL).
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('chain-pending', '1')"),
        }, {QStringLiteral("cases"), QStringLiteral("case_snapshots"), QStringLiteral("case_events"), QStringLiteral("record_chain")}),
    };
    return migrations;
}

} // namespace waymark
