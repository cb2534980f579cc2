-- Work plans (issue 15): the maslikhat's own annual plan (commission_id NULL) and each
-- commission's, one per year; drafts until published, and only published plans are public. Items
-- are numbered within the plan and may point at a sitting and an act of the same maslikhat (the
-- service checks that). Portable SQL: partial unique indexes work on SQLite and PostgreSQL.
-- See docs/work-plans.md.
CREATE TABLE work_plans (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  commission_id BIGINT REFERENCES commissions (id),
  year INTEGER NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  state TEXT NOT NULL,
  published_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX work_plans_own_year ON work_plans (maslikhat_id, year)
  WHERE commission_id IS NULL;
CREATE UNIQUE INDEX work_plans_commission_year ON work_plans (commission_id, year)
  WHERE commission_id IS NOT NULL;
CREATE INDEX work_plans_maslikhat ON work_plans (maslikhat_id, year, id);

CREATE TABLE work_plan_items (
  id BIGSERIAL PRIMARY KEY,
  plan_id BIGINT NOT NULL REFERENCES work_plans (id),
  number INTEGER NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  responsible TEXT NOT NULL,
  deputy_id BIGINT REFERENCES deputies (id),
  quarter INTEGER NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL,
  sitting_id BIGINT REFERENCES sittings (id),
  act_id BIGINT REFERENCES legal_acts (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX work_plan_items_plan ON work_plan_items (plan_id, number, id);
