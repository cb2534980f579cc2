-- Search terms are written by a background job in batches, not inside the intake transaction:
-- each appeal's terms touched tens of random index pages, which capped durable intake.
ALTER TABLE appeals ADD COLUMN indexed INTEGER NOT NULL DEFAULT 0;
UPDATE appeals SET indexed = 1;
CREATE INDEX appeals_unindexed ON appeals (id) WHERE indexed = 0;
