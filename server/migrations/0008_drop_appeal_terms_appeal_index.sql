-- The search index is only read by term; the per-appeal index cost a B-tree write per term on
-- every intake.
DROP INDEX appeal_terms_appeal;
