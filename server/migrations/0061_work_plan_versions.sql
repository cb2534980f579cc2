-- Editions of a work plan (issue 14: the plan published "the same way" as the annual reports):
-- each row is the plan frozen as it was shown when the edition was fixed — its titles and its
-- items (texts, responsible, quarter, status, note and the names of the links) as a JSON array
-- (features/work_plans/work_plans_repository_sql.cpp writes and reads it). Edition 1 is fixed when
-- the plan is published; later ones by its staff, with a kk/ru "what changed" note. Rows are
-- never updated. Portable SQL. See docs/work-plans.md.
CREATE TABLE work_plan_versions (
  plan_id BIGINT NOT NULL REFERENCES work_plans (id),
  number INTEGER NOT NULL,
  fixed_at TEXT NOT NULL,
  note_kk TEXT NOT NULL,
  note_ru TEXT NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  items_json TEXT NOT NULL,
  PRIMARY KEY (plan_id, number)
);
