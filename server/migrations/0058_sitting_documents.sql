-- Documents of a sitting's agenda items (issue 15): the draft decision, the rapporteur's report,
-- annexes. A document has a title in Kazakh and Russian, the language(s) it is written in
-- ('kk', 'ru' or 'both') and its place among the item's documents; every upload is a version, the
-- newest shown first, the earlier ones kept listed. The files are in the file store (ADR 0017),
-- named in `stored_name`; `mime` was told from the content (PDF, DOCX, XLSX, ODT). Removing a
-- document deletes its rows; its files stay in the store, unreachable. Portable SQL.
-- See docs/sessions.md.
CREATE TABLE sitting_documents (
  id BIGSERIAL PRIMARY KEY,
  sitting_id BIGINT NOT NULL REFERENCES sittings (id),
  agenda_item_id BIGINT NOT NULL REFERENCES sitting_agenda (id),
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  language TEXT NOT NULL,
  position INTEGER NOT NULL,
  created_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX sitting_documents_item ON sitting_documents (sitting_id, agenda_item_id, position);

CREATE TABLE sitting_document_versions (
  id BIGSERIAL PRIMARY KEY,
  document_id BIGINT NOT NULL REFERENCES sitting_documents (id),
  stored_name TEXT NOT NULL,
  mime TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  uploaded_by BIGINT REFERENCES users (id),
  created_at TEXT NOT NULL
);
CREATE INDEX sitting_document_versions_document ON sitting_document_versions (document_id, id);
