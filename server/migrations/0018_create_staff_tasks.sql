-- Staff tasks: what the maslikhat's staff must do by hand for a person who cannot be reached
-- electronically (a phone booking without an e-mail, say): call them, or send a letter. A task
-- names what it is about by type and id (a reception booking today; an appeal later), so other
-- features point tasks at their own records without this table knowing them. The person's name,
-- phone and address are personal data: only the maslikhat's staff and administrators read them.
CREATE TABLE staff_tasks (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  kind TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id BIGINT NOT NULL,
  person_name TEXT NOT NULL,
  phone TEXT NOT NULL,
  address TEXT NOT NULL,
  language TEXT NOT NULL,
  message TEXT NOT NULL,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  done_by BIGINT REFERENCES users (id),
  done_at TEXT,
  note TEXT NOT NULL
);
CREATE INDEX staff_tasks_maslikhat ON staff_tasks (maslikhat_id, status, id);
CREATE INDEX staff_tasks_subject ON staff_tasks (subject_type, subject_id);
