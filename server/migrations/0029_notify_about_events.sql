-- A notification may be about an event a person registered for (reminder, cancelled, moved):
-- event_id names it, as booking_id names a reception booking. detail keeps the event's local
-- start "YYYY-MM-DD HH:MM", the one fact the web's sentence needs.
ALTER TABLE notifications ADD COLUMN event_id BIGINT REFERENCES events (id);
