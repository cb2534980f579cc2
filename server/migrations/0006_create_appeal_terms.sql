-- The appeals search index: one row per (stemmed term, appeal). Portable across SQLite and
-- PostgreSQL, and an index probe per query word.
CREATE TABLE appeal_terms (
  term TEXT NOT NULL,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  PRIMARY KEY (term, appeal_id)
);
CREATE INDEX appeal_terms_appeal ON appeal_terms (appeal_id);
