-- Events of a maslikhat (meetings with voters, lectures, round tables, report meetings, online
-- events) and the registrations of signed-in people. Times are the maslikhat's local time
-- "YYYY-MM-DDTHH:MM" (UTC+5), as reception keeps them. A language's title left empty means the
-- event has no version in it. Descriptions and the report are Markdown, rendered once when saved.
CREATE TABLE events (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  deputy_id BIGINT REFERENCES deputies (id),
  okrug_id BIGINT REFERENCES okrugs (id),
  commission_id BIGINT REFERENCES commissions (id),
  type TEXT NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  title_en TEXT NOT NULL,
  description_kk TEXT NOT NULL,
  description_ru TEXT NOT NULL,
  description_en TEXT NOT NULL,
  description_html_kk TEXT NOT NULL,
  description_html_ru TEXT NOT NULL,
  description_html_en TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  place TEXT NOT NULL,
  online_url TEXT NOT NULL,
  capacity BIGINT,
  -- Active registrations. Taking a place is one conditional UPDATE of this row
  -- (registered < capacity), so two people never take the last place on either database.
  registered BIGINT NOT NULL,
  status TEXT NOT NULL,
  cancel_reason TEXT NOT NULL,
  -- ICS SEQUENCE: bumped when the time, the place or the status changes.
  sequence BIGINT NOT NULL,
  report TEXT NOT NULL,
  report_html TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_maslikhat ON events (maslikhat_id, starts_at, id);
CREATE INDEX events_deputy ON events (deputy_id, starts_at, id);
CREATE INDEX events_starts ON events (starts_at, id);

-- One active registration per person and event; a cancelled one stays as history and a new one
-- may follow. reminded_at is set in the transaction that queues the day-before reminder.
CREATE TABLE event_registrations (
  id BIGSERIAL PRIMARY KEY,
  event_id BIGINT NOT NULL REFERENCES events (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  status TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at TEXT NOT NULL,
  cancelled_at TEXT,
  reminded_at TEXT
);
CREATE UNIQUE INDEX event_registrations_active ON event_registrations (event_id, user_id)
  WHERE status = 'registered';
CREATE INDEX event_registrations_user ON event_registrations (user_id);
