#include "TeamSchema.h"

namespace waymark::team {

namespace {

// Row-level security: every row carries its portfolio's owner (a worker's login). A session
// sees one portfolio at a time, waymark_portfolio(), and only one it may read: its own, which
// needs no call, or one waymark_can_read allows. The scalar subquery is worked out once per
// statement, the portfolio and the right to read it together: a statement that changes
// waymark.portfolio as it runs still reads the one it was allowed.
const QString inPortfolio = QStringLiteral("owner = (SELECT CASE WHEN p = waymark_login() OR waymark_can_read(p) THEN p END"
                                           " FROM waymark_portfolio() AS p)");
// The team's administrators move portfolios onto the server and back (import and export).
const QString ownPortfolio =
    QStringLiteral("owner = waymark_portfolio() AND (owner = session_user::text OR (SELECT waymark_is_admin()))");
const QString supervisedPortfolio = QStringLiteral(
    "owner = waymark_portfolio() AND (owner = session_user::text OR waymark_supervises(owner) OR (SELECT waymark_is_admin()))");

// The worker's own records: everyone allowed reads them, only the worker changes them.
QStringList workerOwned(const QString& table)
{
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)").arg(table, inPortfolio),
        QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, ownPortfolio),
        QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(table, ownPortfolio),
        QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING (%2)").arg(table, ownPortfolio),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO waymark_member").arg(table),
    };
}

// Rows that those allowed by insertCheck add, and everyone allowed reads. Sessions can be
// corrected (by those who may add them); comments, judgements' records and cases only added.
QStringList addedBy(const QString& table, const QString& insertCheck, bool appendOnly)
{
    QStringList out{
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)").arg(table, inPortfolio),
        QStringLiteral("CREATE POLICY %1_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, insertCheck),
    };
    if (appendOnly)
        return out << QStringLiteral("GRANT SELECT, INSERT ON %1 TO waymark_member").arg(table);
    return out << QStringLiteral("CREATE POLICY %1_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)").arg(table, insertCheck)
               << QStringLiteral("CREATE POLICY %1_delete ON %1 FOR DELETE USING (%2)").arg(table, insertCheck)
               << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO waymark_member").arg(table);
}

// Kept by the triggers below, which run as the tables' owner: readers only read them, and
// the owner (not forced) writes them past the policies.
QStringList derived(const QString& table)
{
    return {
        QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table),
        QStringLiteral("CREATE POLICY %1_read ON %1 FOR SELECT USING (%2)").arg(table, inPortfolio),
        QStringLiteral("GRANT SELECT ON %1 TO waymark_member").arg(table),
    };
}

// What the functions that run as the tables' owner read. A session's temporary tables come
// first in its search path unless pg_temp is named last: a worker's own temporary team_people
// would otherwise make them an administrator.
const QString definerSearchPath = QStringLiteral("SET search_path = public, pg_temp");

QString triggerFunction(const QString& name, const QString& body, const QString& declare = QString())
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1() RETURNS TRIGGER LANGUAGE plpgsql SECURITY DEFINER %4"
                          " AS $$ %3 BEGIN %2 END $$").arg(name, body, declare, definerSearchPath);
}

// The author of a judgement, comment or case event is whoever is signed in, named as the
// team knows them, and the time the server's, whatever the client sends. Only an administrator
// moving a personal portfolio onto the server keeps its records' typed names, marked as not
// signed in (by_login '').
struct Authored
{
    const char* table;
    const char* nameColumn;
    const char* timeColumn;
    const char* more;
};
const Authored authored[] = {
    {"judgements", "by_name", "recorded_at", ""},
    {"comments", "author", "created_at", ""},
    {"case_events", "by_name", "made_at", "NEW.signed_in := 1;"},
};

QStringList authorFunctions()
{
    QStringList out;
    for (const Authored& a : authored)
        out << triggerFunction(QStringLiteral("%1_author").arg(QLatin1String(a.table)),
                               QStringLiteral("IF NEW.by_login = '' AND waymark_is_admin() THEN RETURN NEW; END IF;"
                                              " NEW.by_login := session_user; NEW.%1 := coalesce((SELECT name FROM team_people"
                                              " WHERE login = waymark_login()), session_user::text);"
                                              " NEW.%2 := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
                                              " %3 RETURN NEW;")
                                   .arg(QLatin1String(a.nameColumn), QLatin1String(a.timeColumn), QLatin1String(a.more)));
    return out;
}

QStringList authorTriggers()
{
    QStringList out = authorFunctions();
    for (const Authored& a : authored)
        out << QStringLiteral("CREATE TRIGGER %1_author BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %1_author()")
                   .arg(QLatin1String(a.table));
    return out;
}

