-- Accounts, consents, roles, sessions, one-time codes and login throttling.
CREATE TABLE users (
  id BIGSERIAL PRIMARY KEY,
  email TEXT UNIQUE,
  phone TEXT UNIQUE,
  password_hash TEXT NOT NULL,
  display_name TEXT NOT NULL,
  language TEXT NOT NULL,
  iin TEXT,
  verified_at TEXT,
  totp_secret TEXT,
  totp_pending_secret TEXT,
  totp_enabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE consents (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  version TEXT NOT NULL,
  given_at TEXT NOT NULL,
  withdrawn_at TEXT
);
CREATE INDEX consents_user ON consents (user_id);

CREATE TABLE role_grants (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  scope_type TEXT NOT NULL,
  scope_id BIGINT,
  granted_by BIGINT,
  granted_at TEXT NOT NULL
);
CREATE INDEX role_grants_user ON role_grants (user_id);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  created_ms BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE one_time_codes (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  purpose TEXT NOT NULL,
  code_hash TEXT NOT NULL,
  expires_ms BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  used_at TEXT
);
CREATE INDEX one_time_codes_user ON one_time_codes (user_id, purpose);

CREATE TABLE login_failures (
  id BIGSERIAL PRIMARY KEY,
  key_hash TEXT NOT NULL,
  at_ms BIGINT NOT NULL
);
CREATE INDEX login_failures_key ON login_failures (key_hash, at_ms);
