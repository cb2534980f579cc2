-- A notification may be about a post in a followed scope (kind followed_post): post_id names it,
-- as event_id names an event.
ALTER TABLE notifications ADD COLUMN post_id BIGINT REFERENCES posts (id);
