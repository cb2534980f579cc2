-- Public discussions of draft acts (issue 15): the draft in numbered paragraphs, the period in
-- local dates ("YYYY-MM-DD" text, comments taken through closes_on), comments per paragraph marked
-- by author type, and the staff's decision on each. The discussion names the act adopted from it
-- (act_id): one link, read from both sides. See docs/drafts.md.
CREATE TABLE draft_discussions (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  working_days INTEGER NOT NULL,
  act_id BIGINT REFERENCES legal_acts (id),
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX draft_discussions_maslikhat ON draft_discussions (maslikhat_id, opens_on, id);
CREATE INDEX draft_discussions_opens ON draft_discussions (opens_on, id);
CREATE INDEX draft_discussions_act ON draft_discussions (act_id);

CREATE TABLE draft_paragraphs (
  id BIGSERIAL PRIMARY KEY,
  discussion_id BIGINT NOT NULL REFERENCES draft_discussions (id),
  number INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX draft_paragraphs_discussion ON draft_paragraphs (discussion_id, number);

-- The author's account is kept for the staff (and the person's own data page); the public sees
-- only the author type and an organisation's name.
CREATE TABLE draft_comments (
  id BIGSERIAL PRIMARY KEY,
  discussion_id BIGINT NOT NULL REFERENCES draft_discussions (id),
  paragraph_id BIGINT NOT NULL REFERENCES draft_paragraphs (id),
  author_id BIGINT NOT NULL REFERENCES users (id),
  author_type TEXT NOT NULL,
  organisation TEXT NOT NULL,
  text TEXT NOT NULL,
  decision TEXT,
  reason TEXT NOT NULL,
  decided_by BIGINT REFERENCES users (id),
  decided_at TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX draft_comments_discussion ON draft_comments (discussion_id, id);
CREATE INDEX draft_comments_author ON draft_comments (author_id, discussion_id);
