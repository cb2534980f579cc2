-- Meetings of the maslikhat's commissions, kept as sittings of a commission (issue 15): numbered
-- within the commission and the convocation; quorate with more than half of its members by default
-- (quorum_more_than). Their decisions are the commission's conclusions. See docs/sessions.md.
ALTER TABLE sittings ADD COLUMN commission_id BIGINT REFERENCES commissions (id);
ALTER TABLE sittings ADD COLUMN quorum_more_than INTEGER NOT NULL DEFAULT 0;
DROP INDEX sittings_number;
CREATE UNIQUE INDEX sittings_number ON sittings (maslikhat_id, convocation, number)
  WHERE commission_id IS NULL;
CREATE UNIQUE INDEX commission_meetings_number ON sittings (commission_id, convocation, number)
  WHERE commission_id IS NOT NULL;
CREATE INDEX commission_meetings_day ON sittings (commission_id, held_on);