// Ids are numbered within each portfolio, as in a portfolio file (the largest plus one), so a
// portfolio moves between a file and the server with its ids. The lock makes the writers of
// one portfolio take turns, as SQLite's write lock does; other portfolios do not wait. Each
// table has its own function, so that its statement is planned once per session.
// Evidence ids never come back, even after a purge: the repository numbers it past the
// judgements' records too; the trigger still takes the portfolio's lock.
QStringList numbering()
{
    const std::pair<const char*, const char*> numberedColumns[] = {
        {"roles", "id"}, {"awards", "id"}, {"attachments", "id"}, {"mappings", "id"}, {"sessions", "id"},
        {"judgements", "id"}, {"comments", "id"}, {"plan_items", "id"}, {"cpd_entries", "id"}, {"cases", "id"},
        {"case_snapshots", "id"}, {"case_events", "id"}, {"record_chain", "seq"}, {"evidence", "id"}};
    QStringList out;
    for (const auto& [table, column] : numberedColumns) {
        const QString t = QLatin1String(table);
        const QString c = QLatin1String(column);
        out << triggerFunction(QStringLiteral("%1_number").arg(t),
                               QStringLiteral("PERFORM pg_advisory_xact_lock(hashtext(NEW.owner)); IF NEW.%2 IS NULL THEN"
                                              " NEW.%2 := (SELECT coalesce(max(%2), 0) + 1 FROM %1 WHERE owner = NEW.owner);"
                                              " END IF; RETURN NEW;").arg(t, c))
            << QStringLiteral("CREATE OR REPLACE TRIGGER %1_number BEFORE INSERT ON %1 FOR EACH ROW EXECUTE FUNCTION %1_number()").arg(t);
    }
    return out;
}

// The live evidence mapped to each item, counted by one of the evidence's columns (the
// triggers of PortfolioSchema.cpp's liveEvidenceCounts, per portfolio).
QStringList liveEvidenceCounts(const QString& table, const QString& column)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE %1 (owner TEXT NOT NULL, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL, %2 TEXT NOT NULL,"
                       " n INTEGER NOT NULL, PRIMARY KEY (owner, pathway_id, item_id, %2))"),
        triggerFunction(QStringLiteral("%1_map"),
                        QStringLiteral("INSERT INTO %1 (owner, pathway_id, item_id, %2, n)"
                                       " SELECT NEW.owner, NEW.pathway_id, NEW.item_id, e.%2, 1 FROM evidence e"
                                       " WHERE e.owner = NEW.owner AND e.id = NEW.evidence_id AND e.deleted_at IS NULL"
                                       " ON CONFLICT (owner, pathway_id, item_id, %2) DO UPDATE SET n = %1.n + 1; RETURN NULL;")),
        QStringLiteral("CREATE TRIGGER %1_map AFTER INSERT ON mappings FOR EACH ROW EXECUTE FUNCTION %1_map()"),
        triggerFunction(QStringLiteral("%1_unmap"),
                        QStringLiteral("UPDATE %1 SET n = n - 1 WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id"
                                       " AND item_id = OLD.item_id AND %2 = (SELECT e.%2 FROM evidence e WHERE e.owner = OLD.owner"
                                       " AND e.id = OLD.evidence_id AND e.deleted_at IS NULL);"
                                       " DELETE FROM %1 WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id"
                                       " AND item_id = OLD.item_id AND n = 0; RETURN NULL;")),
        QStringLiteral("CREATE TRIGGER %1_unmap AFTER DELETE ON mappings FOR EACH ROW EXECUTE FUNCTION %1_unmap()"),
        triggerFunction(QStringLiteral("%1_evidence"),
                        QStringLiteral("IF OLD.deleted_at IS NULL THEN"
                                       " UPDATE %1 c SET n = n - 1 FROM mappings m WHERE m.owner = OLD.owner AND m.evidence_id = OLD.id"
                                       " AND c.owner = OLD.owner AND c.pathway_id = m.pathway_id AND c.item_id = m.item_id"
                                       " AND c.%2 = OLD.%2;"
                                       " DELETE FROM %1 WHERE owner = OLD.owner AND n = 0; END IF;"
                                       " IF NEW.deleted_at IS NULL THEN"
                                       " INSERT INTO %1 (owner, pathway_id, item_id, %2, n)"
                                       " SELECT NEW.owner, pathway_id, item_id, NEW.%2, 1 FROM mappings"
                                       " WHERE owner = NEW.owner AND evidence_id = NEW.id"
                                       " ON CONFLICT (owner, pathway_id, item_id, %2) DO UPDATE SET n = %1.n + 1; END IF;"
                                       " RETURN NULL;")),
        QStringLiteral("CREATE TRIGGER %1_evidence AFTER UPDATE OF %2, deleted_at ON evidence FOR EACH ROW"
                       " WHEN (OLD.%2 <> NEW.%2 OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))"
                       " EXECUTE FUNCTION %1_evidence()"),
    };
    QStringList out;
    for (QString sql : statements) // not all name the column: no arg(), which would warn
        out << sql.replace(QLatin1String("%1"), table).replace(QLatin1String("%2"), column);
    return out + derived(table);
}

// A finding decision names its record ("evidence:12"); ids are reused once a record is
// deleted, so the decision goes with it.
QStringList forgetFindings(const QString& table, const QString& kind)
{
    return {
        triggerFunction(QStringLiteral("%1_forget_findings").arg(table),
                        QStringLiteral("DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = '%1:' || OLD.id;"
                                       " RETURN NULL;").arg(kind)),
        QStringLiteral("CREATE TRIGGER %1_forget_findings AFTER DELETE ON %1 FOR EACH ROW EXECUTE FUNCTION %1_forget_findings()")
            .arg(table),
    };
}

// The portfolio a session works on: waymark.portfolio, or the session's own. Inlined into the
// caller's statement, so parsed with the caller's search path, where the caller's temporary
// types come first: every name is qualified.
QString portfolioFunction()
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION waymark_portfolio() RETURNS TEXT LANGUAGE sql STABLE AS"
                          " $$ SELECT coalesce(nullif(pg_catalog.current_setting('waymark.portfolio', true), ''),"
                          " session_user::pg_catalog.text) $$");
}

