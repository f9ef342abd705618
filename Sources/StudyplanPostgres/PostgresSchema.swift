import PostgresNIO
import StudyplanCore

/// The team store's schema on PostgreSQL, migration by migration, with its own bookkeeping
/// table (`studyplan_migration`: number, name, when, by whom); the schema version is the highest
/// number there.
///
/// Never edit a migration once it has shipped: add one at the end. Each statement is sent on
/// its own (postgres-nio's extended protocol takes one statement at a time). All of them run in
/// one transaction under an advisory lock, so two planners opening a new database together
/// cannot both migrate it.
enum PostgresSchema {
  /// The migrations in order: name and statements.
  static let migrations: [(name: String, statements: [String])] = [
    ("v1: protocols, versions, drafts, datasets; teams by row-level security", v1)
  ]

  /// The advisory lock key migrations hold ("studyplan" on a phone keypad).
  static let lockKey = 788_397_526

  static let bookkeeping = """
    CREATE TABLE IF NOT EXISTS studyplan_migration (
      version integer PRIMARY KEY,
      name text NOT NULL UNIQUE,
      applied_at timestamptz NOT NULL DEFAULT now(),
      applied_by name NOT NULL DEFAULT current_user
    )
    """

  /// The rows of the teams a role belongs to, for the row-level policies: the role itself and
  /// every role it is a member of (a team is a PostgreSQL group role). Uncorrelated, so the
  /// server works it out once per statement.
  static let myTeams =
    "ARRAY(SELECT rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER'))"

