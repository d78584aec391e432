#include "TeamSchema.h"

namespace waymark::team {

// Everyone's identity is the PostgreSQL login they connect with: session_user, which a
// SECURITY DEFINER function or SET ROLE does not change. A portfolio belongs to a worker's
// login; "waymark.portfolio" names the one a supervisor is working on (their own by default).
const QList<QStringList>& teamMigrations()
{
    static const QList<QStringList> migrations = {
        {
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
            QStringLiteral("CREATE FUNCTION waymark_portfolio() RETURNS TEXT LANGUAGE sql STABLE AS"
                           " $$ SELECT coalesce(nullif(current_setting('waymark.portfolio', true), ''), session_user::text) $$"),
            QStringLiteral("CREATE FUNCTION waymark_can_read(owner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE"
                           " SECURITY DEFINER SET search_path = public AS"
                           " $$ SELECT owner = session_user::text OR EXISTS (SELECT 1 FROM team_assignments"
                           " WHERE holder = session_user::text AND worker = owner) $$"),
            QStringLiteral("CREATE FUNCTION waymark_supervises(owner TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE"
                           " SECURITY DEFINER SET search_path = public AS"
                           " $$ SELECT EXISTS (SELECT 1 FROM team_assignments WHERE holder = session_user::text"
                           " AND worker = owner AND relation = 'supervisor') $$"),

            QStringLiteral("CREATE TABLE evidence (id BIGSERIAL PRIMARY KEY,"
                           " owner TEXT NOT NULL DEFAULT waymark_portfolio() REFERENCES team_people (login),"
                           " version INTEGER NOT NULL, title TEXT NOT NULL, date_from TEXT NOT NULL, date_to TEXT,"
                           " kind TEXT NOT NULL, source TEXT NOT NULL DEFAULT '', narrative TEXT NOT NULL DEFAULT '',"
                           " reflection TEXT NOT NULL DEFAULT '', saved_at TEXT NOT NULL, deleted_at TEXT,"
                           " search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple',"
                           " title || ' ' || narrative || ' ' || reflection)) STORED)"),
            QStringLiteral("CREATE INDEX evidence_owner_date ON evidence (owner, date_from)"),
            QStringLiteral("CREATE INDEX evidence_search ON evidence USING GIN (search)"),

            QStringLiteral("CREATE TABLE judgements (id BIGSERIAL PRIMARY KEY,"
                           " owner TEXT NOT NULL DEFAULT waymark_portfolio() REFERENCES team_people (login),"
                           " pathway_id TEXT NOT NULL, item_id TEXT NOT NULL,"
                           " verdict TEXT NOT NULL CHECK (verdict IN ('ready-for-review', 'reached', 'not-yet-reached')),"
                           " by_login TEXT NOT NULL, by_name TEXT NOT NULL, by_role TEXT NOT NULL DEFAULT '',"
                           " made_on TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', pathway_version TEXT NOT NULL,"
                           " statement TEXT NOT NULL, recorded_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX judgements_item ON judgements (owner, pathway_id, item_id, id)"),
            // The author is whoever is signed in, whatever the client sends.
            QStringLiteral("CREATE FUNCTION waymark_judgement_author() RETURNS TRIGGER LANGUAGE plpgsql"
                           " SECURITY DEFINER SET search_path = public AS $$ BEGIN"
                           " NEW.by_login := session_user;"
                           " NEW.by_name := coalesce((SELECT name FROM team_people WHERE login = session_user::text), session_user::text);"
                           " NEW.recorded_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"');"
                           " RETURN NEW; END $$"),
            QStringLiteral("CREATE TRIGGER judgements_author BEFORE INSERT ON judgements"
                           " FOR EACH ROW EXECUTE FUNCTION waymark_judgement_author()"),
            QStringLiteral("CREATE FUNCTION waymark_append_only() RETURNS TRIGGER LANGUAGE plpgsql AS"
                           " $$ BEGIN RAISE EXCEPTION 'judgements are append-only' USING ERRCODE = 'insufficient_privilege'; END $$"),
            QStringLiteral("CREATE TRIGGER judgements_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON judgements"
                           " FOR EACH STATEMENT EXECUTE FUNCTION waymark_append_only()"),

            // Every person's login is a member of waymark_member, which holds the privileges;
            // the policies say which rows.
            QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'waymark_member') THEN"
                           " CREATE ROLE waymark_member NOLOGIN; END IF; END $$"),
            QStringLiteral("GRANT SELECT ON team_people, team_assignments TO waymark_member"),
            QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON evidence TO waymark_member"),
            QStringLiteral("GRANT SELECT, INSERT ON judgements TO waymark_member"),
            QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO waymark_member"),

            QStringLiteral("ALTER TABLE evidence ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("ALTER TABLE evidence FORCE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY evidence_read ON evidence FOR SELECT USING (waymark_can_read(owner))"),
            QStringLiteral("CREATE POLICY evidence_insert ON evidence FOR INSERT WITH CHECK (owner = session_user::text)"),
            QStringLiteral("CREATE POLICY evidence_update ON evidence FOR UPDATE USING (owner = session_user::text)"
                           " WITH CHECK (owner = session_user::text)"),
            QStringLiteral("CREATE POLICY evidence_delete ON evidence FOR DELETE USING (owner = session_user::text)"),

            QStringLiteral("ALTER TABLE judgements ENABLE ROW LEVEL SECURITY"),
            QStringLiteral("ALTER TABLE judgements FORCE ROW LEVEL SECURITY"),
            QStringLiteral("CREATE POLICY judgements_read ON judgements FOR SELECT USING (waymark_can_read(owner))"),
            // A worker may only say an item is ready for review; a decision is their supervisor's.
            QStringLiteral("CREATE POLICY judgements_insert ON judgements FOR INSERT WITH CHECK ("
                           "(owner = session_user::text AND verdict = 'ready-for-review') OR waymark_supervises(owner))"),
        },
    };
    return migrations;
}

} // namespace waymark::team