// Who is signed in, and what they may do. waymark_login() is session_user as text comparable
// with the logins' indexes: session_user is a name, whose text has the "C" collation, which no
// index on a text column matches (every check was a scan of the team). The checks are PL/pgSQL,
// so that their statements are planned once per session, and none calls another: a security
// definer's call to another costs a tenth of a millisecond, in every statement.
const QString isAdmin = QStringLiteral("EXISTS (SELECT 1 FROM team_people WHERE login = waymark_login() AND team_role = 'admin')");

// Whether the signed-in person is assigned to the worker (in the relation, when given).
QString assignedTo(const QString& worker, const QString& relation = QString())
{
    return QStringLiteral("EXISTS (SELECT 1 FROM team_assignments a WHERE a.holder = waymark_login() AND a.worker = %1%2)")
        .arg(worker, relation.isEmpty() ? QString() : QStringLiteral(" AND a.relation = '%1'").arg(relation));
}

QString accessCheck(const QString& signature, const QString& condition)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION %1 RETURNS BOOLEAN LANGUAGE plpgsql STABLE SECURITY DEFINER"
                          " %3 AS $$ BEGIN RETURN %2; END $$").arg(signature, condition, definerSearchPath);
}

QStringList accessFunctions()
{
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION waymark_login() RETURNS TEXT LANGUAGE sql STABLE AS"
                       " $$ SELECT session_user::pg_catalog.text COLLATE pg_catalog.\"default\" $$"),
        portfolioFunction(),
        accessCheck(QStringLiteral("waymark_is_admin()"), isAdmin),
        accessCheck(QStringLiteral("waymark_can_read(owner TEXT)"),
                    QStringLiteral("owner = waymark_login() OR %1 OR %2").arg(isAdmin, assignedTo(QStringLiteral("waymark_can_read.owner")))),
        accessCheck(QStringLiteral("waymark_supervises(owner TEXT)"),
                    assignedTo(QStringLiteral("waymark_supervises.owner"), QStringLiteral("supervisor"))),
    };
}

// A record is chained by its author (or by an administrator moving a portfolio in), once it
// is written: nobody else can take its place in the chain first.
QString chainedByAuthor()
{
    QString check = QStringLiteral("owner = waymark_portfolio() AND CASE split_part(record, ':', 1)");
    for (const auto& [kind, table] : {std::pair{"judgement", "judgements"}, {"case-event", "case_events"}})
        check += QStringLiteral(" WHEN '%1' THEN EXISTS (SELECT 1 FROM %2 r WHERE r.owner = record_chain.owner"
                                " AND r.id::text = split_part(record_chain.record, ':', 2)"
                                " AND (r.by_login = session_user::text OR (r.by_login = '' AND (SELECT waymark_is_admin()))))")
                     .arg(QLatin1String(kind), QLatin1String(table));
    return check + QStringLiteral(" ELSE false END");
}

