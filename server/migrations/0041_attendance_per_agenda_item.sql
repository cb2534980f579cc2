-- Attendance changes during a sitting: a deputy arrives at an agenda item or leaves before one,
-- so the quorum is counted at each item (issue 15). NULL: from the start / to the end.
ALTER TABLE sitting_attendance ADD COLUMN arrived_at_item_id BIGINT REFERENCES sitting_agenda (id);
ALTER TABLE sitting_attendance ADD COLUMN left_before_item_id BIGINT REFERENCES sitting_agenda (id);
