-- The reminder the day before (sent once: reminded_at is set in the transaction that queues the
-- mail) and the one-click cancel links of booking mails. A link's token is random and only its
-- SHA-256 is kept; a booking may have several live links (each mail carries a fresh one, and the
-- older mails' links keep working until the booking is cancelled).
ALTER TABLE reception_bookings ADD COLUMN reminded_at TEXT;

CREATE TABLE reception_cancel_links (
  token_hash TEXT PRIMARY KEY,
  booking_id BIGINT NOT NULL REFERENCES reception_bookings (id),
  created_at TEXT NOT NULL
);
CREATE INDEX reception_cancel_links_booking ON reception_cancel_links (booking_id);