QStringList portfolioTables()
{
    const QString owner = QStringLiteral("owner TEXT NOT NULL DEFAULT waymark_portfolio() REFERENCES team_people (login)");
    QStringList out{
        QStringLiteral("CREATE TABLE worker (%1 PRIMARY KEY, id INTEGER NOT NULL DEFAULT 1 CHECK (id = 1),"
                       " name TEXT NOT NULL DEFAULT '', profession TEXT NOT NULL DEFAULT '',"
                       " registration_body TEXT NOT NULL DEFAULT '', registration_number TEXT NOT NULL DEFAULT '',"
                       " qualified_on TEXT, pathway_id TEXT NOT NULL DEFAULT '', current_step TEXT NOT NULL DEFAULT '',"
                       " target_step TEXT NOT NULL DEFAULT '', supervisor_name TEXT NOT NULL DEFAULT '',"
                       " supervisor_role TEXT NOT NULL DEFAULT '')").arg(owner),
        QStringLiteral("CREATE TABLE roles (%1, id BIGINT NOT NULL, title TEXT NOT NULL, grade TEXT NOT NULL DEFAULT '',"
                       " started_on TEXT NOT NULL, ended_on TEXT, supervised_others INTEGER NOT NULL DEFAULT 0, deleted_at TEXT,"
                       " PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE TABLE awards (%1, id BIGINT NOT NULL, award TEXT NOT NULL, title TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL CHECK (status IN ('held', 'in-progress')), awarded_on TEXT, deleted_at TEXT,"
                       " PRIMARY KEY (owner, id))").arg(owner),
        // 'simple': words as typed, no stemming, as the portfolio file's unicode61 tokenizer.
        QStringLiteral("CREATE TABLE evidence (%1, id BIGINT NOT NULL, version INTEGER NOT NULL, title TEXT NOT NULL,"
                       " date_from TEXT NOT NULL, date_to TEXT, kind TEXT NOT NULL, source TEXT NOT NULL DEFAULT '',"
                       " narrative TEXT NOT NULL DEFAULT '', reflection TEXT NOT NULL DEFAULT '',"
                       " saved_at TEXT NOT NULL, deleted_at TEXT,"
                       " search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || narrative || ' ' || reflection)) STORED,"
                       " PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE INDEX evidence_date ON evidence (owner, date_from)"),
        QStringLiteral("CREATE INDEX evidence_search ON evidence USING GIN (search)"),
        QStringLiteral("CREATE TABLE evidence_versions (%1, evidence_id BIGINT NOT NULL, version INTEGER NOT NULL,"
                       " title TEXT NOT NULL, date_from TEXT NOT NULL, date_to TEXT, kind TEXT NOT NULL, source TEXT NOT NULL,"
                       " narrative TEXT NOT NULL, reflection TEXT NOT NULL, saved_at TEXT NOT NULL,"
                       " PRIMARY KEY (owner, evidence_id, version),"
                       " FOREIGN KEY (owner, evidence_id) REFERENCES evidence (owner, id) ON DELETE CASCADE)").arg(owner),
        QStringLiteral("CREATE TABLE attachments (%1, id BIGINT NOT NULL, evidence_id BIGINT NOT NULL, name TEXT NOT NULL,"
                       " media_type TEXT NOT NULL, size BIGINT NOT NULL, sha256 TEXT NOT NULL, data BYTEA NOT NULL,"
                       " added_at TEXT NOT NULL, deleted_at TEXT, PRIMARY KEY (owner, id),"
                       " FOREIGN KEY (owner, evidence_id) REFERENCES evidence (owner, id) ON DELETE CASCADE)").arg(owner),
        QStringLiteral("CREATE INDEX attachments_evidence ON attachments (owner, evidence_id)"),
        QStringLiteral("CREATE TABLE mappings (%1, id BIGINT NOT NULL, evidence_id BIGINT NOT NULL, pathway_id TEXT NOT NULL,"
                       " item_id TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', PRIMARY KEY (owner, id),"
                       " UNIQUE (owner, evidence_id, pathway_id, item_id),"
                       " FOREIGN KEY (owner, evidence_id) REFERENCES evidence (owner, id) ON DELETE CASCADE)").arg(owner),
        QStringLiteral("CREATE INDEX mappings_item ON mappings (owner, pathway_id, item_id)"),
        QStringLiteral("CREATE TABLE sessions (%1, id BIGINT NOT NULL, held_on TEXT NOT NULL, supervisor TEXT NOT NULL,"
                       " supervisor_role TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE TABLE session_items (%1, owner_id BIGINT NOT NULL, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                       " PRIMARY KEY (owner, owner_id, pathway_id, item_id),"
                       " FOREIGN KEY (owner, owner_id) REFERENCES sessions (owner, id) ON DELETE CASCADE)").arg(owner),
        // by_login is who was signed in; by_name their name in the team, whatever the client sent.
        QStringLiteral("CREATE TABLE judgements (%1, id BIGINT NOT NULL, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                       " verdict TEXT NOT NULL CHECK (verdict IN ('ready-for-review', 'reached', 'not-yet-reached')),"
                       " by_login TEXT NOT NULL DEFAULT session_user, by_name TEXT NOT NULL, by_role TEXT NOT NULL DEFAULT '',"
                       " made_on TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', session_id BIGINT,"
                       " pathway_version TEXT NOT NULL, statement TEXT NOT NULL, recorded_at TEXT NOT NULL, PRIMARY KEY (owner, id),"
                       " FOREIGN KEY (owner, session_id) REFERENCES sessions (owner, id))").arg(owner),
        QStringLiteral("CREATE INDEX judgements_item ON judgements (owner, pathway_id, item_id, id)"),
        QStringLiteral("CREATE INDEX judgements_decisions ON judgements (owner, pathway_id, item_id, verdict, id)"),
        // No foreign key to evidence: a judgement keeps its record of evidence that was purged.
        QStringLiteral("CREATE TABLE judgement_evidence (%1, judgement_id BIGINT NOT NULL, evidence_id BIGINT NOT NULL,"
                       " evidence_version INTEGER NOT NULL, title TEXT NOT NULL, PRIMARY KEY (owner, judgement_id, evidence_id),"
                       " FOREIGN KEY (owner, judgement_id) REFERENCES judgements (owner, id))").arg(owner),
        QStringLiteral("CREATE INDEX judgement_evidence_evidence ON judgement_evidence (owner, evidence_id)"),
        QStringLiteral("CREATE TABLE comments (%1, id BIGINT NOT NULL, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                       " by_login TEXT NOT NULL DEFAULT session_user, author TEXT NOT NULL, author_role TEXT NOT NULL DEFAULT '',"
                       " body TEXT NOT NULL, created_at TEXT NOT NULL, PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE INDEX comments_item ON comments (owner, pathway_id, item_id)"),
        QStringLiteral("CREATE TABLE plan_items (%1, id BIGINT NOT NULL, activity TEXT NOT NULL,"
                       " learning_offer TEXT NOT NULL DEFAULT '', target_on TEXT,"
                       " status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')), deleted_at TEXT,"
                       " PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE TABLE plan_item_links (%1, owner_id BIGINT NOT NULL, pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                       " PRIMARY KEY (owner, owner_id, pathway_id, item_id),"
                       " FOREIGN KEY (owner, owner_id) REFERENCES plan_items (owner, id) ON DELETE CASCADE)").arg(owner),
        QStringLiteral("CREATE TABLE cpd_entries (%1, id BIGINT NOT NULL, done_on TEXT NOT NULL, activity TEXT NOT NULL,"
                       " hours DOUBLE PRECISION NOT NULL CHECK (hours >= 0), notes TEXT NOT NULL DEFAULT '', evidence_id BIGINT,"
                       " deleted_at TEXT, cpd_type TEXT NOT NULL DEFAULT '', relevance TEXT NOT NULL DEFAULT '',"
                       " learnt TEXT NOT NULL DEFAULT '', impact_practice TEXT NOT NULL DEFAULT '',"
                       " impact_people TEXT NOT NULL DEFAULT '', peer_reflection TEXT NOT NULL DEFAULT '',"
                       " learning_element TEXT NOT NULL DEFAULT '', PRIMARY KEY (owner, id),"
                       " FOREIGN KEY (owner, evidence_id) REFERENCES evidence (owner, id) ON DELETE SET NULL (evidence_id))").arg(owner),
        QStringLiteral("CREATE TABLE private_names (%1, name TEXT NOT NULL, PRIMARY KEY (owner, name))").arg(owner),
        QStringLiteral("CREATE TABLE cpd_texts (%1, name TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (owner, name))").arg(owner),
        QStringLiteral("CREATE TABLE finding_decisions (%1, record TEXT NOT NULL, record_version INTEGER NOT NULL,"
                       " finding TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('keep', 'redact')),"
                       " decided_at TEXT NOT NULL, PRIMARY KEY (owner, record, record_version, finding))").arg(owner),
        QStringLiteral("CREATE TABLE judgement_changes (owner TEXT NOT NULL, judgement_id BIGINT NOT NULL, n INTEGER NOT NULL,"
                       " PRIMARY KEY (owner, judgement_id))"),
        QStringLiteral("CREATE TABLE meta (%1, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (owner, key))").arg(owner),
        // Progression cases (docs/progression-case.md) and the hash chain over judgements and
        // case events, append-only as in a portfolio file.
        QStringLiteral("CREATE TABLE cases (%1, id BIGINT NOT NULL, pathway_id TEXT NOT NULL, target_id TEXT NOT NULL,"
                       " target_title TEXT NOT NULL, opened_at TEXT NOT NULL, PRIMARY KEY (owner, id))").arg(owner),
        QStringLiteral("CREATE TABLE case_snapshots (%1, id BIGINT NOT NULL, case_id BIGINT NOT NULL, content TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL, frozen_at TEXT NOT NULL, PRIMARY KEY (owner, id),"
                       " FOREIGN KEY (owner, case_id) REFERENCES cases (owner, id))").arg(owner),
        QStringLiteral("CREATE INDEX case_snapshots_sha256 ON case_snapshots (owner, sha256)"),
        QStringLiteral("CREATE TABLE case_events (%1, id BIGINT NOT NULL, case_id BIGINT NOT NULL, action TEXT NOT NULL"
                       " CHECK (action IN ('submit', 'recommend', 'approve', 'refer-back', 'decline', 'withdraw')), stage INTEGER,"
                       " by_login TEXT NOT NULL DEFAULT session_user, by_name TEXT NOT NULL, by_role TEXT NOT NULL,"
                       " signed_in INTEGER NOT NULL CHECK (signed_in IN (0, 1)), reason TEXT NOT NULL DEFAULT '',"
                       " made_at TEXT NOT NULL, snapshot_id BIGINT, PRIMARY KEY (owner, id),"
                       " FOREIGN KEY (owner, case_id) REFERENCES cases (owner, id))").arg(owner),
        QStringLiteral("CREATE TABLE record_chain (%1, seq BIGINT NOT NULL, record TEXT NOT NULL, hash TEXT NOT NULL,"
                       " PRIMARY KEY (owner, seq), UNIQUE (owner, record))").arg(owner),
    };
    out << numbering();
    for (const char* table : {"worker", "roles", "awards", "evidence", "evidence_versions", "attachments", "mappings",
                              "plan_items", "plan_item_links", "cpd_entries", "cpd_texts", "private_names", "finding_decisions", "meta"})
        out << workerOwned(QLatin1String(table));
    // What is recorded in supervision: the worker or their supervisor writes it.
    out << addedBy(QStringLiteral("sessions"), supervisedPortfolio, false)
        << addedBy(QStringLiteral("session_items"), supervisedPortfolio, false)
        << addedBy(QStringLiteral("comments"), supervisedPortfolio, true);
    // The worker submits a case; whoever may read the portfolio records a stage's decision
    // (which stage and role may is the case rules' to check); the chain is appended by
    // whoever writes a record it covers. Nothing here is changed or deleted.
    for (const char* table : {"cases", "case_snapshots"})
        out << addedBy(QLatin1String(table), ownPortfolio, true);
    out << addedBy(QStringLiteral("case_events"), inPortfolio, true)
        << addedBy(QStringLiteral("record_chain"), chainedByAuthor(), true);

    // Judgements: a worker may only say an item is ready for review; a decision is their
    // supervisor's. Nobody, the tables' owner included, changes or deletes one.
    out << addedBy(QStringLiteral("judgements"), QStringLiteral(
                       "owner = waymark_portfolio() AND ((owner = session_user::text AND verdict = 'ready-for-review')"
                       " OR waymark_supervises(owner) OR (by_login = '' AND (SELECT waymark_is_admin())))"), true)
        // What a judgement relied on is recorded by its author only.
        << addedBy(QStringLiteral("judgement_evidence"), QStringLiteral(
                          "owner = waymark_portfolio() AND EXISTS (SELECT 1 FROM judgements j WHERE j.owner = judgement_evidence.owner"
                          " AND j.id = judgement_evidence.judgement_id"
                          " AND (j.by_login = session_user::text OR (j.by_login = '' AND (SELECT waymark_is_admin()))))"), true)
        << authorTriggers()
        << QStringLiteral("CREATE FUNCTION waymark_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS"
                          " $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$");
    for (const char* table : {"judgements", "judgement_evidence", "comments", "cases", "case_snapshots", "case_events", "record_chain"})
        out << QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON %1"
                              " FOR EACH STATEMENT EXECUTE FUNCTION waymark_append_only()").arg(QLatin1String(table));

    out << liveEvidenceCounts(QStringLiteral("item_kind_counts"), QStringLiteral("kind"))
        << liveEvidenceCounts(QStringLiteral("item_source_counts"), QStringLiteral("source"));

    // How many of the records each judgement relied on were edited, deleted or purged since.
    out << derived(QStringLiteral("judgement_changes"))
        << triggerFunction(QStringLiteral("judgement_changes_record"),
                           QStringLiteral("IF NOT EXISTS (SELECT 1 FROM evidence WHERE owner = NEW.owner AND id = NEW.evidence_id"
                                          " AND deleted_at IS NULL AND version = NEW.evidence_version) THEN"
                                          " INSERT INTO judgement_changes (owner, judgement_id, n) VALUES (NEW.owner, NEW.judgement_id, 1)"
                                          " ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1; END IF;"
                                          " RETURN NULL;"))
        << QStringLiteral("CREATE TRIGGER judgement_changes_record AFTER INSERT ON judgement_evidence FOR EACH ROW"
                          " EXECUTE FUNCTION judgement_changes_record()")
        << triggerFunction(QStringLiteral("judgement_changes_evidence"),
                           QStringLiteral("INSERT INTO judgement_changes (owner, judgement_id, n)"
                                          " SELECT NEW.owner, judgement_id, 1 FROM judgement_evidence"
                                          " WHERE owner = NEW.owner AND evidence_id = NEW.id AND OLD.deleted_at IS NULL"
                                          " AND OLD.version = evidence_version"
                                          " AND (NEW.deleted_at IS NOT NULL OR NEW.version <> evidence_version)"
                                          " ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1;"
                                          " UPDATE judgement_changes c SET n = c.n - 1 FROM judgement_evidence je"
                                          " WHERE je.owner = NEW.owner AND je.evidence_id = NEW.id AND c.owner = NEW.owner"
                                          " AND c.judgement_id = je.judgement_id"
                                          " AND (OLD.deleted_at IS NOT NULL OR OLD.version <> je.evidence_version)"
                                          " AND NEW.deleted_at IS NULL AND NEW.version = je.evidence_version;"
                                          " DELETE FROM judgement_changes WHERE owner = NEW.owner AND n = 0; RETURN NULL;"))
        << QStringLiteral("CREATE TRIGGER judgement_changes_evidence AFTER UPDATE OF version, deleted_at ON evidence FOR EACH ROW"
                          " WHEN (OLD.version <> NEW.version OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL))"
                          " EXECUTE FUNCTION judgement_changes_evidence()")
        << triggerFunction(QStringLiteral("judgement_changes_purge"),
                           QStringLiteral("INSERT INTO judgement_changes (owner, judgement_id, n)"
                                          " SELECT OLD.owner, judgement_id, 1 FROM judgement_evidence"
                                          " WHERE owner = OLD.owner AND evidence_id = OLD.id AND OLD.deleted_at IS NULL"
                                          " AND OLD.version = evidence_version"
                                          " ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1; RETURN NULL;"))
        << QStringLiteral("CREATE TRIGGER judgement_changes_purge AFTER DELETE ON evidence FOR EACH ROW"
                          " EXECUTE FUNCTION judgement_changes_purge()");

    out << forgetFindings(QStringLiteral("evidence"), QStringLiteral("evidence"))
        << forgetFindings(QStringLiteral("mappings"), QStringLiteral("mapping"))
        << forgetFindings(QStringLiteral("plan_items"), QStringLiteral("plan"))
        << forgetFindings(QStringLiteral("cpd_entries"), QStringLiteral("cpd"))
        << forgetFindings(QStringLiteral("attachments"), QStringLiteral("attachment"));
    return out;
}

