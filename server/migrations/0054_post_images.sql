-- Posts' images (issue 14): an upload re-encoded from its pixels at responsive widths (480, 960,
-- 1600, never enlarged), each size a file in the file store (ADR 0017). `sizes` lists them as
-- "480x320:<file>,960x640:<file>", narrowest first; `mime` is image/jpeg or image/png. The post's
-- Markdown refers to a size as /api/v1/post-images/<id>/<width>. Portable SQL.
-- See docs/informing.md.
CREATE TABLE post_images (
  id BIGSERIAL PRIMARY KEY,
  post_id BIGINT NOT NULL REFERENCES posts (id),
  mime TEXT NOT NULL,
  sizes TEXT NOT NULL,
  alt TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX post_images_post ON post_images (post_id, id);
