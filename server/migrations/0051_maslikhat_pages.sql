-- Maslikhat pages (issue 14): the maslikhat's apparatus (the people who work in it, with their
-- positions and office contacts, in page order) and its question–answer section (common
-- questions with answers in kk and ru, en optional; drafts until published, and only published
-- ones are public). Texts absent in a language are stored as ''. Portable SQL.
-- See docs/maslikhat-pages.md.
CREATE TABLE apparatus_members (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  full_name_kk TEXT NOT NULL,
  full_name_ru TEXT NOT NULL,
  position_kk TEXT NOT NULL,
  position_ru TEXT NOT NULL,
  position_en TEXT NOT NULL,
  phone TEXT NOT NULL,
  email TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX apparatus_members_maslikhat ON apparatus_members (maslikhat_id, sort_order, id);

CREATE TABLE maslikhat_questions (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  question_kk TEXT NOT NULL,
  question_ru TEXT NOT NULL,
  question_en TEXT NOT NULL,
  answer_kk TEXT NOT NULL,
  answer_ru TEXT NOT NULL,
  answer_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL,
  state TEXT NOT NULL,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX maslikhat_questions_maslikhat ON maslikhat_questions (maslikhat_id, sort_order, id);
