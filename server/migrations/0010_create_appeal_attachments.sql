-- Files attached to an appeal by the applicant (or staff registering it) and to its answer.
CREATE TABLE appeal_attachments (
  id BIGSERIAL PRIMARY KEY,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  kind TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  original_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  uploaded_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX appeal_attachments_appeal ON appeal_attachments (appeal_id);
