// UI texts the tests look for, taken from the app's own locale files.
import en from '../../src/locales/en.json' with { type: 'json' };
import kk from '../../src/locales/kk.json' with { type: 'json' };
import ru from '../../src/locales/ru.json' with { type: 'json' };

export const kTexts = { kk, ru, en } as const;
export type TestLanguage = keyof typeof kTexts;
