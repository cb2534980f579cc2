-- A reception session may be moved: `moves` counts the moves, so the calendar feeds give the
-- moved event a higher SEQUENCE under the same UID and calendars replace it.
ALTER TABLE reception_sessions ADD COLUMN moves INTEGER NOT NULL DEFAULT 0;
-- The visit's matter by the categories catalog (a key; none when not given), so the statistics
-- count matters by category over every visit, not only those that became appeals.
ALTER TABLE reception_bookings ADD COLUMN category TEXT;

-- A notification may name a reception booking instead of an appeal: appeal_id becomes nullable
-- (so the table is rebuilt: SQLite cannot drop a NOT NULL in place), booking_id names the booking
-- and `detail` keeps the one fact the text needs (the booking's day and time, "2026-12-03 15:00"),
-- never anything personal. Rows are copied in id order; their ids are renumbered, which nothing
-- refers to beyond an open page's "mark read".
CREATE TABLE notifications_v2 (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  appeal_id BIGINT REFERENCES appeals (id),
  appeal_number TEXT NOT NULL,
  booking_id BIGINT REFERENCES reception_bookings (id),
  detail TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
INSERT INTO notifications_v2 (user_id, kind, appeal_id, appeal_number, detail, created_at, read_at)
  SELECT user_id, kind, appeal_id, appeal_number, '', created_at, read_at FROM notifications
  ORDER BY id;
DROP TABLE notifications;
ALTER TABLE notifications_v2 RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
