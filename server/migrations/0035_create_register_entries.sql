-- The public register's reviewed copies (docs/public-register.md). An answered or closed appeal
-- whose applicant agreed to publication (and who is not anonymous) gets a draft: its subject and
-- answer with names, addresses, phones and IINs masked. The maslikhat's staff edit, approve or
-- withdraw it; only approved entries are public. The anonymous list reads this table alone, in
-- appeal_id order from a partial index: a page is a short index range however many appeals exist.
-- Appeals published before this table existed are drafted again and wait for review.
CREATE TABLE register_entries (
  appeal_id BIGINT PRIMARY KEY REFERENCES appeals (id),
  maslikhat_id BIGINT NOT NULL,
  okrug_id BIGINT,
  number TEXT NOT NULL,
  type TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  outcome TEXT,
  registered_on TEXT NOT NULL,
  state TEXT NOT NULL,
  subject TEXT NOT NULL,
  answer_text TEXT NOT NULL DEFAULT '',
  drafted_at TEXT NOT NULL,
  reviewed_by BIGINT REFERENCES users (id),
  reviewed_at TEXT
);
CREATE INDEX register_entries_public ON register_entries (appeal_id) WHERE state = 'approved';
CREATE INDEX register_entries_public_maslikhat ON register_entries (maslikhat_id, appeal_id)
  WHERE state = 'approved';
CREATE INDEX register_entries_queue ON register_entries (maslikhat_id, state, appeal_id);
