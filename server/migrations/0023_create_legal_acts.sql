-- The registry of the maslikhats' normative legal acts (issue 15): the requisites of the state
-- register, the full texts in Kazakh and Russian, and the editions. Dates are "YYYY-MM-DD" text,
-- so they sort and compare the same on both databases. The registry is public; see docs/acts.md.
CREATE TABLE legal_acts (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  number TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  registration_number TEXT NOT NULL,
  registered_on TEXT,
  published_on TEXT,
  publication_source TEXT NOT NULL,
  force_delay_days INTEGER NOT NULL,
  in_force_on_set TEXT,
  last_edition_on TEXT,
  status TEXT NOT NULL,
  adilet_url TEXT NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- The list is newest adopted first; a year is a range of adopted_on. Each filter has an index in
-- that order, so a page is a short index range whichever filter is set (50,000 acts: docs/acts.md).
CREATE INDEX legal_acts_adopted ON legal_acts (adopted_on, id);
CREATE INDEX legal_acts_maslikhat ON legal_acts (maslikhat_id, adopted_on, id);
CREATE INDEX legal_acts_status ON legal_acts (status, adopted_on, id);
CREATE INDEX legal_acts_maslikhat_status ON legal_acts (maslikhat_id, status, adopted_on, id);

CREATE TABLE legal_act_editions (
  id BIGSERIAL PRIMARY KEY,
  act_id BIGINT NOT NULL REFERENCES legal_acts (id),
  edition_on TEXT NOT NULL,
  changes TEXT NOT NULL,
  text_kk TEXT NOT NULL,
  text_ru TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX legal_act_editions_act ON legal_act_editions (act_id, edition_on, id);

-- The search index: one row per (stemmed term, act) of the titles, number and texts, as
-- appeal_terms is for appeals. Rebuilt for an act whenever its words change.
CREATE TABLE legal_act_terms (
  term TEXT NOT NULL,
  act_id BIGINT NOT NULL REFERENCES legal_acts (id),
  PRIMARY KEY (term, act_id)
);
CREATE INDEX legal_act_terms_act ON legal_act_terms (act_id);
