-- Editing, withdrawal and the closing notice of draft discussions (docs/drafts.md). A withdrawn
-- discussion keeps its comments for the record and shows the staff's reason; withdrawn_at set
-- means it takes no more comments and cannot be reopened. closing_told_on is the closing day for
-- which the commenters were told that the discussion closed: the closing job sends nothing twice
-- and a stale job (queued before the period was extended) sends nothing, as its day differs.
-- announcement_post_id: the post that announced the discussion, archived if the discussion is
-- withdrawn before it opens.
ALTER TABLE draft_discussions ADD COLUMN withdrawn_at TEXT;
ALTER TABLE draft_discussions ADD COLUMN withdrawn_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_discussions ADD COLUMN withdrawn_by BIGINT REFERENCES users (id);
ALTER TABLE draft_discussions ADD COLUMN closing_told_on TEXT;
ALTER TABLE draft_discussions ADD COLUMN announcement_post_id BIGINT REFERENCES posts (id);
