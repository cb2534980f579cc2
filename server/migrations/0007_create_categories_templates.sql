-- The installation's appeal categories (editable by an administrator) and answer templates.
CREATE TABLE appeal_categories (
  key TEXT PRIMARY KEY,
  name_kk TEXT NOT NULL,
  name_ru TEXT NOT NULL,
  name_en TEXT NOT NULL,
  position INTEGER NOT NULL
);
INSERT INTO appeal_categories (key, name_kk, name_ru, name_en, position) VALUES
  ('utilities', 'Тұрғын үй-коммуналдық шаруашылық', 'ЖКХ', 'Housing and utilities', 1),
  ('roads', 'Жолдар', 'Дороги', 'Roads', 2),
  ('transport', 'Көлік', 'Транспорт', 'Transport', 3),
  ('education', 'Білім беру', 'Образование', 'Education', 4),
  ('health', 'Денсаулық сақтау', 'Здравоохранение', 'Health', 5),
  ('social', 'Әлеуметтік қорғау', 'Социальная защита', 'Social protection', 6),
  ('land', 'Жер қатынастары', 'Земельные отношения', 'Land', 7),
  ('housing', 'Тұрғын үй', 'Жильё', 'Housing', 8),
  ('employment', 'Жұмыспен қамту', 'Занятость', 'Employment', 9),
  ('ecology', 'Экология', 'Экология', 'Ecology', 10),
  ('safety', 'Қауіпсіздік', 'Безопасность', 'Safety', 11),
  ('other', 'Басқа', 'Другое', 'Other', 12);

CREATE TABLE answer_templates (
  id BIGSERIAL PRIMARY KEY,
  maslikhat_id BIGINT NOT NULL REFERENCES maslikhats (id),
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX answer_templates_maslikhat ON answer_templates (maslikhat_id);
