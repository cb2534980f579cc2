-- A reception session may be moved: `moves` counts the moves, so the calendar feeds give the
-- moved event a higher SEQUENCE under the same UID and calendars replace it.
ALTER TABLE reception_sessions ADD COLUMN moves INTEGER NOT NULL DEFAULT 0;
