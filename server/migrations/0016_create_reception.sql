-- Personal reception of voters: sessions cut into slots, and bookings of the slots with a
-- waitlist. A booking keeps its own contact (a phone booking or a walk-in has no account), and
-- the visit's record and the appeal it became.
CREATE TABLE reception_sessions (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  deputy_id BIGINT REFERENCES deputies (id),
  host_name TEXT NOT NULL,
  day TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  slot_minutes INTEGER NOT NULL,
  capacity INTEGER NOT NULL,
  place_kind TEXT NOT NULL,
  place TEXT NOT NULL,
  address TEXT NOT NULL,
  map_url TEXT NOT NULL,
  video_url TEXT NOT NULL,
  status TEXT NOT NULL,
  cancel_reason TEXT NOT NULL,
  -- Bumped by every booking change: on PostgreSQL the UPDATE holds the session's row until
  -- commit, so two bookings of one session never count free places at the same time.
  version BIGINT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX reception_sessions_day ON reception_sessions (maslikhat_id, day);
CREATE INDEX reception_sessions_deputy ON reception_sessions (deputy_id, day);

CREATE TABLE reception_bookings (
  id BIGSERIAL PRIMARY KEY,
  session_id BIGINT NOT NULL REFERENCES reception_sessions (id),
  slot TEXT,
  user_id BIGINT REFERENCES users (id),
  name TEXT NOT NULL,
  email TEXT NOT NULL,
  phone TEXT NOT NULL,
  language TEXT NOT NULL,
  topic TEXT NOT NULL,
  description TEXT NOT NULL,
  status TEXT NOT NULL,
  booked_by BIGINT REFERENCES users (id),
  walk_in INTEGER NOT NULL,
  visited_at_ms BIGINT,
  matter TEXT NOT NULL,
  promised TEXT NOT NULL,
  follow_up_on TEXT,
  appeal_id BIGINT REFERENCES appeals (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX reception_bookings_session ON reception_bookings (session_id, status, id);
CREATE INDEX reception_bookings_user ON reception_bookings (user_id, id);
