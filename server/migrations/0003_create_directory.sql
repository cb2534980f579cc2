-- Directory: territories (with history), maslikhats, okrugs and their address coverage,
-- deputies, commissions.
CREATE TABLE territories (
  id BIGSERIAL PRIMARY KEY,
  parent_id BIGINT REFERENCES territories (id),
  level TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  kato_code TEXT,
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE INDEX territories_parent ON territories (parent_id);

CREATE TABLE territory_versions (
  id BIGSERIAL PRIMARY KEY,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  parent_id BIGINT,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_to TEXT
);
CREATE INDEX territory_versions_territory ON territory_versions (territory_id);

CREATE TABLE maslikhats (
  id BIGSERIAL PRIMARY KEY,
  territory_id BIGINT NOT NULL REFERENCES territories (id),
  parent_id BIGINT REFERENCES maslikhats (id),
  level TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  convocation_number INTEGER NOT NULL DEFAULT 8,
  convocation_start TEXT,
  convocation_end TEXT,
  chair_deputy_id BIGINT,
  address_kk TEXT NOT NULL DEFAULT '',
  address_ru TEXT NOT NULL DEFAULT '',
  phones TEXT NOT NULL DEFAULT '[]',
  email TEXT NOT NULL DEFAULT '',
  working_hours_kk TEXT NOT NULL DEFAULT '',
  working_hours_ru TEXT NOT NULL DEFAULT '',
  social_links TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL
);
CREATE INDEX maslikhats_parent ON maslikhats (parent_id);

CREATE TABLE okrugs (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  number INTEGER NOT NULL,
  name_kk TEXT NOT NULL DEFAULT '',
  name_ru TEXT NOT NULL DEFAULT '',
  center_kk TEXT NOT NULL DEFAULT '',
  center_ru TEXT NOT NULL DEFAULT '',
  UNIQUE (maslikhat_id, number)
);

CREATE TABLE okrug_coverage (
  id BIGSERIAL PRIMARY KEY,
  okrug_id BIGINT NOT NULL REFERENCES okrugs (id) ON DELETE CASCADE,
  settlement_kk TEXT NOT NULL,
  settlement_ru TEXT NOT NULL,
  street_kk TEXT NOT NULL DEFAULT '',
  street_ru TEXT NOT NULL DEFAULT '',
  houses TEXT NOT NULL DEFAULT 'all',
  settlement_key_kk TEXT NOT NULL,
  settlement_key_ru TEXT NOT NULL,
  street_key_kk TEXT NOT NULL DEFAULT '',
  street_key_ru TEXT NOT NULL DEFAULT ''
);
CREATE INDEX okrug_coverage_okrug ON okrug_coverage (okrug_id);
CREATE INDEX okrug_coverage_ru ON okrug_coverage (settlement_key_ru, street_key_ru);
CREATE INDEX okrug_coverage_kk ON okrug_coverage (settlement_key_kk, street_key_kk);

CREATE TABLE deputies (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  okrug_id BIGINT REFERENCES okrugs (id),
  user_id BIGINT REFERENCES users (id),
  full_name_kk TEXT NOT NULL,
  full_name_ru TEXT NOT NULL,
  name_key TEXT NOT NULL,
  mandate_type TEXT NOT NULL,
  party_kk TEXT NOT NULL DEFAULT '',
  party_ru TEXT NOT NULL DEFAULT '',
  convocation INTEGER NOT NULL DEFAULT 8,
  bio_kk TEXT NOT NULL DEFAULT '',
  bio_ru TEXT NOT NULL DEFAULT '',
  photo_file TEXT,
  photo_mime TEXT,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  private_phone TEXT NOT NULL DEFAULT '',
  social_links TEXT NOT NULL DEFAULT '{}',
  published INTEGER NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL
);
CREATE INDEX deputies_maslikhat ON deputies (maslikhat_id);
CREATE INDEX deputies_okrug ON deputies (okrug_id);

CREATE TABLE commissions (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  kind TEXT NOT NULL,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  remit_kk TEXT NOT NULL DEFAULT '',
  remit_ru TEXT NOT NULL DEFAULT '',
  period_from TEXT,
  period_to TEXT
);
CREATE INDEX commissions_maslikhat ON commissions (maslikhat_id);

CREATE TABLE commission_members (
  commission_id BIGINT NOT NULL REFERENCES commissions (id) ON DELETE CASCADE,
  deputy_id BIGINT NOT NULL REFERENCES deputies (id),
  role TEXT NOT NULL,
  PRIMARY KEY (commission_id, deputy_id)
);
CREATE INDEX commission_members_deputy ON commission_members (deputy_id);
