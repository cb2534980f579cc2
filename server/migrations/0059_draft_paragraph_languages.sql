-- A draft's paragraphs in Kazakh and Russian, read side by side (issue 15). Until now a paragraph
-- had one text, in whichever language staff pasted: it becomes the Russian text, or the Kazakh one
-- when it holds a letter only Kazakh uses; the other language stays empty ('') for staff to add.
-- Portable SQL (RENAME COLUMN: SQLite 3.25+, PostgreSQL). See docs/drafts.md.
ALTER TABLE draft_paragraphs RENAME COLUMN text TO text_ru;
ALTER TABLE draft_paragraphs ADD COLUMN text_kk TEXT NOT NULL DEFAULT '';
UPDATE draft_paragraphs SET text_kk = text_ru, text_ru = ''
  WHERE text_ru LIKE '%ә%' OR text_ru LIKE '%ғ%' OR text_ru LIKE '%қ%' OR text_ru LIKE '%ң%'
    OR text_ru LIKE '%ө%' OR text_ru LIKE '%ұ%' OR text_ru LIKE '%ү%' OR text_ru LIKE '%һ%'
    OR text_ru LIKE '%і%' OR text_ru LIKE '%Ә%' OR text_ru LIKE '%Ғ%' OR text_ru LIKE '%Қ%'
    OR text_ru LIKE '%Ң%' OR text_ru LIKE '%Ө%' OR text_ru LIKE '%Ұ%' OR text_ru LIKE '%Ү%'
    OR text_ru LIKE '%Һ%' OR text_ru LIKE '%І%';