  private static let v1: [String] = [
    // unaccent when the server has it; the search then ignores accents (doctor says which).
    """
    DO $$ BEGIN
      CREATE EXTENSION IF NOT EXISTS unaccent;
    EXCEPTION WHEN OTHERS THEN
      RAISE NOTICE 'unaccent is not available: %', SQLERRM;
    END $$
    """,
    """
    DO $do$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
        EXECUTE $f$CREATE FUNCTION studyplan_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE
          PARALLEL SAFE STRICT AS $b$SELECT unaccent('unaccent'::regdictionary, $1)$b$$f$;
        EXECUTE $f$COMMENT ON FUNCTION studyplan_unaccent(text) IS 'unaccent'$f$;
      ELSE
        EXECUTE $f$CREATE FUNCTION studyplan_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE
          PARALLEL SAFE STRICT AS $b$SELECT $1$b$$f$;
        EXECUTE $f$COMMENT ON FUNCTION studyplan_unaccent(text) IS 'none'$f$;
      END IF;
    END $do$
    """,
    // The text a protocol is found by, in both Norwegian (stems) and simple (whole words and
    // prefixes, stop words kept) forms.
    """
    CREATE FUNCTION studyplan_search_vector(title text, purpose text, questions text)
    RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT setweight(to_tsvector('norwegian', studyplan_unaccent(title)), 'A')
        || setweight(to_tsvector('simple', studyplan_unaccent(title)), 'A')
        || to_tsvector('norwegian', studyplan_unaccent(purpose))
        || to_tsvector('simple', studyplan_unaccent(purpose))
        || to_tsvector('simple', questions)
    $$
    """,
    // Every word required, each matched as a prefix in either form.
    """
    CREATE FUNCTION studyplan_search_query(words text[]) RETURNS tsquery
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
    DECLARE
      result tsquery;
      word text;
      term tsquery;
    BEGIN
      FOREACH word IN ARRAY words LOOP
        term := to_tsquery('simple', quote_literal(studyplan_unaccent(word)) || ':*')
          || to_tsquery('norwegian', quote_literal(studyplan_unaccent(word)) || ':*');
        result := CASE WHEN result IS NULL THEN term ELSE result && term END;
      END LOOP;
      RETURN result;
    END $$
    """,
    // The team a new protocol belongs to: `studyplan.team` (ALTER ROLE … SET, or
    // options=-c studyplan.team=… in the address), else the role itself.
    """
    CREATE FUNCTION studyplan_team() RETURNS name LANGUAGE sql STABLE AS $$
      SELECT coalesce(nullif(current_setting('studyplan.team', true), ''), current_user)::name
    $$
    """,
    """
    CREATE TABLE protocol (
      number bigserial PRIMARY KEY,
      team name NOT NULL DEFAULT studyplan_team(),
      created_at timestamptz NOT NULL,
      head_version integer NOT NULL DEFAULT 0 CHECK (head_version >= 0),
      head_title text NOT NULL DEFAULT '',
      head_status text NOT NULL DEFAULT 'draft' CHECK (head_status IN ('draft', 'final')),
      head_model smallint CHECK (head_model IN (1, 2, 3)),
      head_saved_at timestamptz,
      search tsvector NOT NULL DEFAULT ''::tsvector
    )
    """,
    "CREATE INDEX protocol_by_head_saved_at ON protocol (head_saved_at DESC, number DESC)",
    "CREATE INDEX protocol_search ON protocol USING gin (search)",
    "CREATE INDEX protocol_team ON protocol (team)",
    """
    CREATE TABLE protocol_version (
      protocol_number bigint NOT NULL REFERENCES protocol (number) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      team name NOT NULL,
      saved_at timestamptz NOT NULL,
      saved_by name NOT NULL DEFAULT current_user,
      note text NOT NULL DEFAULT '',
      status text NOT NULL CHECK (status IN ('draft', 'final')),
      title text NOT NULL CHECK (length(title) > 0),
      purpose text NOT NULL,
      model smallint CHECK (model IN (1, 2, 3)),
      question_ids text NOT NULL,
      cloned_from text,
      follow_up_of text,
      document text NOT NULL CHECK (document::jsonb IS NOT NULL),
      PRIMARY KEY (protocol_number, version)
    )
    """,
    "CREATE INDEX protocol_version_lineage ON protocol_version (cloned_from, follow_up_of)",
    """
    CREATE FUNCTION studyplan_version_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'a saved version is never changed';
    END $$
    """,
    """
    CREATE TRIGGER protocol_version_is_immutable BEFORE UPDATE ON protocol_version
    FOR EACH ROW EXECUTE FUNCTION studyplan_version_is_immutable()
    """,
    """
    CREATE TABLE autosave (
      owner name NOT NULL DEFAULT current_user,
      slot text NOT NULL,
      protocol_number bigint REFERENCES protocol (number) ON DELETE CASCADE,
      base_version integer NOT NULL DEFAULT 0,
      saved_at timestamptz NOT NULL,
      document text NOT NULL CHECK (document::jsonb IS NOT NULL),
      PRIMARY KEY (owner, slot)
    )
    """,
    """
    CREATE TABLE imported_dataset (
      position bigserial PRIMARY KEY,
      team name NOT NULL DEFAULT studyplan_team(),
      id text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('klass', 'cooperations')),
      label text NOT NULL CHECK (length(label) > 0),
      sha256 text NOT NULL CHECK (length(sha256) = 64),
      file_name text NOT NULL,
      imported_at timestamptz NOT NULL,
      payload text NOT NULL CHECK (payload::jsonb IS NOT NULL),
      UNIQUE (team, sha256),
      UNIQUE (team, id)
    )
    """,
    // Teams: every table holds a team (drafts: their owner) and only the rows of a role's
    // teams are there for it, also for the tables' owner (FORCE).
    "ALTER TABLE protocol ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE protocol FORCE ROW LEVEL SECURITY",
    "CREATE POLICY team_only ON protocol USING (team = ANY (\(myTeams)))",
    "ALTER TABLE protocol_version ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE protocol_version FORCE ROW LEVEL SECURITY",
    "CREATE POLICY team_only ON protocol_version USING (team = ANY (\(myTeams)))",
    "ALTER TABLE imported_dataset ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE imported_dataset FORCE ROW LEVEL SECURITY",
    "CREATE POLICY team_only ON imported_dataset USING (team = ANY (\(myTeams)))",
    "ALTER TABLE autosave ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE autosave FORCE ROW LEVEL SECURITY",
    "CREATE POLICY own_drafts ON autosave USING (owner = current_user)",
    // Who may connect is the database's CONNECT privilege (docs/team-store.md); the policies
    // above decide which rows a role sees.
    "GRANT SELECT, INSERT, UPDATE, DELETE ON protocol, autosave, imported_dataset TO PUBLIC",
    "GRANT SELECT, INSERT, DELETE ON protocol_version TO PUBLIC",
    "GRANT SELECT ON studyplan_migration TO PUBLIC",
    "GRANT SELECT, USAGE, UPDATE ON SEQUENCE protocol_number_seq TO PUBLIC",
    "GRANT SELECT, USAGE ON SEQUENCE imported_dataset_position_seq TO PUBLIC",
  ]
}
