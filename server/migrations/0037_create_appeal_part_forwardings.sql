-- Partial forwarding (APPK: a part of an appeal outside the maslikhat's competence goes to the
-- competent body within 3 working days; the rest stays, with its status and answer term). One row
-- per part forwarded: the body, which part (staff's words), the reason, who and when, and the
-- forwarding term it was held to (forward_due_on: the appeal's, 3 working days from registration,
-- the same day for an urgent report), so a late forwarding shows as such. The applicant's notice
-- names the body: notice_channel account (in-app), email (the mail job), letter (a staff task,
-- notice_task_id) or none (anonymous). part and reason may hold personal data: the retention job
-- clears them with the appeal's.
CREATE TABLE appeal_part_forwardings (
  id BIGSERIAL PRIMARY KEY,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  forward_to TEXT NOT NULL,
  part TEXT NOT NULL,
  reason TEXT NOT NULL,
  decided_by BIGINT NOT NULL REFERENCES users (id),
  forwarded_on TEXT NOT NULL,
  forwarded_at TEXT NOT NULL,
  forward_due_on TEXT NOT NULL,
  notice_channel TEXT NOT NULL,
  notice_task_id BIGINT REFERENCES staff_tasks (id)
);
CREATE INDEX appeal_part_forwardings_appeal ON appeal_part_forwardings (appeal_id, id);
