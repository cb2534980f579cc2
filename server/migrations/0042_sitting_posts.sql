-- The posts a sitting publishes by itself: the announcement and, once decisions are taken, the
-- results (issue 15). Kept so editing the sitting updates its posts instead of adding more.
ALTER TABLE sittings ADD COLUMN announcement_post_id BIGINT REFERENCES posts (id);
ALTER TABLE sittings ADD COLUMN results_post_id BIGINT REFERENCES posts (id);
