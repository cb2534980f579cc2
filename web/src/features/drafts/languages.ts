// A draft's paragraphs in Kazakh and Russian: which columns a reader sees (both side by side, or
// one language, the other standing in where a discussion from before both were kept lacks it), and
// how staff's two pasted texts, split apart, pair up paragraph by paragraph.

export type TextView = 'both' | 'kk' | 'ru';
export type TextLang = 'kk' | 'ru';

export interface ParagraphTexts {
  text_kk: string;
  text_ru: string;
}

export interface TextColumn {
  lang: TextLang;
  text: string; // '' when the paragraph has no text in that language
}

function textIn(p: ParagraphTexts, lang: TextLang): string {
  return lang === 'kk' ? p.text_kk : p.text_ru;
}

/** The columns of one paragraph: two for 'both'; one otherwise, in the other language when the chosen one is missing. */
export function textColumns(p: ParagraphTexts, view: TextView): TextColumn[] {
  if (view === 'both') return (['kk', 'ru'] as const).map((lang) => ({ lang, text: textIn(p, lang) }));
  const other: TextLang = view === 'kk' ? 'ru' : 'kk';
  const lang = textIn(p, view) === '' && textIn(p, other) !== '' ? other : view;
  return [{ lang, text: textIn(p, lang) }];
}

/** The reader's first view: both languages (the acts are published in both). */
export function initialView(stored: string | null): TextView {
  return stored === 'kk' || stored === 'ru' ? stored : 'both';
}

/** Two split texts paired by position; the shorter list is padded with empty texts for staff to fill. */
export function pairParagraphs(kk: readonly string[], ru: readonly string[]): ParagraphTexts[] {
  const n = Math.max(kk.length, ru.length);
  return Array.from({ length: n }, (_, i) => ({ text_kk: kk[i] ?? '', text_ru: ru[i] ?? '' }));
}

/** The paragraphs to send, trimmed, dropping those empty in both; null when one still lacks a language. */
export function paragraphsToSend(paragraphs: readonly ParagraphTexts[]): ParagraphTexts[] | null {
  const kept = paragraphs
    .map((p) => ({ text_kk: p.text_kk.trim(), text_ru: p.text_ru.trim() }))
    .filter((p) => p.text_kk !== '' || p.text_ru !== '');
  if (kept.length === 0 || kept.some((p) => p.text_kk === '' || p.text_ru === '')) return null;
  return kept;
}
