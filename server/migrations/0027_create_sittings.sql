-- Sittings (sessions) of the maslikhats with their agenda, attendance and decisions (issue 15).
-- "Sitting" so the tables are not mistaken for sign-in sessions. Dates are "YYYY-MM-DD" text and
-- times "HH:MM" (local), as elsewhere. See docs/sessions.md.
CREATE TABLE sittings (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  convocation INTEGER NOT NULL,
  number INTEGER NOT NULL,
  kind TEXT NOT NULL,
  closed INTEGER NOT NULL,
  held_on TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  place TEXT NOT NULL,
  broadcast_url TEXT NOT NULL,
  video_url TEXT NOT NULL,
  announced_on TEXT NOT NULL,
  elected_deputies INTEGER NOT NULL,
  quorum_num INTEGER NOT NULL,
  quorum_den INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sittings_number ON sittings (maslikhat_id, convocation, number);
CREATE INDEX sittings_day ON sittings (maslikhat_id, held_on);
CREATE INDEX sittings_all_days ON sittings (held_on, id);

CREATE TABLE sitting_agenda (
  id BIGSERIAL PRIMARY KEY,
  sitting_id BIGINT NOT NULL REFERENCES sittings (id),
  position INTEGER NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  rapporteur TEXT NOT NULL
);
CREATE INDEX sitting_agenda_sitting ON sitting_agenda (sitting_id, position);

CREATE TABLE sitting_attendance (
  sitting_id BIGINT NOT NULL REFERENCES sittings (id),
  deputy_id BIGINT NOT NULL REFERENCES deputies (id),
  PRIMARY KEY (sitting_id, deputy_id)
);

CREATE TABLE sitting_decisions (
  id BIGSERIAL PRIMARY KEY,
  sitting_id BIGINT NOT NULL REFERENCES sittings (id),
  agenda_item_id BIGINT REFERENCES sitting_agenda (id),
  number TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  votes_for INTEGER NOT NULL,
  votes_against INTEGER NOT NULL,
  votes_abstained INTEGER NOT NULL,
  act_id BIGINT REFERENCES legal_acts (id),
  created_at TEXT NOT NULL
);
CREATE INDEX sitting_decisions_sitting ON sitting_decisions (sitting_id, id);

CREATE TABLE sitting_votes (
  decision_id BIGINT NOT NULL REFERENCES sitting_decisions (id),
  deputy_id BIGINT NOT NULL REFERENCES deputies (id),
  vote TEXT NOT NULL,
  PRIMARY KEY (decision_id, deputy_id)
);
