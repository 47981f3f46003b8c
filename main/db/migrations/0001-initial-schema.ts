/**
 * The whole product's schema. Shipped migrations are frozen (tests/unit/migrations.test.ts pins
 * their hashes): change the schema with a new migration, never by editing this one.
 *
 * Conventions: ids are INTEGER PRIMARY KEY; timestamps are ISO-8601 UTC text; lists and
 * free-form maps are JSON text; `deleted_at` marks a soft delete so every delete can be undone.
 */
import { sql, type Kysely } from 'kysely'

const now = `(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`

const statements = [
  `CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    scale_min REAL NOT NULL DEFAULT 0,
    scale_max REAL NOT NULL DEFAULT 10 CHECK (scale_max > scale_min),
    next_decision_number INTEGER NOT NULL DEFAULT 1,
    settings TEXT NOT NULL DEFAULT '{}',
    is_sample INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    deleted_at TEXT
  )`,
  `CREATE UNIQUE INDEX projects_live_name ON projects (name COLLATE NOCASE) WHERE deleted_at IS NULL`,

  `CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL DEFAULT 'article'
      CHECK (kind IN ('article', 'benchmark', 'note', 'documentation', 'other')),
    title TEXT NOT NULL,
    author TEXT,
    publisher TEXT,
    url TEXT,
    published_date TEXT,
    accessed_date TEXT,
    original_format TEXT NOT NULL DEFAULT 'text' CHECK (original_format IN ('text', 'markdown', 'html')),
    original_file_name TEXT,
    full_text TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    reliability_note TEXT NOT NULL DEFAULT '',
    sells_related_services INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    deleted_at TEXT
  )`,
  `CREATE INDEX sources_project ON sources (project_id)`,
  `CREATE INDEX sources_content_hash ON sources (project_id, content_hash)`,

  `CREATE TABLE options (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL DEFAULT '[]',
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    deleted_at TEXT
  )`,
  `CREATE UNIQUE INDEX options_live_name ON options (project_id, name COLLATE NOCASE) WHERE deleted_at IS NULL`,

  `CREATE TABLE criteria (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'benefit' CHECK (direction IN ('benefit', 'cost')),
    weight REAL NOT NULL DEFAULT 50 CHECK (weight >= 0 AND weight <= 100),
    weight_locked INTEGER NOT NULL DEFAULT 0,
    keywords TEXT NOT NULL DEFAULT '[]',
    unit TEXT,
    position INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    deleted_at TEXT
  )`,
  `CREATE UNIQUE INDEX criteria_live_name ON criteria (project_id, name COLLATE NOCASE) WHERE deleted_at IS NULL`,

  `CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    criterion_id INTEGER REFERENCES criteria (id) ON DELETE SET NULL,
    quote TEXT NOT NULL,
    is_paraphrase INTEGER NOT NULL DEFAULT 0,
    start_offset INTEGER,
    end_offset INTEGER,
    polarity TEXT NOT NULL DEFAULT 'neutral' CHECK (polarity IN ('supports', 'against', 'neutral')),
    value_min REAL,
    value_max REAL,
    unit TEXT,
    metric TEXT,
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'accepted' CHECK (status IN ('suggested', 'accepted', 'dismissed')),
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    deleted_at TEXT,
    CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
    CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset >= start_offset)),
    CHECK (value_min IS NULL OR value_max IS NULL OR value_min <= value_max)
  )`,
  `CREATE INDEX claims_project ON claims (project_id, status)`,
  `CREATE INDEX claims_source ON claims (source_id)`,
  `CREATE INDEX claims_criterion ON claims (criterion_id)`,
  `CREATE TABLE claim_options (
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    option_id INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,
    PRIMARY KEY (claim_id, option_id)
  ) WITHOUT ROWID`,
  `CREATE INDEX claim_options_option ON claim_options (option_id)`,
  `CREATE TABLE claim_conflicts (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    claim_a_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    claim_b_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    preferred_claim_id INTEGER REFERENCES claims (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT ${now},
    CHECK (claim_a_id < claim_b_id),
    UNIQUE (claim_a_id, claim_b_id)
  )`,

  `CREATE TABLE scores (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    option_id INTEGER NOT NULL REFERENCES options (id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES criteria (id) ON DELETE CASCADE,
    value REAL,
    rationale TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT 'user' CHECK (origin IN ('user', 'proposed')),
    updated_at TEXT NOT NULL DEFAULT ${now},
    PRIMARY KEY (option_id, criterion_id)
  )`,
  `CREATE INDEX scores_project ON scores (project_id)`,
  `CREATE TABLE score_claims (
    option_id INTEGER NOT NULL,
    criterion_id INTEGER NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (option_id, criterion_id, claim_id),
    FOREIGN KEY (option_id, criterion_id) REFERENCES scores (option_id, criterion_id) ON DELETE CASCADE
  ) WITHOUT ROWID`,
  `CREATE TABLE weight_presets (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weights TEXT NOT NULL DEFAULT '{}',
    is_builtin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT ${now},
    UNIQUE (project_id, name)
  )`,

  `CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    number INTEGER NOT NULL CHECK (number >= 0),
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'proposed'
      CHECK (status IN ('proposed', 'accepted', 'rejected', 'deprecated', 'superseded')),
    decision_date TEXT,
    decision_makers TEXT NOT NULL DEFAULT '[]',
    consulted TEXT NOT NULL DEFAULT '[]',
    informed TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    chosen_option_id INTEGER REFERENCES options (id) ON DELETE SET NULL,
    chosen_option_name TEXT,
    sections TEXT NOT NULL DEFAULT '{}',
    snapshot TEXT,
    imported_format TEXT CHECK (imported_format IN ('madr', 'nygard', 'log4brains')),
    created_at TEXT NOT NULL DEFAULT ${now},
    updated_at TEXT NOT NULL DEFAULT ${now},
    accepted_at TEXT,
    deleted_at TEXT,
    UNIQUE (project_id, number)
  )`,
  `CREATE TABLE decision_links (
    from_decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    to_decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('supersedes', 'amends', 'relates')),
    PRIMARY KEY (from_decision_id, to_decision_id, kind),
    CHECK (from_decision_id <> to_decision_id)
  ) WITHOUT ROWID`,
  `CREATE TABLE decision_claims (
    decision_id INTEGER NOT NULL REFERENCES decisions (id) ON DELETE CASCADE,
    claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, claim_id)
  ) WITHOUT ROWID`,
  `CREATE TABLE exported_files (
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    folder TEXT NOT NULL,
    file_name TEXT NOT NULL,
    decision_id INTEGER REFERENCES decisions (id) ON DELETE SET NULL,
    content_hash TEXT NOT NULL,
    exported_at TEXT NOT NULL DEFAULT ${now},
    PRIMARY KEY (project_id, folder, file_name)
  )`,

  // A source's text is what claims' offsets point into: once claimed, it may not change.
  `CREATE TRIGGER sources_text_immutable BEFORE UPDATE OF full_text ON sources
    WHEN NEW.full_text IS NOT OLD.full_text AND EXISTS (SELECT 1 FROM claims WHERE source_id = OLD.id)
    BEGIN SELECT RAISE(ABORT, 'source text is immutable once claims point into it'); END`,

  // Full-text search over sources, claims and decisions. rowid = ref_id * 4 + kind code
  // (1 source, 2 claim, 3 decision) so triggers delete by rowid instead of scanning.
  `CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, project_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2'
  )`,
  ...searchTriggers('sources', 1, `NEW.title`, `NEW.full_text`),
  ...searchTriggers('claims', 2, `''`, `NEW.quote || ' ' || NEW.note`, `AND NEW.status <> 'dismissed'`),
  ...searchTriggers('decisions', 3, `NEW.title`, `NEW.sections`),
]

function searchTriggers(table: string, code: number, title: string, body: string, extra = ''): string[] {
  const insert = `INSERT INTO search_index (rowid, title, body, project_id)
    SELECT NEW.id * 4 + ${code}, ${title}, ${body}, NEW.project_id WHERE NEW.deleted_at IS NULL ${extra};`
  return [
    `CREATE TRIGGER ${table}_search_insert AFTER INSERT ON ${table} BEGIN ${insert} END`,
    `CREATE TRIGGER ${table}_search_update AFTER UPDATE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${code}; ${insert} END`,
    `CREATE TRIGGER ${table}_search_delete AFTER DELETE ON ${table} BEGIN
      DELETE FROM search_index WHERE rowid = OLD.id * 4 + ${code}; END`,
  ]
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
