-- Moderation of draft discussions (docs/drafts.md): staff hide an abusive or off-topic comment
-- with a reason, which the public sees instead of the text; the comment stays for the record and
-- can be shown again. A notification may be about a comment on a draft (kind
-- draft_comment_decided): draft_id names the discussion, as post_id names a post.
ALTER TABLE draft_comments ADD COLUMN hidden_at TEXT;
ALTER TABLE draft_comments ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE draft_comments ADD COLUMN hidden_by BIGINT REFERENCES users (id);
ALTER TABLE notifications ADD COLUMN draft_id BIGINT REFERENCES draft_discussions (id);