// Format 2: a case's stage acts only by someone the team gives its role. The worker's
// supervisor holds the supervisor's, manager's and practice assessor's stages; a head of
// service, director or panel member holds their team role's stage for the workers assigned
// to them. Which stage acts next is the case rules' (the core's) to check; who may act at a
// stage, and that the role recorded is the one the stage froze in the snapshot its submission
// named (never the worker's, for a decision), is the server's.
QStringList caseStageRoles()
{
    return {
        accessCheck(QStringLiteral("waymark_holds(portfolio TEXT, stage_role TEXT)"),
                    QStringLiteral("CASE WHEN stage_role = 'worker' THEN portfolio = waymark_login()"
                                   " WHEN stage_role IN ('supervisor', 'manager', 'practice-assessor') THEN %1"
                                   " ELSE EXISTS (SELECT 1 FROM team_people p JOIN team_assignments a ON a.holder = p.login"
                                   " WHERE p.login = waymark_login() AND p.team_role = stage_role AND a.worker = portfolio) END")
                        .arg(assignedTo(QStringLiteral("portfolio"), QStringLiteral("supervisor")))),
        QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_holds(TEXT, TEXT) TO waymark_member"),
        // Runs after case_events_author (triggers run in name order): by_login '' is then an
        // administrator's import of typed names, which keeps what the file recorded.
        // A decision is also the awaited stage's, on an open case, and only the last stage
        // approves: the case rules' own check (CaseRepository) gives the friendly refusal; this
        // one stops a hand-written client from skipping a stage.
        triggerFunction(QStringLiteral("case_events_role"),
                        QStringLiteral("IF NEW.by_login = '' THEN RETURN NEW; END IF;"
                                       " IF NEW.action IN ('submit', 'withdraw') THEN needed := 'worker';"
                                       " ELSE SELECT max(id) INTO submitted FROM case_events WHERE owner = NEW.owner"
                                       " AND case_id = NEW.case_id AND action = 'submit';"
                                       " SELECT s.content::jsonb -> 'approval' INTO stages FROM case_events e"
                                       " JOIN case_snapshots s ON s.owner = e.owner AND s.id = e.snapshot_id AND s.case_id = e.case_id"
                                       " WHERE e.owner = NEW.owner AND e.id = submitted;"
                                       " needed := stages -> NEW.stage ->> 'role';"
                                       " SELECT count(*) FILTER (WHERE action = 'recommend'), bool_and(action IN ('submit', 'recommend'))"
                                       " INTO recommended, awaiting FROM case_events WHERE owner = NEW.owner AND case_id = NEW.case_id"
                                       " AND id >= submitted;"
                                       " IF needed = 'worker' THEN needed := NULL; END IF;"
                                       " IF awaiting IS NOT TRUE OR NEW.stage <> recommended"
                                       " OR (NEW.action = 'approve' AND NEW.stage <> jsonb_array_length(stages) - 1)"
                                       " OR (NEW.action = 'recommend' AND NEW.stage = jsonb_array_length(stages) - 1) THEN"
                                       " RAISE EXCEPTION 'case % does not await % at stage %', NEW.case_id, NEW.action, NEW.stage + 1"
                                       " USING ERRCODE = 'insufficient_privilege'; END IF; END IF;"
                                       " IF needed IS NULL OR NEW.by_role <> needed OR NOT waymark_holds(NEW.owner, needed) THEN"
                                       " RAISE EXCEPTION '% does not hold the role % on the portfolio of %', session_user,"
                                       " coalesce(needed, '(no such stage)'), NEW.owner USING ERRCODE = 'insufficient_privilege';"
                                       " END IF; RETURN NEW;"),
                        QStringLiteral("DECLARE needed TEXT; stages JSONB; submitted BIGINT; recommended BIGINT; awaiting BOOLEAN;")),
        QStringLiteral("CREATE OR REPLACE TRIGGER case_events_role BEFORE INSERT ON case_events FOR EACH ROW EXECUTE FUNCTION case_events_role()"),
    };
}

