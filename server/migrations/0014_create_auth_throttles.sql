-- Identity throttles (docs/identity.md, "Throttling"): one row per key, locked while an attempt is
-- counted, so that parallel attempts cannot pass the limit. Keys and account keys are SHA-256 of
-- the account and the client address: no login or address is stored in clear.
CREATE TABLE auth_throttles (
  key_hash TEXT PRIMARY KEY,
  account_hash TEXT NOT NULL,
  hits INTEGER NOT NULL,
  window_start_ms BIGINT NOT NULL,
  until_ms BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL
);
CREATE INDEX auth_throttles_account ON auth_throttles (account_hash);
CREATE INDEX auth_throttles_updated ON auth_throttles (updated_ms);

-- Unlock links are found by their hash.
CREATE INDEX one_time_codes_hash ON one_time_codes (code_hash);

-- Replaced by auth_throttles.
DROP TABLE login_failures;
