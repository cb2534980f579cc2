-- Search in published posts with the Kazakh and Russian stemmers (issue 14): one row per (stemmed
-- term, post) of every language's title, summary, body and the tags, as legal_act_terms is for
-- acts. Rewritten with every change of a post's texts; posts written before this migration have
-- `indexed = 0` until the posts.index job has written theirs.
CREATE TABLE post_terms (
  term TEXT NOT NULL,
  post_id BIGINT NOT NULL REFERENCES posts (id),
  PRIMARY KEY (term, post_id)
);
CREATE INDEX post_terms_post ON post_terms (post_id);
ALTER TABLE posts ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX posts_unindexed ON posts (id) WHERE indexed = 0;
