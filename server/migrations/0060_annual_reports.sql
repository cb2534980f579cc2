-- The maslikhat's annual reports (issue 14): the chair's report of the maslikhat (commission_id
-- NULL) and each commission's, one per subject and year. The report row holds the working copy
-- (texts, "what changed" notes and the figures as counted, a JSON object: see
-- features/annual_reports/annual_reports.hpp Figures); each publication adds a version row that
-- is never updated. `version` is the latest version's number (0 before the first). Portable SQL.
-- See docs/annual-reports.md.
CREATE TABLE annual_reports (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  commission_id BIGINT REFERENCES commissions (id),
  year INTEGER NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  note_kk TEXT NOT NULL,
  note_ru TEXT NOT NULL,
  figures TEXT NOT NULL,
  version INTEGER NOT NULL,
  published_at TEXT,
  -- The post announcing version 1 (once).
  post_id BIGINT REFERENCES posts (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX annual_reports_maslikhat_year ON annual_reports (maslikhat_id, year)
  WHERE commission_id IS NULL;
CREATE UNIQUE INDEX annual_reports_commission_year ON annual_reports (commission_id, year)
  WHERE commission_id IS NOT NULL;
CREATE INDEX annual_reports_list ON annual_reports (maslikhat_id, year);

CREATE TABLE annual_report_versions (
  report_id BIGINT NOT NULL REFERENCES annual_reports (id),
  number INTEGER NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  html_kk TEXT NOT NULL,
  html_ru TEXT NOT NULL,
  figures TEXT NOT NULL,
  note_kk TEXT NOT NULL,
  note_ru TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (report_id, number)
);
