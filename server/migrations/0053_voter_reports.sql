-- Deputies' yearly reports to voters (issue 14): one per deputy and year, a draft until
-- published. `figures` is the year's record as Kenes counted it (a JSON object, see
-- features/voter_reports/voter_reports.hpp Figures), kept with the report so that a published
-- report does not change when the record does. Texts are Markdown in kk and ru with their
-- rendered HTML. Portable SQL. See docs/voter-reports.md.
CREATE TABLE voter_reports (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  deputy_id BIGINT NOT NULL REFERENCES deputies (id),
  year INTEGER NOT NULL,
  state TEXT NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  html_kk TEXT NOT NULL,
  html_ru TEXT NOT NULL,
  figures TEXT NOT NULL,
  meeting_event_id BIGINT REFERENCES events (id),
  -- The deputy's post announcing the report, made when it is first published (once).
  post_id BIGINT REFERENCES posts (id),
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (deputy_id, year)
);
