// A text kept in kk and ru (en optional) shown in the interface's language: Kazakh in Kazakh,
// Russian in Russian, English in English when there is an English text; otherwise the other
// language, and the page says which (the posts and events do the same).
export type TextLanguage = 'kk' | 'ru' | 'en';

export interface ShownText {
  text: string;
  /** The language the text is in (for the `lang` attribute). */
  lang: TextLanguage;
  /** Not the interface's language: the page says so. */
  fallback: boolean;
}

export function uiTextLanguage(uiLanguage: string): TextLanguage {
  return uiLanguage === 'kk' ? 'kk' : uiLanguage === 'en' ? 'en' : 'ru';
}

const kOrder: Record<TextLanguage, readonly TextLanguage[]> = {
  kk: ['kk', 'ru'],
  ru: ['ru', 'kk'],
  en: ['en', 'ru', 'kk'],
};

export function shownText(uiLanguage: string, texts: { kk: string; ru: string; en?: string }): ShownText {
  const wanted = uiTextLanguage(uiLanguage);
  for (const lang of kOrder[wanted]) {
    const text = texts[lang] ?? '';
    if (text.trim() !== '') return { text, lang, fallback: lang !== wanted };
  }
  return { text: '', lang: wanted, fallback: false };
}
