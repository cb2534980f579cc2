-- The operator of personal data named in the consent text (Law on personal data, Art. 8): the
-- maslikhat's apparatus, in Kazakh and Russian, with its BIN (12 digits). '' for a maslikhat that
-- has none yet: the consent text then names the installation's operator (privacy.operator_name,
-- privacy.operator_bin).
ALTER TABLE maslikhats ADD COLUMN operator_name_kk TEXT NOT NULL DEFAULT '';
ALTER TABLE maslikhats ADD COLUMN operator_name_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE maslikhats ADD COLUMN bin TEXT NOT NULL DEFAULT '';
