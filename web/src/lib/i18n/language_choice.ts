// Which language a visit starts in, and fetching a locale's texts — without i18next, so the boot
// script (main.tsx) can start the locale download before the app's code has arrived.
import { kDefaultLanguage, kLanguages, type UiLanguage } from './languages';

export const kLanguageStorageKey = 'kenes.language';

type Translation = Record<string, unknown>;

const kLoaders: Record<UiLanguage, () => Promise<{ default: Translation }>> = {
  kk: () => import('../../locales/kk.json'),
  ru: () => import('../../locales/ru.json'),
  en: () => import('../../locales/en.json'),
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (kLanguages as readonly string[]).includes(value);
}

/** `ru-RU` → ru, `kk-KZ` → kk, `EN` → en; anything else → null. */
export function uiLanguageOf(tag: string): UiLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isUiLanguage(primary) ? primary : null;
}

/** The stored choice, else the first browser language we have, else Kazakh. */
export function chooseLanguage(stored: string | null | undefined, browser: readonly string[] | undefined): UiLanguage {
  if (isUiLanguage(stored)) return stored;
  for (const tag of browser ?? []) {
    const language = uiLanguageOf(tag);
    if (language) return language;
  }
  return kDefaultLanguage;
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(kLanguageStorageKey) ?? null;
  } catch {
    return null; // storage may be disabled
  }
}

function browserLanguages(): readonly string[] {
  const nav = globalThis.navigator as Navigator | undefined;
  if (!nav) return [];
  if (nav.languages?.length) return nav.languages;
  return nav.language ? [nav.language] : [];
}

/** The language for this visit (see chooseLanguage). */
export function initialLanguage(): UiLanguage {
  return chooseLanguage(readStored(), browserLanguages());
}

const pending = new Map<UiLanguage, Promise<{ default: Translation }>>();

/** The locale's texts (one chunk per language), fetched once. */
export function loadLocale(language: UiLanguage): Promise<{ default: Translation }> {
  let promise = pending.get(language);
  if (!promise) {
    promise = kLoaders[language]();
    promise.catch(() => pending.delete(language)); // a failed fetch may be tried again
    pending.set(language, promise);
  }
  return promise;
}
