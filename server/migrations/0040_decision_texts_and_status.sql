-- Decisions of a sitting get their texts in Kazakh and Russian and a status (draft, adopted,
-- rejected, withdrawn); decisions recorded before keep "adopted" (issue 15). See docs/sessions.md.
ALTER TABLE sitting_decisions ADD COLUMN text_kk TEXT NOT NULL DEFAULT '';
ALTER TABLE sitting_decisions ADD COLUMN text_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE sitting_decisions ADD COLUMN status TEXT NOT NULL DEFAULT 'adopted';
ALTER TABLE sitting_decisions ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
