-- Links between acts of the registry (issue 15): a newer act amends or repeals an older one. One
-- row per link, stored from the newer act; the act page shows it both ways. The older act's status
-- before the link is kept, so removing a wrong repeal restores it. See docs/acts.md.
CREATE TABLE legal_act_links (
  id BIGSERIAL PRIMARY KEY,
  from_act_id BIGINT NOT NULL REFERENCES legal_acts (id),
  kind TEXT NOT NULL,
  to_act_id BIGINT NOT NULL REFERENCES legal_acts (id),
  to_status_before TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX legal_act_links_unique ON legal_act_links (from_act_id, kind, to_act_id);
CREATE INDEX legal_act_links_to ON legal_act_links (to_act_id);
