export const kLanguages = ['kk', 'ru', 'en'] as const;
export type UiLanguage = (typeof kLanguages)[number];
export const kDefaultLanguage: UiLanguage = 'kk';
