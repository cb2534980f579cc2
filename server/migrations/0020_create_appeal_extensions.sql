-- Extension decisions (APPK Art. 76): who extended an appeal's term, as whom (chair, deputy chair
-- or head of the apparatus) and under which name at the time, the reason, the decision date, the
-- old and the new due date, and the notice to the applicant, which is due within 3 working days of
-- the decision (notice_due_on). notice_channel says how it goes: account (in-app, sent at once),
-- email (sent by the mail job, which sets notice_sent_at), letter (a staff task; sent when the task
-- is done) or none (an anonymous appeal). The reason is the applicant's to read: staff and the
-- applicant see it, nobody else.
CREATE TABLE appeal_extensions (
  id BIGSERIAL PRIMARY KEY,
  appeal_id BIGINT NOT NULL REFERENCES appeals (id),
  decided_by BIGINT NOT NULL REFERENCES users (id),
  decided_by_name TEXT NOT NULL,
  decided_as TEXT NOT NULL,
  reason TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  previous_due_on TEXT NOT NULL,
  new_due_on TEXT NOT NULL,
  notice_channel TEXT NOT NULL,
  notice_due_on TEXT NOT NULL,
  notice_sent_at TEXT,
  notice_task_id BIGINT REFERENCES staff_tasks (id)
);
CREATE INDEX appeal_extensions_appeal ON appeal_extensions (appeal_id, id);