// Format 3: a supervision session that someone's sign-off cites is that sign-off's record too:
// only the sign-off's author corrects or removes it, or the items it discussed.
QStringList citedSessions()
{
    QStringList out{triggerFunction(
        QStringLiteral("sessions_cited"),
        QStringLiteral("IF TG_OP = 'INSERT' THEN r := NEW; ELSE r := OLD; END IF;"
                       " IF TG_TABLE_NAME = 'sessions' THEN cited := r.id; ELSE cited := r.owner_id; END IF;"
                       " IF EXISTS (SELECT 1 FROM judgements WHERE owner = r.owner AND session_id = cited"
                       " AND by_login NOT IN ('', session_user::text)) THEN"
                       " RAISE EXCEPTION 'a sign-off by someone else cites this supervision session' USING ERRCODE = 'insufficient_privilege';"
                       " END IF; IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW;"),
        QStringLiteral("DECLARE r RECORD; cited BIGINT;"))};
    out << QStringLiteral("CREATE OR REPLACE TRIGGER sessions_cited BEFORE UPDATE OR DELETE ON sessions FOR EACH ROW"
                          " EXECUTE FUNCTION sessions_cited()")
        << QStringLiteral("CREATE OR REPLACE TRIGGER session_items_cited BEFORE INSERT OR DELETE ON session_items FOR EACH ROW"
                          " EXECUTE FUNCTION sessions_cited()");
    return out;
}

