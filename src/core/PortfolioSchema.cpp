#include "PortfolioSchema.h"

namespace waymark {

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
    };
    return migrations;
}

} // namespace waymark
