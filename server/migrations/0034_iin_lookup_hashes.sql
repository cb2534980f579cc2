-- IINs are stored encrypted (docs/adr/0018-iin-encryption.md): users.iin and appeals.applicant_iin
-- hold "v1:" + sealed bytes, and these columns a keyed hash of each for equality lookups (search
-- by IIN, the same applicant). The hash is NULL while a value is still in clear: the start-up step
-- (`kenes migrate` or the first `kenes serve`) seals those rows, since only it has the key.
ALTER TABLE users ADD COLUMN iin_hash TEXT;
ALTER TABLE appeals ADD COLUMN applicant_iin_hash TEXT;
CREATE INDEX appeals_applicant_iin_hash ON appeals (applicant_iin_hash)
  WHERE applicant_iin_hash IS NOT NULL;