// Format 3: the team's administrators add people and assignments through functions that run
// as the login that set the team up, which alone holds CREATEROLE. An administrator with
// CREATEROLE of their own could, on PostgreSQL 15, grant themselves the server's built-in
// roles (running programs on it) and change anyone's password.
QStringList teamAdministration()
{
    const QString adminOnly = QStringLiteral("IF NOT %1 THEN RAISE EXCEPTION 'only the team''s administrators change the team'"
                                             " USING ERRCODE = 'insufficient_privilege'; END IF;").arg(isAdmin);
    return {
        QStringLiteral("CREATE OR REPLACE FUNCTION waymark_add_person(new_login TEXT, new_name TEXT, new_role TEXT, new_password TEXT)"
                       " RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ BEGIN %2"
                       " EXECUTE format('CREATE ROLE %I LOGIN NOCREATEROLE PASSWORD %L IN ROLE waymark_member', new_login, new_password);"
                       " INSERT INTO team_people (login, name, team_role) VALUES (new_login, new_name, new_role); END $$")
            .arg(definerSearchPath, adminOnly),
        QStringLiteral("CREATE OR REPLACE FUNCTION waymark_assign(new_holder TEXT, new_worker TEXT, new_relation TEXT)"
                       " RETURNS VOID LANGUAGE plpgsql SECURITY DEFINER %1 AS $$ BEGIN %2"
                       " INSERT INTO team_assignments (holder, worker, relation) VALUES (new_holder, new_worker, new_relation)"
                       " ON CONFLICT DO NOTHING; END $$")
            .arg(definerSearchPath, adminOnly),
        // The administrators added by formats 1 and 2 had CREATEROLE.
        QStringLiteral("DO $$ DECLARE r TEXT; BEGIN FOR r IN SELECT p.login FROM team_people p JOIN pg_roles g ON g.rolname = p.login"
                       " WHERE g.rolcreaterole AND NOT g.rolsuper AND p.login <> session_user::text LOOP"
                       " EXECUTE format('ALTER ROLE %I NOCREATEROLE', r); END LOOP; END $$"),
    };
}

} // namespace

