-- A deleted account stays as a row without personal data (appeals, audit rows and role history
-- point to it); deleted_at says when the person deleted it (docs/personal-data.md).
ALTER TABLE users ADD COLUMN deleted_at TEXT;
