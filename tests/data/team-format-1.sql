-- A team server in team format 1, as Waymark set it up before format 2 (pg_dump --schema-only
-- --no-owner of a fresh 'team init'; psql's \restrict lines removed). TeamServerTest loads it to
-- check that 'team init' brings such a team to this version's format and keeps its portfolios.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: attachments_forget_findings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.attachments_forget_findings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = 'attachment:' || OLD.id; RETURN NULL; END $$;


--
-- Name: case_events_author(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.case_events_author() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF NEW.by_login = '' AND waymark_is_admin() THEN RETURN NEW; END IF; NEW.by_login := session_user; NEW.by_name := coalesce((SELECT name FROM team_people WHERE login = session_user::text), session_user::text); NEW.made_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'); NEW.signed_in := 1; RETURN NEW; END $$;


--
-- Name: comments_author(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.comments_author() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF NEW.by_login = '' AND waymark_is_admin() THEN RETURN NEW; END IF; NEW.by_login := session_user; NEW.author := coalesce((SELECT name FROM team_people WHERE login = session_user::text), session_user::text); NEW.created_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');  RETURN NEW; END $$;


--
-- Name: cpd_entries_forget_findings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.cpd_entries_forget_findings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = 'cpd:' || OLD.id; RETURN NULL; END $$;


--
-- Name: evidence_forget_findings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.evidence_forget_findings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = 'evidence:' || OLD.id; RETURN NULL; END $$;


--
-- Name: item_kind_counts_evidence(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_kind_counts_evidence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF OLD.deleted_at IS NULL THEN UPDATE item_kind_counts c SET n = n - 1 FROM mappings m WHERE m.owner = OLD.owner AND m.evidence_id = OLD.id AND c.owner = OLD.owner AND c.pathway_id = m.pathway_id AND c.item_id = m.item_id AND c.kind = OLD.kind; DELETE FROM item_kind_counts WHERE owner = OLD.owner AND n = 0; END IF; IF NEW.deleted_at IS NULL THEN INSERT INTO item_kind_counts (owner, pathway_id, item_id, kind, n) SELECT NEW.owner, pathway_id, item_id, NEW.kind, 1 FROM mappings WHERE owner = NEW.owner AND evidence_id = NEW.id ON CONFLICT (owner, pathway_id, item_id, kind) DO UPDATE SET n = item_kind_counts.n + 1; END IF; RETURN NULL; END $$;


--
-- Name: item_kind_counts_map(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_kind_counts_map() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN INSERT INTO item_kind_counts (owner, pathway_id, item_id, kind, n) SELECT NEW.owner, NEW.pathway_id, NEW.item_id, e.kind, 1 FROM evidence e WHERE e.owner = NEW.owner AND e.id = NEW.evidence_id AND e.deleted_at IS NULL ON CONFLICT (owner, pathway_id, item_id, kind) DO UPDATE SET n = item_kind_counts.n + 1; RETURN NULL; END $$;


--
-- Name: item_kind_counts_unmap(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_kind_counts_unmap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN UPDATE item_kind_counts SET n = n - 1 WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id AND item_id = OLD.item_id AND kind = (SELECT e.kind FROM evidence e WHERE e.owner = OLD.owner AND e.id = OLD.evidence_id AND e.deleted_at IS NULL); DELETE FROM item_kind_counts WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id AND item_id = OLD.item_id AND n = 0; RETURN NULL; END $$;


--
-- Name: item_source_counts_evidence(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_source_counts_evidence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF OLD.deleted_at IS NULL THEN UPDATE item_source_counts c SET n = n - 1 FROM mappings m WHERE m.owner = OLD.owner AND m.evidence_id = OLD.id AND c.owner = OLD.owner AND c.pathway_id = m.pathway_id AND c.item_id = m.item_id AND c.source = OLD.source; DELETE FROM item_source_counts WHERE owner = OLD.owner AND n = 0; END IF; IF NEW.deleted_at IS NULL THEN INSERT INTO item_source_counts (owner, pathway_id, item_id, source, n) SELECT NEW.owner, pathway_id, item_id, NEW.source, 1 FROM mappings WHERE owner = NEW.owner AND evidence_id = NEW.id ON CONFLICT (owner, pathway_id, item_id, source) DO UPDATE SET n = item_source_counts.n + 1; END IF; RETURN NULL; END $$;


--
-- Name: item_source_counts_map(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_source_counts_map() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN INSERT INTO item_source_counts (owner, pathway_id, item_id, source, n) SELECT NEW.owner, NEW.pathway_id, NEW.item_id, e.source, 1 FROM evidence e WHERE e.owner = NEW.owner AND e.id = NEW.evidence_id AND e.deleted_at IS NULL ON CONFLICT (owner, pathway_id, item_id, source) DO UPDATE SET n = item_source_counts.n + 1; RETURN NULL; END $$;


--
-- Name: item_source_counts_unmap(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.item_source_counts_unmap() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN UPDATE item_source_counts SET n = n - 1 WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id AND item_id = OLD.item_id AND source = (SELECT e.source FROM evidence e WHERE e.owner = OLD.owner AND e.id = OLD.evidence_id AND e.deleted_at IS NULL); DELETE FROM item_source_counts WHERE owner = OLD.owner AND pathway_id = OLD.pathway_id AND item_id = OLD.item_id AND n = 0; RETURN NULL; END $$;


--
-- Name: judgement_changes_evidence(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.judgement_changes_evidence() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN INSERT INTO judgement_changes (owner, judgement_id, n) SELECT NEW.owner, judgement_id, 1 FROM judgement_evidence WHERE owner = NEW.owner AND evidence_id = NEW.id AND OLD.deleted_at IS NULL AND OLD.version = evidence_version AND (NEW.deleted_at IS NOT NULL OR NEW.version <> evidence_version) ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1; UPDATE judgement_changes c SET n = c.n - 1 FROM judgement_evidence je WHERE je.owner = NEW.owner AND je.evidence_id = NEW.id AND c.owner = NEW.owner AND c.judgement_id = je.judgement_id AND (OLD.deleted_at IS NOT NULL OR OLD.version <> je.evidence_version) AND NEW.deleted_at IS NULL AND NEW.version = je.evidence_version; DELETE FROM judgement_changes WHERE owner = NEW.owner AND n = 0; RETURN NULL; END $$;


--
-- Name: judgement_changes_purge(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.judgement_changes_purge() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN INSERT INTO judgement_changes (owner, judgement_id, n) SELECT OLD.owner, judgement_id, 1 FROM judgement_evidence WHERE owner = OLD.owner AND evidence_id = OLD.id AND OLD.deleted_at IS NULL AND OLD.version = evidence_version ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1; RETURN NULL; END $$;


--
-- Name: judgement_changes_record(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.judgement_changes_record() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF NOT EXISTS (SELECT 1 FROM evidence WHERE owner = NEW.owner AND id = NEW.evidence_id AND deleted_at IS NULL AND version = NEW.evidence_version) THEN INSERT INTO judgement_changes (owner, judgement_id, n) VALUES (NEW.owner, NEW.judgement_id, 1) ON CONFLICT (owner, judgement_id) DO UPDATE SET n = judgement_changes.n + 1; END IF; RETURN NULL; END $$;


--
-- Name: judgements_author(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.judgements_author() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN IF NEW.by_login = '' AND waymark_is_admin() THEN RETURN NEW; END IF; NEW.by_login := session_user; NEW.by_name := coalesce((SELECT name FROM team_people WHERE login = session_user::text), session_user::text); NEW.recorded_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');  RETURN NEW; END $$;


--
-- Name: mappings_forget_findings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.mappings_forget_findings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = 'mapping:' || OLD.id; RETURN NULL; END $$;


--
-- Name: plan_items_forget_findings(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.plan_items_forget_findings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $$  BEGIN DELETE FROM finding_decisions WHERE owner = OLD.owner AND record = 'plan:' || OLD.id; RETURN NULL; END $$;


--
-- Name: waymark_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege'; END $$;


--
-- Name: waymark_can_read(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_can_read(owner text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public'
    AS $$ SELECT owner = session_user::text OR waymark_is_admin() OR EXISTS (SELECT 1 FROM team_assignments WHERE holder = session_user::text AND worker = owner) $$;


--
-- Name: waymark_is_admin(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_is_admin() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public'
    AS $$ SELECT EXISTS (SELECT 1 FROM team_people WHERE login = session_user::text AND team_role = 'admin') $$;


--
-- Name: waymark_number(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_number() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'public'
    AS $_$ DECLARE next BIGINT; BEGIN PERFORM pg_advisory_xact_lock(hashtext(NEW.owner)); IF to_jsonb(NEW) ->> TG_ARGV[0] IS NULL THEN EXECUTE format('SELECT coalesce(max(%1$I), 0) + 1 FROM %2$I WHERE owner = $1', TG_ARGV[0], TG_TABLE_NAME) INTO next USING NEW.owner; NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], next)); END IF; RETURN NEW; END $_$;


--
-- Name: waymark_portfolio(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_portfolio() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(nullif(current_setting('waymark.portfolio', true), ''), session_user::text) $$;


--
-- Name: waymark_supervises(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.waymark_supervises(owner text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public'
    AS $$ SELECT EXISTS (SELECT 1 FROM team_assignments WHERE holder = session_user::text AND worker = owner AND relation = 'supervisor') $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: attachments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attachments (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    evidence_id bigint NOT NULL,
    name text NOT NULL,
    media_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    data bytea NOT NULL,
    added_at text NOT NULL,
    deleted_at text
);

ALTER TABLE ONLY public.attachments FORCE ROW LEVEL SECURITY;


--
-- Name: awards; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.awards (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    award text NOT NULL,
    title text DEFAULT ''::text NOT NULL,
    status text NOT NULL,
    awarded_on text,
    deleted_at text,
    CONSTRAINT awards_status_check CHECK ((status = ANY (ARRAY['held'::text, 'in-progress'::text])))
);

ALTER TABLE ONLY public.awards FORCE ROW LEVEL SECURITY;


--
-- Name: case_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_events (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    action text NOT NULL,
    stage integer,
    by_login text DEFAULT SESSION_USER NOT NULL,
    by_name text NOT NULL,
    by_role text NOT NULL,
    signed_in integer NOT NULL,
    reason text DEFAULT ''::text NOT NULL,
    made_at text NOT NULL,
    snapshot_id bigint,
    CONSTRAINT case_events_action_check CHECK ((action = ANY (ARRAY['submit'::text, 'recommend'::text, 'approve'::text, 'refer-back'::text, 'decline'::text, 'withdraw'::text]))),
    CONSTRAINT case_events_signed_in_check CHECK ((signed_in = ANY (ARRAY[0, 1])))
);

ALTER TABLE ONLY public.case_events FORCE ROW LEVEL SECURITY;


--
-- Name: case_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.case_snapshots (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    case_id bigint NOT NULL,
    content text NOT NULL,
    sha256 text NOT NULL,
    frozen_at text NOT NULL
);

ALTER TABLE ONLY public.case_snapshots FORCE ROW LEVEL SECURITY;


--
-- Name: cases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cases (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    pathway_id text NOT NULL,
    target_id text NOT NULL,
    target_title text NOT NULL,
    opened_at text NOT NULL
);

ALTER TABLE ONLY public.cases FORCE ROW LEVEL SECURITY;


--
-- Name: comments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.comments (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL,
    by_login text DEFAULT SESSION_USER NOT NULL,
    author text NOT NULL,
    author_role text DEFAULT ''::text NOT NULL,
    body text NOT NULL,
    created_at text NOT NULL
);

ALTER TABLE ONLY public.comments FORCE ROW LEVEL SECURITY;


--
-- Name: cpd_entries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cpd_entries (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    done_on text NOT NULL,
    activity text NOT NULL,
    hours double precision NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    evidence_id bigint,
    deleted_at text,
    cpd_type text DEFAULT ''::text NOT NULL,
    relevance text DEFAULT ''::text NOT NULL,
    learnt text DEFAULT ''::text NOT NULL,
    impact_practice text DEFAULT ''::text NOT NULL,
    impact_people text DEFAULT ''::text NOT NULL,
    peer_reflection text DEFAULT ''::text NOT NULL,
    learning_element text DEFAULT ''::text NOT NULL,
    CONSTRAINT cpd_entries_hours_check CHECK ((hours >= (0)::double precision))
);

ALTER TABLE ONLY public.cpd_entries FORCE ROW LEVEL SECURITY;


--
-- Name: cpd_texts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cpd_texts (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    name text NOT NULL,
    body text NOT NULL
);

ALTER TABLE ONLY public.cpd_texts FORCE ROW LEVEL SECURITY;


--
-- Name: evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    date_from text NOT NULL,
    date_to text,
    kind text NOT NULL,
    source text DEFAULT ''::text NOT NULL,
    narrative text DEFAULT ''::text NOT NULL,
    reflection text DEFAULT ''::text NOT NULL,
    saved_at text NOT NULL,
    deleted_at text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, ((((title || ' '::text) || narrative) || ' '::text) || reflection))) STORED
);

ALTER TABLE ONLY public.evidence FORCE ROW LEVEL SECURITY;


--
-- Name: evidence_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evidence_versions (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    evidence_id bigint NOT NULL,
    version integer NOT NULL,
    title text NOT NULL,
    date_from text NOT NULL,
    date_to text,
    kind text NOT NULL,
    source text NOT NULL,
    narrative text NOT NULL,
    reflection text NOT NULL,
    saved_at text NOT NULL
);

ALTER TABLE ONLY public.evidence_versions FORCE ROW LEVEL SECURITY;


--
-- Name: finding_decisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.finding_decisions (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    record text NOT NULL,
    record_version integer NOT NULL,
    finding text NOT NULL,
    decision text NOT NULL,
    decided_at text NOT NULL,
    CONSTRAINT finding_decisions_decision_check CHECK ((decision = ANY (ARRAY['keep'::text, 'redact'::text])))
);

ALTER TABLE ONLY public.finding_decisions FORCE ROW LEVEL SECURITY;


--
-- Name: item_kind_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.item_kind_counts (
    owner text NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL,
    kind text NOT NULL,
    n integer NOT NULL
);


--
-- Name: item_source_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.item_source_counts (
    owner text NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL,
    source text NOT NULL,
    n integer NOT NULL
);


--
-- Name: judgement_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.judgement_changes (
    owner text NOT NULL,
    judgement_id bigint NOT NULL,
    n integer NOT NULL
);


--
-- Name: judgement_evidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.judgement_evidence (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    judgement_id bigint NOT NULL,
    evidence_id bigint NOT NULL,
    evidence_version integer NOT NULL,
    title text NOT NULL
);

ALTER TABLE ONLY public.judgement_evidence FORCE ROW LEVEL SECURITY;


--
-- Name: judgements; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.judgements (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL,
    verdict text NOT NULL,
    by_login text DEFAULT SESSION_USER NOT NULL,
    by_name text NOT NULL,
    by_role text DEFAULT ''::text NOT NULL,
    made_on text NOT NULL,
    comment text DEFAULT ''::text NOT NULL,
    session_id bigint,
    pathway_version text NOT NULL,
    statement text NOT NULL,
    recorded_at text NOT NULL,
    CONSTRAINT judgements_verdict_check CHECK ((verdict = ANY (ARRAY['ready-for-review'::text, 'reached'::text, 'not-yet-reached'::text])))
);

ALTER TABLE ONLY public.judgements FORCE ROW LEVEL SECURITY;


--
-- Name: mappings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mappings (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    evidence_id bigint NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL,
    note text DEFAULT ''::text NOT NULL
);

ALTER TABLE ONLY public.mappings FORCE ROW LEVEL SECURITY;


--
-- Name: meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meta (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    key text NOT NULL,
    value text NOT NULL
);

ALTER TABLE ONLY public.meta FORCE ROW LEVEL SECURITY;


--
-- Name: plan_item_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_item_links (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    owner_id bigint NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL
);

ALTER TABLE ONLY public.plan_item_links FORCE ROW LEVEL SECURITY;


--
-- Name: plan_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.plan_items (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    activity text NOT NULL,
    learning_offer text DEFAULT ''::text NOT NULL,
    target_on text,
    status text NOT NULL,
    deleted_at text,
    CONSTRAINT plan_items_status_check CHECK ((status = ANY (ARRAY['planned'::text, 'in-progress'::text, 'done'::text, 'dropped'::text])))
);

ALTER TABLE ONLY public.plan_items FORCE ROW LEVEL SECURITY;


--
-- Name: private_names; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.private_names (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    name text NOT NULL
);

ALTER TABLE ONLY public.private_names FORCE ROW LEVEL SECURITY;


--
-- Name: record_chain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.record_chain (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    seq bigint NOT NULL,
    record text NOT NULL,
    hash text NOT NULL
);

ALTER TABLE ONLY public.record_chain FORCE ROW LEVEL SECURITY;


--
-- Name: roles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.roles (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    title text NOT NULL,
    grade text DEFAULT ''::text NOT NULL,
    started_on text NOT NULL,
    ended_on text,
    supervised_others integer DEFAULT 0 NOT NULL,
    deleted_at text
);

ALTER TABLE ONLY public.roles FORCE ROW LEVEL SECURITY;


--
-- Name: session_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.session_items (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    owner_id bigint NOT NULL,
    pathway_id text NOT NULL,
    item_id text NOT NULL
);

ALTER TABLE ONLY public.session_items FORCE ROW LEVEL SECURITY;


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id bigint NOT NULL,
    held_on text NOT NULL,
    supervisor text NOT NULL,
    supervisor_role text DEFAULT ''::text NOT NULL,
    notes text DEFAULT ''::text NOT NULL
);

ALTER TABLE ONLY public.sessions FORCE ROW LEVEL SECURITY;


--
-- Name: team_assignments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.team_assignments (
    holder text NOT NULL,
    worker text NOT NULL,
    relation text NOT NULL,
    CONSTRAINT team_assignments_relation_check CHECK ((relation = ANY (ARRAY['supervisor'::text, 'reader'::text])))
);


--
-- Name: team_meta; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.team_meta (
    key text NOT NULL,
    value text NOT NULL
);


--
-- Name: team_people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.team_people (
    login text NOT NULL,
    name text NOT NULL,
    team_role text NOT NULL,
    CONSTRAINT team_people_team_role_check CHECK ((team_role = ANY (ARRAY['worker'::text, 'supervisor'::text, 'head-of-service'::text, 'director'::text, 'panel'::text, 'admin'::text])))
);


--
-- Name: worker; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.worker (
    owner text DEFAULT public.waymark_portfolio() NOT NULL,
    id integer DEFAULT 1 NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    profession text DEFAULT ''::text NOT NULL,
    registration_body text DEFAULT ''::text NOT NULL,
    registration_number text DEFAULT ''::text NOT NULL,
    qualified_on text,
    pathway_id text DEFAULT ''::text NOT NULL,
    current_step text DEFAULT ''::text NOT NULL,
    target_step text DEFAULT ''::text NOT NULL,
    supervisor_name text DEFAULT ''::text NOT NULL,
    supervisor_role text DEFAULT ''::text NOT NULL,
    CONSTRAINT worker_id_check CHECK ((id = 1))
);

ALTER TABLE ONLY public.worker FORCE ROW LEVEL SECURITY;


--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (owner, id);


--
-- Name: awards awards_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.awards
    ADD CONSTRAINT awards_pkey PRIMARY KEY (owner, id);


--
-- Name: case_events case_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT case_events_pkey PRIMARY KEY (owner, id);


--
-- Name: case_snapshots case_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_snapshots
    ADD CONSTRAINT case_snapshots_pkey PRIMARY KEY (owner, id);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (owner, id);


--
-- Name: comments comments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_pkey PRIMARY KEY (owner, id);


--
-- Name: cpd_entries cpd_entries_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cpd_entries
    ADD CONSTRAINT cpd_entries_pkey PRIMARY KEY (owner, id);


--
-- Name: cpd_texts cpd_texts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cpd_texts
    ADD CONSTRAINT cpd_texts_pkey PRIMARY KEY (owner, name);


--
-- Name: evidence evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_pkey PRIMARY KEY (owner, id);


--
-- Name: evidence_versions evidence_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_versions
    ADD CONSTRAINT evidence_versions_pkey PRIMARY KEY (owner, evidence_id, version);


--
-- Name: finding_decisions finding_decisions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.finding_decisions
    ADD CONSTRAINT finding_decisions_pkey PRIMARY KEY (owner, record, record_version, finding);


--
-- Name: item_kind_counts item_kind_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.item_kind_counts
    ADD CONSTRAINT item_kind_counts_pkey PRIMARY KEY (owner, pathway_id, item_id, kind);


--
-- Name: item_source_counts item_source_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.item_source_counts
    ADD CONSTRAINT item_source_counts_pkey PRIMARY KEY (owner, pathway_id, item_id, source);


--
-- Name: judgement_changes judgement_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgement_changes
    ADD CONSTRAINT judgement_changes_pkey PRIMARY KEY (owner, judgement_id);


--
-- Name: judgement_evidence judgement_evidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgement_evidence
    ADD CONSTRAINT judgement_evidence_pkey PRIMARY KEY (owner, judgement_id, evidence_id);


--
-- Name: judgements judgements_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgements
    ADD CONSTRAINT judgements_pkey PRIMARY KEY (owner, id);


--
-- Name: mappings mappings_owner_evidence_id_pathway_id_item_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mappings
    ADD CONSTRAINT mappings_owner_evidence_id_pathway_id_item_id_key UNIQUE (owner, evidence_id, pathway_id, item_id);


--
-- Name: mappings mappings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mappings
    ADD CONSTRAINT mappings_pkey PRIMARY KEY (owner, id);


--
-- Name: meta meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meta
    ADD CONSTRAINT meta_pkey PRIMARY KEY (owner, key);


--
-- Name: plan_item_links plan_item_links_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_item_links
    ADD CONSTRAINT plan_item_links_pkey PRIMARY KEY (owner, owner_id, pathway_id, item_id);


--
-- Name: plan_items plan_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_items
    ADD CONSTRAINT plan_items_pkey PRIMARY KEY (owner, id);


--
-- Name: private_names private_names_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.private_names
    ADD CONSTRAINT private_names_pkey PRIMARY KEY (owner, name);


--
-- Name: record_chain record_chain_owner_record_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_chain
    ADD CONSTRAINT record_chain_owner_record_key UNIQUE (owner, record);


--
-- Name: record_chain record_chain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_chain
    ADD CONSTRAINT record_chain_pkey PRIMARY KEY (owner, seq);


--
-- Name: roles roles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_pkey PRIMARY KEY (owner, id);


--
-- Name: session_items session_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_items
    ADD CONSTRAINT session_items_pkey PRIMARY KEY (owner, owner_id, pathway_id, item_id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (owner, id);


--
-- Name: team_assignments team_assignments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_assignments
    ADD CONSTRAINT team_assignments_pkey PRIMARY KEY (holder, worker, relation);


--
-- Name: team_meta team_meta_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_meta
    ADD CONSTRAINT team_meta_pkey PRIMARY KEY (key);


--
-- Name: team_people team_people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_people
    ADD CONSTRAINT team_people_pkey PRIMARY KEY (login);


--
-- Name: worker worker_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker
    ADD CONSTRAINT worker_pkey PRIMARY KEY (owner);


--
-- Name: attachments_evidence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX attachments_evidence ON public.attachments USING btree (owner, evidence_id);


--
-- Name: case_snapshots_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX case_snapshots_sha256 ON public.case_snapshots USING btree (owner, sha256);


--
-- Name: comments_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX comments_item ON public.comments USING btree (owner, pathway_id, item_id);


--
-- Name: evidence_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_date ON public.evidence USING btree (owner, date_from);


--
-- Name: evidence_search; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evidence_search ON public.evidence USING gin (search);


--
-- Name: judgement_evidence_evidence; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX judgement_evidence_evidence ON public.judgement_evidence USING btree (owner, evidence_id);


--
-- Name: judgements_decisions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX judgements_decisions ON public.judgements USING btree (owner, pathway_id, item_id, verdict, id);


--
-- Name: judgements_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX judgements_item ON public.judgements USING btree (owner, pathway_id, item_id, id);


--
-- Name: mappings_item; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mappings_item ON public.mappings USING btree (owner, pathway_id, item_id);


--
-- Name: team_assignments_worker; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX team_assignments_worker ON public.team_assignments USING btree (worker);


--
-- Name: attachments attachments_forget_findings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attachments_forget_findings AFTER DELETE ON public.attachments FOR EACH ROW EXECUTE FUNCTION public.attachments_forget_findings();


--
-- Name: attachments attachments_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER attachments_number BEFORE INSERT ON public.attachments FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: awards awards_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER awards_number BEFORE INSERT ON public.awards FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: case_events case_events_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_events_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.case_events FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: case_events case_events_author; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_events_author BEFORE INSERT ON public.case_events FOR EACH ROW EXECUTE FUNCTION public.case_events_author();


--
-- Name: case_events case_events_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_events_number BEFORE INSERT ON public.case_events FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: case_snapshots case_snapshots_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_snapshots_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.case_snapshots FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: case_snapshots case_snapshots_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER case_snapshots_number BEFORE INSERT ON public.case_snapshots FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: cases cases_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cases_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.cases FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: cases cases_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cases_number BEFORE INSERT ON public.cases FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: comments comments_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.comments FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: comments comments_author; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_author BEFORE INSERT ON public.comments FOR EACH ROW EXECUTE FUNCTION public.comments_author();


--
-- Name: comments comments_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER comments_number BEFORE INSERT ON public.comments FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: cpd_entries cpd_entries_forget_findings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cpd_entries_forget_findings AFTER DELETE ON public.cpd_entries FOR EACH ROW EXECUTE FUNCTION public.cpd_entries_forget_findings();


--
-- Name: cpd_entries cpd_entries_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER cpd_entries_number BEFORE INSERT ON public.cpd_entries FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: evidence evidence_forget_findings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evidence_forget_findings AFTER DELETE ON public.evidence FOR EACH ROW EXECUTE FUNCTION public.evidence_forget_findings();


--
-- Name: evidence evidence_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER evidence_number BEFORE INSERT ON public.evidence FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: evidence item_kind_counts_evidence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_kind_counts_evidence AFTER UPDATE OF kind, deleted_at ON public.evidence FOR EACH ROW WHEN (((old.kind <> new.kind) OR ((old.deleted_at IS NULL) <> (new.deleted_at IS NULL)))) EXECUTE FUNCTION public.item_kind_counts_evidence();


--
-- Name: mappings item_kind_counts_map; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_kind_counts_map AFTER INSERT ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.item_kind_counts_map();


--
-- Name: mappings item_kind_counts_unmap; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_kind_counts_unmap AFTER DELETE ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.item_kind_counts_unmap();


--
-- Name: evidence item_source_counts_evidence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_source_counts_evidence AFTER UPDATE OF source, deleted_at ON public.evidence FOR EACH ROW WHEN (((old.source <> new.source) OR ((old.deleted_at IS NULL) <> (new.deleted_at IS NULL)))) EXECUTE FUNCTION public.item_source_counts_evidence();


--
-- Name: mappings item_source_counts_map; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_source_counts_map AFTER INSERT ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.item_source_counts_map();


--
-- Name: mappings item_source_counts_unmap; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER item_source_counts_unmap AFTER DELETE ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.item_source_counts_unmap();


--
-- Name: evidence judgement_changes_evidence; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgement_changes_evidence AFTER UPDATE OF version, deleted_at ON public.evidence FOR EACH ROW WHEN (((old.version <> new.version) OR ((old.deleted_at IS NULL) <> (new.deleted_at IS NULL)))) EXECUTE FUNCTION public.judgement_changes_evidence();


--
-- Name: evidence judgement_changes_purge; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgement_changes_purge AFTER DELETE ON public.evidence FOR EACH ROW EXECUTE FUNCTION public.judgement_changes_purge();


--
-- Name: judgement_evidence judgement_changes_record; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgement_changes_record AFTER INSERT ON public.judgement_evidence FOR EACH ROW EXECUTE FUNCTION public.judgement_changes_record();


--
-- Name: judgement_evidence judgement_evidence_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgement_evidence_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.judgement_evidence FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: judgements judgements_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgements_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.judgements FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: judgements judgements_author; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgements_author BEFORE INSERT ON public.judgements FOR EACH ROW EXECUTE FUNCTION public.judgements_author();


--
-- Name: judgements judgements_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER judgements_number BEFORE INSERT ON public.judgements FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: mappings mappings_forget_findings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mappings_forget_findings AFTER DELETE ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.mappings_forget_findings();


--
-- Name: mappings mappings_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER mappings_number BEFORE INSERT ON public.mappings FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: plan_items plan_items_forget_findings; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER plan_items_forget_findings AFTER DELETE ON public.plan_items FOR EACH ROW EXECUTE FUNCTION public.plan_items_forget_findings();


--
-- Name: plan_items plan_items_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER plan_items_number BEFORE INSERT ON public.plan_items FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: record_chain record_chain_append_only; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER record_chain_append_only BEFORE DELETE OR UPDATE OR TRUNCATE ON public.record_chain FOR EACH STATEMENT EXECUTE FUNCTION public.waymark_append_only();


--
-- Name: record_chain record_chain_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER record_chain_number BEFORE INSERT ON public.record_chain FOR EACH ROW EXECUTE FUNCTION public.waymark_number('seq');


--
-- Name: roles roles_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER roles_number BEFORE INSERT ON public.roles FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: sessions sessions_number; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER sessions_number BEFORE INSERT ON public.sessions FOR EACH ROW EXECUTE FUNCTION public.waymark_number('id');


--
-- Name: attachments attachments_owner_evidence_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_owner_evidence_id_fkey FOREIGN KEY (owner, evidence_id) REFERENCES public.evidence(owner, id) ON DELETE CASCADE;


--
-- Name: attachments attachments_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: awards awards_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.awards
    ADD CONSTRAINT awards_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: case_events case_events_owner_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT case_events_owner_case_id_fkey FOREIGN KEY (owner, case_id) REFERENCES public.cases(owner, id);


--
-- Name: case_events case_events_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_events
    ADD CONSTRAINT case_events_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: case_snapshots case_snapshots_owner_case_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_snapshots
    ADD CONSTRAINT case_snapshots_owner_case_id_fkey FOREIGN KEY (owner, case_id) REFERENCES public.cases(owner, id);


--
-- Name: case_snapshots case_snapshots_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.case_snapshots
    ADD CONSTRAINT case_snapshots_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: cases cases_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cases
    ADD CONSTRAINT cases_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: comments comments_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.comments
    ADD CONSTRAINT comments_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: cpd_entries cpd_entries_owner_evidence_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cpd_entries
    ADD CONSTRAINT cpd_entries_owner_evidence_id_fkey FOREIGN KEY (owner, evidence_id) REFERENCES public.evidence(owner, id) ON DELETE SET NULL (evidence_id);


--
-- Name: cpd_entries cpd_entries_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cpd_entries
    ADD CONSTRAINT cpd_entries_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: cpd_texts cpd_texts_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cpd_texts
    ADD CONSTRAINT cpd_texts_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: evidence evidence_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence
    ADD CONSTRAINT evidence_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: evidence_versions evidence_versions_owner_evidence_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_versions
    ADD CONSTRAINT evidence_versions_owner_evidence_id_fkey FOREIGN KEY (owner, evidence_id) REFERENCES public.evidence(owner, id) ON DELETE CASCADE;


--
-- Name: evidence_versions evidence_versions_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evidence_versions
    ADD CONSTRAINT evidence_versions_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: finding_decisions finding_decisions_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.finding_decisions
    ADD CONSTRAINT finding_decisions_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: judgement_evidence judgement_evidence_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgement_evidence
    ADD CONSTRAINT judgement_evidence_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: judgement_evidence judgement_evidence_owner_judgement_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgement_evidence
    ADD CONSTRAINT judgement_evidence_owner_judgement_id_fkey FOREIGN KEY (owner, judgement_id) REFERENCES public.judgements(owner, id);


--
-- Name: judgements judgements_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgements
    ADD CONSTRAINT judgements_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: judgements judgements_owner_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.judgements
    ADD CONSTRAINT judgements_owner_session_id_fkey FOREIGN KEY (owner, session_id) REFERENCES public.sessions(owner, id);


--
-- Name: mappings mappings_owner_evidence_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mappings
    ADD CONSTRAINT mappings_owner_evidence_id_fkey FOREIGN KEY (owner, evidence_id) REFERENCES public.evidence(owner, id) ON DELETE CASCADE;


--
-- Name: mappings mappings_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mappings
    ADD CONSTRAINT mappings_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: meta meta_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meta
    ADD CONSTRAINT meta_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: plan_item_links plan_item_links_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_item_links
    ADD CONSTRAINT plan_item_links_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: plan_item_links plan_item_links_owner_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_item_links
    ADD CONSTRAINT plan_item_links_owner_owner_id_fkey FOREIGN KEY (owner, owner_id) REFERENCES public.plan_items(owner, id) ON DELETE CASCADE;


--
-- Name: plan_items plan_items_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.plan_items
    ADD CONSTRAINT plan_items_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: private_names private_names_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.private_names
    ADD CONSTRAINT private_names_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: record_chain record_chain_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.record_chain
    ADD CONSTRAINT record_chain_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: roles roles_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.roles
    ADD CONSTRAINT roles_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: session_items session_items_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_items
    ADD CONSTRAINT session_items_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: session_items session_items_owner_owner_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.session_items
    ADD CONSTRAINT session_items_owner_owner_id_fkey FOREIGN KEY (owner, owner_id) REFERENCES public.sessions(owner, id) ON DELETE CASCADE;


--
-- Name: sessions sessions_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: team_assignments team_assignments_holder_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_assignments
    ADD CONSTRAINT team_assignments_holder_fkey FOREIGN KEY (holder) REFERENCES public.team_people(login);


--
-- Name: team_assignments team_assignments_worker_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.team_assignments
    ADD CONSTRAINT team_assignments_worker_fkey FOREIGN KEY (worker) REFERENCES public.team_people(login);


--
-- Name: worker worker_owner_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker
    ADD CONSTRAINT worker_owner_fkey FOREIGN KEY (owner) REFERENCES public.team_people(login);


--
-- Name: attachments; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.attachments ENABLE ROW LEVEL SECURITY;

--
-- Name: attachments attachments_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attachments_delete ON public.attachments FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: attachments attachments_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attachments_insert ON public.attachments FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: attachments attachments_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attachments_read ON public.attachments FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: attachments attachments_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY attachments_update ON public.attachments FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: awards; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.awards ENABLE ROW LEVEL SECURITY;

--
-- Name: awards awards_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY awards_delete ON public.awards FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: awards awards_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY awards_insert ON public.awards FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: awards awards_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY awards_read ON public.awards FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: awards awards_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY awards_update ON public.awards FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: case_events; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.case_events ENABLE ROW LEVEL SECURITY;

--
-- Name: case_events case_events_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_events_insert ON public.case_events FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: case_events case_events_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_events_read ON public.case_events FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: case_snapshots; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.case_snapshots ENABLE ROW LEVEL SECURITY;

--
-- Name: case_snapshots case_snapshots_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_snapshots_insert ON public.case_snapshots FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: case_snapshots case_snapshots_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY case_snapshots_read ON public.case_snapshots FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: cases; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.cases ENABLE ROW LEVEL SECURITY;

--
-- Name: cases cases_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cases_insert ON public.cases FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cases cases_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cases_read ON public.cases FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: comments; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.comments ENABLE ROW LEVEL SECURITY;

--
-- Name: comments comments_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_insert ON public.comments FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: comments comments_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY comments_read ON public.comments FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: cpd_entries; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.cpd_entries ENABLE ROW LEVEL SECURITY;

--
-- Name: cpd_entries cpd_entries_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_entries_delete ON public.cpd_entries FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cpd_entries cpd_entries_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_entries_insert ON public.cpd_entries FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cpd_entries cpd_entries_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_entries_read ON public.cpd_entries FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: cpd_entries cpd_entries_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_entries_update ON public.cpd_entries FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cpd_texts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.cpd_texts ENABLE ROW LEVEL SECURITY;

--
-- Name: cpd_texts cpd_texts_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_texts_delete ON public.cpd_texts FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cpd_texts cpd_texts_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_texts_insert ON public.cpd_texts FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: cpd_texts cpd_texts_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_texts_read ON public.cpd_texts FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: cpd_texts cpd_texts_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY cpd_texts_update ON public.cpd_texts FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.evidence ENABLE ROW LEVEL SECURITY;

--
-- Name: evidence evidence_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_delete ON public.evidence FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence evidence_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_insert ON public.evidence FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence evidence_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_read ON public.evidence FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: evidence evidence_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_update ON public.evidence FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence_versions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.evidence_versions ENABLE ROW LEVEL SECURITY;

--
-- Name: evidence_versions evidence_versions_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_versions_delete ON public.evidence_versions FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence_versions evidence_versions_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_versions_insert ON public.evidence_versions FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: evidence_versions evidence_versions_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_versions_read ON public.evidence_versions FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: evidence_versions evidence_versions_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY evidence_versions_update ON public.evidence_versions FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: finding_decisions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.finding_decisions ENABLE ROW LEVEL SECURITY;

--
-- Name: finding_decisions finding_decisions_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY finding_decisions_delete ON public.finding_decisions FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: finding_decisions finding_decisions_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY finding_decisions_insert ON public.finding_decisions FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: finding_decisions finding_decisions_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY finding_decisions_read ON public.finding_decisions FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: finding_decisions finding_decisions_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY finding_decisions_update ON public.finding_decisions FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: item_kind_counts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.item_kind_counts ENABLE ROW LEVEL SECURITY;

--
-- Name: item_kind_counts item_kind_counts_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY item_kind_counts_read ON public.item_kind_counts FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: item_source_counts; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.item_source_counts ENABLE ROW LEVEL SECURITY;

--
-- Name: item_source_counts item_source_counts_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY item_source_counts_read ON public.item_source_counts FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: judgement_changes; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.judgement_changes ENABLE ROW LEVEL SECURITY;

--
-- Name: judgement_changes judgement_changes_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY judgement_changes_read ON public.judgement_changes FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: judgement_evidence; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.judgement_evidence ENABLE ROW LEVEL SECURITY;

--
-- Name: judgement_evidence judgement_evidence_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY judgement_evidence_insert ON public.judgement_evidence FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND (EXISTS ( SELECT 1
   FROM public.judgements j
  WHERE ((j.owner = judgement_evidence.owner) AND (j.id = judgement_evidence.judgement_id) AND ((j.by_login = (SESSION_USER)::text) OR ((j.by_login = ''::text) AND ( SELECT public.waymark_is_admin() AS waymark_is_admin))))))));


--
-- Name: judgement_evidence judgement_evidence_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY judgement_evidence_read ON public.judgement_evidence FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: judgements; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.judgements ENABLE ROW LEVEL SECURITY;

--
-- Name: judgements judgements_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY judgements_insert ON public.judgements FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND (((owner = (SESSION_USER)::text) AND (verdict = 'ready-for-review'::text)) OR public.waymark_supervises(owner) OR ((by_login = ''::text) AND ( SELECT public.waymark_is_admin() AS waymark_is_admin)))));


--
-- Name: judgements judgements_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY judgements_read ON public.judgements FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: mappings; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.mappings ENABLE ROW LEVEL SECURITY;

--
-- Name: mappings mappings_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mappings_delete ON public.mappings FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: mappings mappings_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mappings_insert ON public.mappings FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: mappings mappings_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mappings_read ON public.mappings FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: mappings mappings_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY mappings_update ON public.mappings FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: meta; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.meta ENABLE ROW LEVEL SECURITY;

--
-- Name: meta meta_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY meta_delete ON public.meta FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: meta meta_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY meta_insert ON public.meta FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: meta meta_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY meta_read ON public.meta FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: meta meta_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY meta_update ON public.meta FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_item_links; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.plan_item_links ENABLE ROW LEVEL SECURITY;

--
-- Name: plan_item_links plan_item_links_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_item_links_delete ON public.plan_item_links FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_item_links plan_item_links_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_item_links_insert ON public.plan_item_links FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_item_links plan_item_links_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_item_links_read ON public.plan_item_links FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: plan_item_links plan_item_links_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_item_links_update ON public.plan_item_links FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_items; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.plan_items ENABLE ROW LEVEL SECURITY;

--
-- Name: plan_items plan_items_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_items_delete ON public.plan_items FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_items plan_items_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_items_insert ON public.plan_items FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: plan_items plan_items_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_items_read ON public.plan_items FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: plan_items plan_items_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY plan_items_update ON public.plan_items FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: private_names; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.private_names ENABLE ROW LEVEL SECURITY;

--
-- Name: private_names private_names_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY private_names_delete ON public.private_names FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: private_names private_names_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY private_names_insert ON public.private_names FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: private_names private_names_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY private_names_read ON public.private_names FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: private_names private_names_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY private_names_update ON public.private_names FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: record_chain; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.record_chain ENABLE ROW LEVEL SECURITY;

--
-- Name: record_chain record_chain_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY record_chain_insert ON public.record_chain FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: record_chain record_chain_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY record_chain_read ON public.record_chain FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: roles; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.roles ENABLE ROW LEVEL SECURITY;

--
-- Name: roles roles_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY roles_delete ON public.roles FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: roles roles_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY roles_insert ON public.roles FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: roles roles_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY roles_read ON public.roles FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: roles roles_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY roles_update ON public.roles FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: session_items; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.session_items ENABLE ROW LEVEL SECURITY;

--
-- Name: session_items session_items_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY session_items_delete ON public.session_items FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: session_items session_items_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY session_items_insert ON public.session_items FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: session_items session_items_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY session_items_read ON public.session_items FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: session_items session_items_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY session_items_update ON public.session_items FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: sessions; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.sessions ENABLE ROW LEVEL SECURITY;

--
-- Name: sessions sessions_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sessions_delete ON public.sessions FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: sessions sessions_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sessions_insert ON public.sessions FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: sessions sessions_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sessions_read ON public.sessions FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: sessions sessions_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY sessions_update ON public.sessions FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR public.waymark_supervises(owner) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: worker; Type: ROW SECURITY; Schema: public; Owner: -
--

ALTER TABLE public.worker ENABLE ROW LEVEL SECURITY;

--
-- Name: worker worker_delete; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY worker_delete ON public.worker FOR DELETE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: worker worker_insert; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY worker_insert ON public.worker FOR INSERT WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: worker worker_read; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY worker_read ON public.worker FOR SELECT USING (((owner = public.waymark_portfolio()) AND ( SELECT public.waymark_can_read(public.waymark_portfolio()) AS waymark_can_read)));


--
-- Name: worker worker_update; Type: POLICY; Schema: public; Owner: -
--

CREATE POLICY worker_update ON public.worker FOR UPDATE USING (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin)))) WITH CHECK (((owner = public.waymark_portfolio()) AND ((owner = (SESSION_USER)::text) OR ( SELECT public.waymark_is_admin() AS waymark_is_admin))));


--
-- Name: TABLE attachments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.attachments TO waymark_member;


--
-- Name: TABLE awards; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.awards TO waymark_member;


--
-- Name: TABLE case_events; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.case_events TO waymark_member;


--
-- Name: TABLE case_snapshots; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.case_snapshots TO waymark_member;


--
-- Name: TABLE cases; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.cases TO waymark_member;


--
-- Name: TABLE comments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.comments TO waymark_member;


--
-- Name: TABLE cpd_entries; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.cpd_entries TO waymark_member;


--
-- Name: TABLE cpd_texts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.cpd_texts TO waymark_member;


--
-- Name: TABLE evidence; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.evidence TO waymark_member;


--
-- Name: TABLE evidence_versions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.evidence_versions TO waymark_member;


--
-- Name: TABLE finding_decisions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.finding_decisions TO waymark_member;


--
-- Name: TABLE item_kind_counts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.item_kind_counts TO waymark_member;


--
-- Name: TABLE item_source_counts; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.item_source_counts TO waymark_member;


--
-- Name: TABLE judgement_changes; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.judgement_changes TO waymark_member;


--
-- Name: TABLE judgement_evidence; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.judgement_evidence TO waymark_member;


--
-- Name: TABLE judgements; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.judgements TO waymark_member;


--
-- Name: TABLE mappings; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.mappings TO waymark_member;


--
-- Name: TABLE meta; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.meta TO waymark_member;


--
-- Name: TABLE plan_item_links; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.plan_item_links TO waymark_member;


--
-- Name: TABLE plan_items; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.plan_items TO waymark_member;


--
-- Name: TABLE private_names; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.private_names TO waymark_member;


--
-- Name: TABLE record_chain; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT ON TABLE public.record_chain TO waymark_member;


--
-- Name: TABLE roles; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.roles TO waymark_member;


--
-- Name: TABLE session_items; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.session_items TO waymark_member;


--
-- Name: TABLE sessions; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.sessions TO waymark_member;


--
-- Name: TABLE team_assignments; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.team_assignments TO waymark_member;


--
-- Name: TABLE team_meta; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.team_meta TO waymark_member;


--
-- Name: TABLE team_people; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT ON TABLE public.team_people TO waymark_member;


--
-- Name: TABLE worker; Type: ACL; Schema: public; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.worker TO waymark_member;


--
-- PostgreSQL database dump complete
--


