-- Why an appeal was left without consideration (APPK Art. 89): the ground staff chose from the
-- list (no_essence, anonymous, repeated, not_competent, withdrawn, other); '' for every appeal
-- not left. The free-text explanation is the reason of the `leave` event in appeal_events.
ALTER TABLE appeals ADD COLUMN leave_ground TEXT NOT NULL DEFAULT '';
