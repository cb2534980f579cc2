// i18next set-up: kk (default), ru, en. Only the chosen locale is downloaded (each JSON is its own
// chunk); the first render waits for it, so no untranslated keys flash. The language on a first
// visit: the stored choice, else the first of the browser's languages that is kk, ru or en, else kk.
// The choice drives <html lang> and is remembered when the visitor picks one.
import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
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

/** Remembered across visits once the visitor picks a language. */
export async function selectLanguage(language: UiLanguage): Promise<void> {
  try {
    globalThis.localStorage?.setItem(kLanguageStorageKey, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

function setHtmlLang(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = isUiLanguage(language) ? kLoaders[language] : null;
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Starts i18next in `language`. Without `resources` (the app), locales are fetched on demand and
 * the promise settles once the first is in; with them (tests) it is ready at once.
 */
export function initI18n(language: UiLanguage = initialLanguage(), resources?: Resource): Promise<unknown> {
  if (i18n.isInitialized) {
    setHtmlLang(i18n.language);
    return Promise.resolve();
  }
  if (!resources) i18n.use(lazyLocales);
  const ready = i18n.use(initReactI18next).init({
    ...(resources ? { resources } : {}),
    lng: language,
    fallbackLng: false,
    supportedLngs: [...kLanguages],
    load: 'currentOnly',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: !resources,
  });
  i18n.on('languageChanged', setHtmlLang);
  setHtmlLang(language);
  return ready;
}

export { i18n };
