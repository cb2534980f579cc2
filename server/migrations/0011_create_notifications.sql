-- The in-app notification centre: what happened to the appeals a person filed or handles. Only
-- ids and the talon number are stored; the web writes the text in the reader's language.
CREATE TABLE notifications (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  appeal_number TEXT NOT NULL,
  created_at TEXT NOT NULL,
  read_at TEXT
);
CREATE INDEX notifications_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;
