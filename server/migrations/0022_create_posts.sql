-- Posts: news, announcements, deputies' posts and session results of a maslikhat, in one to three
-- languages (post_texts). A post is public when its state is published, or scheduled with
-- publish_at passed: reads compare with the clock, so no job publishes it. Markdown bodies are
-- rendered once, when saved (body_html, cmark-gfm safe mode, docs/adr/0015).
CREATE TABLE posts (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  deputy_id BIGINT REFERENCES deputies (id),
  commission_id BIGINT REFERENCES commissions (id),
  okrug_id BIGINT REFERENCES okrugs (id),
  kind TEXT NOT NULL,
  -- ",roads,water,": one tag is found with LIKE '%,roads,%'
  tags TEXT NOT NULL,
  state TEXT NOT NULL,
  publish_at TEXT,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX posts_public ON posts (state, publish_at, id);
CREATE INDEX posts_maslikhat ON posts (maslikhat_id, publish_at, id);
CREATE INDEX posts_deputy ON posts (deputy_id, publish_at, id);

CREATE TABLE post_texts (
  post_id BIGINT NOT NULL REFERENCES posts (id),
  lang TEXT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  body TEXT NOT NULL,
  body_html TEXT NOT NULL,
  PRIMARY KEY (post_id, lang)
);
