-- A kind with a lane of its own (the search indexer) finds its due jobs without walking a backlog
-- of other kinds.
CREATE INDEX jobs_due_kind ON jobs (kind, run_at_ms) WHERE done_at IS NULL;
