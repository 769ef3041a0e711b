/** Bump with every change to the tables below; `openSqlite` refuses databases of other versions. */
export const STORE_VERSION = 4;

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  url TEXT, title TEXT, byline TEXT, published TEXT, language TEXT,
  text TEXT NOT NULL,
  doc TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  duplicate_of TEXT REFERENCES articles(id), similarity REAL
);
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of);
-- LSH band keys of original articles (src/across/minhash.ts): a new article's candidates in one lookup.
-- Written with its article; no foreign key to check 64 times per article.
CREATE TABLE IF NOT EXISTS minhash_bands (band INTEGER NOT NULL, article_id TEXT NOT NULL, PRIMARY KEY (band, article_id)) WITHOUT ROWID;
-- Band keys of the latest articles: random keys inserted one by one into the large index above
-- dirty a page each per commit; here they share a few pages, and move over in one sorted pass
-- every MERGE_BAND_ROWS rows (index.ts). Candidates are looked up in both.
CREATE TABLE IF NOT EXISTS minhash_bands_recent (band INTEGER NOT NULL, article_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS minhash_bands_recent_band ON minhash_bands_recent(band);
-- MinHash signatures of original articles, in small rows of their own: the near-copy check reads
-- only these, never the long rows of articles.
CREATE TABLE IF NOT EXISTS minhashes (article_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, minhash BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (key TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id));
CREATE TABLE IF NOT EXISTS entities (
  article_id TEXT NOT NULL REFERENCES articles(id), entity_id TEXT NOT NULL,
  name TEXT NOT NULL, type TEXT NOT NULL, kb TEXT, code TEXT, mentions INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE TABLE IF NOT EXISTS quotes (
  article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
  kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  verb TEXT, speaker TEXT, speaker_entity TEXT,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS events (
  article_id TEXT NOT NULL REFERENCES articles(id), event_id TEXT NOT NULL,
  actor TEXT NOT NULL, actor_entity TEXT, actor_code TEXT,
  recipient TEXT, recipient_entity TEXT, recipient_code TEXT,
  category TEXT NOT NULL, mode TEXT, contexts TEXT NOT NULL, cameo TEXT,
  modality TEXT NOT NULL, negated INTEGER NOT NULL, source TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (article_id, event_id)
);
CREATE INDEX IF NOT EXISTS events_category ON events(category);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor_code);
CREATE INDEX IF NOT EXISTS events_recipient ON events(recipient_code);
CREATE INDEX IF NOT EXISTS entities_kb ON entities(kb);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS claims (
  article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  value REAL NOT NULL, unit TEXT, hedge TEXT, source TEXT, source_entity TEXT,
  PRIMARY KEY (article_id, n)
);
CREATE TABLE IF NOT EXISTS flags (
  article_id TEXT NOT NULL REFERENCES articles(id), n INTEGER NOT NULL,
  kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  explanation TEXT NOT NULL, evidence TEXT,
  PRIMARY KEY (article_id, n)
);
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='porter unicode61');
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`;
