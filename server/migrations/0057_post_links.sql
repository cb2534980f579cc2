-- What a post is about (issue 14, docs/informing.md "Links"): an event, a sitting (a session or a
-- commission meeting) and an appeal topic, each optional. The event and the sitting are of the
-- post's maslikhat (the service checks it through their features). sitting_id has no foreign key:
-- sittings already reference posts (their announcement and results, migration 0042), and a cycle
-- of foreign keys would leave `kenes migrate-db` no order to copy the tables in; sittings are
-- never deleted. The topic is a key of appeal_categories, not a foreign key: an administrator may
-- rename or drop categories, and a post about a dropped one simply shows no topic.
ALTER TABLE posts ADD COLUMN event_id BIGINT REFERENCES events (id);
ALTER TABLE posts ADD COLUMN sitting_id BIGINT;
ALTER TABLE posts ADD COLUMN topic TEXT;
-- An event's and a sitting's page list the public posts about it, newest first.
CREATE INDEX posts_event ON posts (event_id, publish_at, id);
CREATE INDEX posts_sitting ON posts (sitting_id, publish_at, id);
CREATE INDEX posts_topic ON posts (topic, publish_at, id);
