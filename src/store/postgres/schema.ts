/** Bump with every change to the tables below; `openPostgres` refuses databases of other versions. */
export const PG_STORE_VERSION = 3;

/**
 * The SQLite schema's tables and columns, in PostgreSQL. Text is `COLLATE "C"` so comparisons and
 * orderings are bytewise like SQLite's BINARY; `seq` and the facts' `row` stand in for SQLite's
 * rowid (insertion order). Full text: a generated, weighted tsvector (title A, text B) with a GIN index.
 */
export const PG_SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  seq integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id text COLLATE "C" NOT NULL UNIQUE,
  url text COLLATE "C", title text COLLATE "C", byline text COLLATE "C", published text COLLATE "C", language text COLLATE "C",
  text text COLLATE "C" NOT NULL,
  doc text NOT NULL,
  ingested_at text NOT NULL,
  duplicate_of text COLLATE "C" REFERENCES articles (id), similarity double precision,
  minhash bytea NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
  ) STORED
);
CREATE INDEX IF NOT EXISTS articles_tsv ON articles USING gin (tsv);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles (duplicate_of);
-- The near-copy index (src/across/minhash.ts), written with its article: no foreign key to check 64 times per article.
CREATE TABLE IF NOT EXISTS minhash_bands (band bigint NOT NULL, article_id text COLLATE "C" NOT NULL, PRIMARY KEY (band, article_id));
CREATE TABLE IF NOT EXISTS sources (key text COLLATE "C" PRIMARY KEY, article_id text COLLATE "C" NOT NULL REFERENCES articles (id));
CREATE TABLE IF NOT EXISTS entities (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id), entity_id text COLLATE "C" NOT NULL,
  name text COLLATE "C" NOT NULL, type text COLLATE "C" NOT NULL, kb text COLLATE "C", code text COLLATE "C", mentions integer NOT NULL,
  "row" integer GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities (name);
CREATE INDEX IF NOT EXISTS entities_kb ON entities (kb);
CREATE TABLE IF NOT EXISTS quotes (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id), n integer NOT NULL,
  kind text COLLATE "C" NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text COLLATE "C" NOT NULL,
  verb text COLLATE "C", speaker text COLLATE "C", speaker_entity text COLLATE "C",
  "row" integer GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS events (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id), event_id text COLLATE "C" NOT NULL,
  actor text COLLATE "C" NOT NULL, actor_entity text COLLATE "C", actor_code text COLLATE "C",
  recipient text COLLATE "C", recipient_entity text COLLATE "C", recipient_code text COLLATE "C",
  category text COLLATE "C" NOT NULL, mode text COLLATE "C", contexts text NOT NULL, cameo text COLLATE "C",
  modality text COLLATE "C" NOT NULL, negated integer NOT NULL, source text COLLATE "C",
  start integer NOT NULL, "end" integer NOT NULL, text text COLLATE "C" NOT NULL,
  "row" integer GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_category ON events (category);
CREATE INDEX IF NOT EXISTS events_actor ON events (actor_code);
CREATE INDEX IF NOT EXISTS events_recipient ON events (recipient_code);
CREATE TABLE IF NOT EXISTS claims (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id), n integer NOT NULL,
  start integer NOT NULL, "end" integer NOT NULL, text text COLLATE "C" NOT NULL,
  value double precision NOT NULL, unit text COLLATE "C", hedge text COLLATE "C", source text COLLATE "C", source_entity text COLLATE "C",
  "row" integer GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS flags (
  article_id text COLLATE "C" NOT NULL REFERENCES articles (id), n integer NOT NULL,
  kind text COLLATE "C" NOT NULL, start integer NOT NULL, "end" integer NOT NULL, text text COLLATE "C" NOT NULL,
  explanation text NOT NULL, evidence text,
  "row" integer GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (article_id, n)
);
`;

/** The columns of each exported table: the same as the SQLite store's (without the hidden `row`). */
export const PG_COLUMNS = {
  articles: ['id', 'url', 'title', 'byline', 'published', 'language', 'chars', 'duplicate_of'],
  entities: ['article_id', 'entity_id', 'name', 'type', 'kb', 'code', 'mentions'],
  quotes: ['article_id', 'n', 'kind', 'start', 'end', 'text', 'verb', 'speaker', 'speaker_entity'],
  events: [
    'article_id', 'event_id', 'actor', 'actor_entity', 'actor_code', 'recipient', 'recipient_entity', 'recipient_code',
    'category', 'mode', 'contexts', 'cameo', 'modality', 'negated', 'source', 'start', 'end', 'text',
  ],
  claims: ['article_id', 'n', 'start', 'end', 'text', 'value', 'unit', 'hedge', 'source', 'source_entity'],
  flags: ['article_id', 'n', 'kind', 'start', 'end', 'text', 'explanation', 'evidence'],
} as const;
