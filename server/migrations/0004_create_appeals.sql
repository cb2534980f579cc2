-- Appeals (обращения): the production calendar, talon counters, appeals and their history.
CREATE TABLE calendar_days (
  day TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE appeal_counters (
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  year INTEGER NOT NULL,
  last_seq INTEGER NOT NULL,
  PRIMARY KEY (maslikhat_id, year)
);

CREATE TABLE appeals (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  number TEXT NOT NULL,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  channel TEXT NOT NULL,
  status TEXT NOT NULL,
  language TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  problem_address TEXT NOT NULL DEFAULT '',
  addressee TEXT NOT NULL,
  okrug_id BIGINT REFERENCES okrugs (id),
  deputy_id BIGINT REFERENCES deputies (id),
  commission_id BIGINT REFERENCES commissions (id),
  applicant_user_id BIGINT REFERENCES users (id),
  applicant_name TEXT NOT NULL DEFAULT '',
  applicant_iin TEXT,
  applicant_email TEXT NOT NULL DEFAULT '',
  applicant_phone TEXT NOT NULL DEFAULT '',
  applicant_address TEXT NOT NULL DEFAULT '',
  contact_preference TEXT NOT NULL DEFAULT 'email',
  anonymous INTEGER NOT NULL DEFAULT 0,
  urgent_redirect INTEGER NOT NULL DEFAULT 0,
  collective INTEGER NOT NULL DEFAULT 0,
  cosigners TEXT NOT NULL DEFAULT '[]',
  category TEXT NOT NULL DEFAULT '',
  public_consent INTEGER NOT NULL DEFAULT 0,
  repeat_of BIGINT REFERENCES appeals (id),
  received_at TEXT NOT NULL,
  received_by BIGINT REFERENCES users (id),
  registered_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  forward_due_on TEXT NOT NULL,
  outcome TEXT,
  answer_text TEXT,
  answered_at TEXT,
  feedback_solved INTEGER,
  feedback_comment TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (maslikhat_id, year, seq)
);
CREATE INDEX appeals_maslikhat_status ON appeals (maslikhat_id, status, due_on);
CREATE INDEX appeals_deputy ON appeals (deputy_id, status);
CREATE INDEX appeals_applicant ON appeals (applicant_user_id);

CREATE TABLE appeal_events (
  id BIGSERIAL PRIMARY KEY,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  at TEXT NOT NULL,
  actor_user_id BIGINT,
  action TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX appeal_events_appeal ON appeal_events (appeal_id);
