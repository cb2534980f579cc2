-- Deputy requests (депутатский запрос) to executive bodies, and reminder bookkeeping.
CREATE TABLE executive_bodies (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT REFERENCES maslikhats (id),
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE deputy_requests (
  id BIGSERIAL PRIMARY KEY,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  body_id BIGINT NOT NULL REFERENCES executive_bodies (id),
  author_user_id BIGINT NOT NULL REFERENCES users (id),
  text TEXT NOT NULL,
  sent_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  answer_text TEXT,
  answered_at TEXT,
  answered_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX deputy_requests_appeal ON deputy_requests (appeal_id);
CREATE INDEX deputy_requests_body ON deputy_requests (body_id, status);

CREATE TABLE appeal_reminders (
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  kind TEXT NOT NULL,
  due_on TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (appeal_id, kind, due_on)
);