// Everyone's identity is the PostgreSQL login they connect with: session_user, which a
// SECURITY DEFINER function or SET ROLE does not change. A portfolio belongs to a worker's
// login; "waymark.portfolio" names the one a session is working on (its own by default).
const QList<QStringList>& teamMigrations()
{
    static const QList<QStringList> migrations = {
        QStringList{
            QStringLiteral("CREATE TABLE team_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE team_people (login TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " team_role TEXT NOT NULL CHECK (team_role IN"
                           " ('worker', 'supervisor', 'head-of-service', 'director', 'panel', 'admin')))"),
            // A supervisor judges a worker's items; a reader (head of service, director, panel
            // member) reads the worker's portfolio.
            QStringLiteral("CREATE TABLE team_assignments (holder TEXT NOT NULL REFERENCES team_people (login),"
                           " worker TEXT NOT NULL REFERENCES team_people (login),"
                           " relation TEXT NOT NULL CHECK (relation IN ('supervisor', 'reader')),"
                           " PRIMARY KEY (holder, worker, relation))"),
            QStringLiteral("CREATE INDEX team_assignments_worker ON team_assignments (worker)"),
        } + accessFunctions() + QStringList{
            // Every person's login is a member of waymark_member, which holds the privileges;
            // the policies say which rows.
            // Roles are the cluster's: another database's team may be creating it at this moment.
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'waymark_member') THEN"
                           " CREATE ROLE waymark_member NOLOGIN; END IF;"
                           " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"),
            QStringLiteral("GRANT SELECT ON team_meta, team_people, team_assignments TO waymark_member"),
        } + portfolioTables(),
        // Format 2: the access checks and the triggers use the logins' indexes and plan their
        // statements once per session (format 1 servers had them re-planned at every call),
        // and a case's stages act only through those who hold their roles.
        accessFunctions() + authorFunctions() + numbering() + QStringList{QStringLiteral("DROP FUNCTION IF EXISTS waymark_number()")}
            + caseStageRoles(),
        // Format 3 closes what a signed-in person could get round (docs/team-mode.md): the
        // functions that run as the tables' owner read the session's temporary tables last; the
        // functions inlined into a caller's statement name nothing the caller can shadow; a
        // statement reads one portfolio however it changes waymark.portfolio as it runs; a
        // case's stages are those its submission froze, and never the worker's; only a record's
        // author chains it; a session a sign-off cites is that author's to change; and members
        // run only the checks the policies call (a trigger function attached to a temporary
        // table ran as the tables' owner); administrators change the team without CREATEROLE.
        // A worker also reads their own portfolio without a call to waymark_can_read in every
        // statement.
        accessFunctions() + caseStageRoles() + citedSessions() + teamAdministration() + QStringList{
            QStringLiteral("DO $$ DECLARE p RECORD; BEGIN FOR p IN SELECT tablename, policyname FROM pg_policies"
                           " WHERE schemaname = 'public' AND cmd = 'SELECT' LOOP"
                           " EXECUTE format('ALTER POLICY %I ON %I USING (%s)', p.policyname, p.tablename, '%1');"
                           " END LOOP; END $$").arg(inPortfolio),
            QStringLiteral("ALTER POLICY case_events_insert ON case_events WITH CHECK (%1)").arg(inPortfolio),
            QStringLiteral("ALTER POLICY record_chain_insert ON record_chain WITH CHECK (%1)").arg(chainedByAuthor()),
            QStringLiteral("DO $$ DECLARE f REGPROCEDURE; BEGIN FOR f IN SELECT oid FROM pg_proc WHERE prosecdef"
                           " AND pronamespace = 'public'::regnamespace LOOP"
                           " EXECUTE format('ALTER FUNCTION %s %s', f, '%1'); END LOOP; END $$").arg(definerSearchPath),
            QStringLiteral("REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC"),
            QStringLiteral("GRANT EXECUTE ON FUNCTION waymark_login(), waymark_portfolio(), waymark_is_admin(), waymark_can_read(TEXT),"
                           " waymark_supervises(TEXT), waymark_holds(TEXT, TEXT), waymark_add_person(TEXT, TEXT, TEXT, TEXT),"
                           " waymark_assign(TEXT, TEXT, TEXT) TO waymark_member"),
            // PostgreSQL 15's default, kept on a database made by an older server.
            QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
        },
    };
    return migrations;
}

} // namespace waymark::team
