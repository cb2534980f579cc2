-- Follows (docs/informing.md, Subscriptions): a person follows a deputy, an okrug, a commission, a
-- maslikhat or a tag. target_ref is the followed id in decimal, or the tag's text. delivery is
-- immediate | daily | weekly | in_app.
CREATE TABLE subscriptions (
  id BIGSERIAL PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  target_kind TEXT NOT NULL,
  target_ref TEXT NOT NULL,
  delivery TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- One follow of a target per person; the fan-out finds a target's followers by it.
CREATE UNIQUE INDEX subscriptions_target_user ON subscriptions (target_kind, target_ref, user_id);
CREATE INDEX subscriptions_user ON subscriptions (user_id, id);

-- What followers hear of, once per item: a post published, an event announced or cancelled, with
-- its title in each language as it was then and, for an event, its local start "YYYY-MM-DDTHH:MM"
-- ('' for a post): the digest needs no other feature's tables.
CREATE TABLE followed_items (
  id BIGSERIAL PRIMARY KEY,
  kind TEXT NOT NULL,
  ref_id BIGINT NOT NULL,
  title_kk TEXT NOT NULL,
  title_ru TEXT NOT NULL,
  title_en TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  happened_at TEXT NOT NULL
);
CREATE UNIQUE INDEX followed_items_ref ON followed_items (kind, ref_id);

-- An item reaching one person: one row per person and item, so a person hears of an item once
-- however many of their follows match it and however often the fan-out reruns. sent_at is set in
-- the transaction that queues the mail (immediate and digest) or the notification (in_app): a
-- digest never lists an item twice, also across a restart in the middle of a run.
CREATE TABLE followed_deliveries (
  user_id BIGINT NOT NULL REFERENCES users (id),
  item_id BIGINT NOT NULL REFERENCES followed_items (id),
  subscription_id BIGINT NOT NULL,
  delivery TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  PRIMARY KEY (user_id, item_id)
);
CREATE INDEX followed_deliveries_pending ON followed_deliveries (delivery, user_id)
  WHERE sent_at IS NULL;
CREATE INDEX followed_deliveries_subscription ON followed_deliveries (subscription_id)
  WHERE sent_at IS NULL;
