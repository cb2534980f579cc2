// Which language a visit starts in, and fetching a locale's texts — without i18next, so the boot
// script (main.tsx) can start the locale download before the app's code has arrived.
import { kDefaultLanguage, kLanguages, type UiLanguage } from './languages';
import type { LocalePart } from './locale_parts';

export const kLanguageStorageKey = 'kenes.language';

type Translation = Record<string, unknown>;

type Loader = () => Promise<{ default: Translation }>;

// Each part of each language is its own chunk (see locale_parts.ts).
const kLoaders: Record<UiLanguage, Record<LocalePart, Loader>> = {
  kk: { first: () => import('../../locales/kk.json?part=first'), rest: () => import('../../locales/kk.json?part=rest') },
  ru: { first: () => import('../../locales/ru.json?part=first'), rest: () => import('../../locales/ru.json?part=rest') },
  en: { first: () => import('../../locales/en.json?part=first'), rest: () => import('../../locales/en.json?part=rest') },
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

const pending = new Map<string, Promise<{ default: Translation }>>();

/** One part of the locale's texts (by default the part the first render needs), fetched once. */
export function loadLocale(language: UiLanguage, part: LocalePart = 'first'): Promise<{ default: Translation }> {
  const key = `${language}/${part}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = kLoaders[language][part]();
    promise.catch(() => pending.delete(key)); // a failed fetch may be tried again
    pending.set(key, promise);
  }
  return promise;
}
