// i18next set-up: kk (default), ru, en. Only the chosen locale is downloaded, in two parts
// (locale_parts.ts): the first render waits for the public pages' part, so no untranslated keys
// flash; the rest comes with the first page that needs it (loadAllTexts). The language on a first
// visit: the stored choice, else the first of the browser's languages that is kk, ru or en, else kk.
// The choice drives <html lang> and is remembered when the visitor picks one.
import i18n, { type BackendModule, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  initialLanguage,
  isUiLanguage,
  kLanguageStorageKey,
  loadLocale,
} from './language_choice';
import { kLanguages, type UiLanguage } from './languages';
import { mergeLocaleParts } from './locale_parts';

export { chooseLanguage, initialLanguage, isUiLanguage, kLanguageStorageKey, uiLanguageOf } from './language_choice';

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

// Set once a page needed the rest of the texts: a language chosen later then loads both parts.
let restWanted = false;
let lazy = false;
const restAdded = new Set<UiLanguage>();
let markInitialized: () => void = () => undefined;
const initialized = new Promise<void>((resolve) => (markInitialized = resolve));

async function readLocale(language: UiLanguage) {
  const [first, rest] = await Promise.all([
    loadLocale(language, 'first'),
    restWanted ? loadLocale(language, 'rest') : Promise.resolve(null),
  ]);
  if (!rest) return first.default;
  restAdded.add(language);
  return mergeLocaleParts(first.default, rest.default);
}

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isUiLanguage(language)) {
      callback(null, {});
      return;
    }
    readLocale(language).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Every string of the current language, not only the public pages' (a page outside the public
 * ones waits for this before it renders). Settles at once when they are in (and in tests).
 */
export async function loadAllTexts(): Promise<void> {
  restWanted = true;
  await initialized; // a page's chunk may be preloaded before i18next starts
  if (!lazy) return;
  const language = i18n.resolvedLanguage ?? i18n.language;
  if (!isUiLanguage(language)) return;
  const rest = await loadLocale(language, 'rest');
  if (restAdded.has(language)) return;
  restAdded.add(language);
  i18n.addResourceBundle(language, 'translation', rest.default, true, true);
}

/**
 * Starts i18next in `language`. Without `resources` (the app), locales are fetched on demand and
 * the promise settles once the first is in; with them (tests) it is ready at once.
 */
export function initI18n(language: UiLanguage = initialLanguage(), resources?: Resource): Promise<unknown> {
  if (i18n.isInitialized) {
    setHtmlLang(i18n.language);
    return Promise.resolve();
  }
  lazy = !resources;
  if (lazy) i18n.use(lazyLocales);
  const ready = i18n.use(initReactI18next).init({
    ...(resources ? { resources } : {}),
    // A string outside the first part that a public page shows anyway: fetch the rest; the
    // components re-render when it is added (bindI18nStore).
    ...(lazy ? { saveMissing: true, missingKeyHandler: () => void loadAllTexts().catch(() => undefined) } : {}),
    react: { bindI18nStore: 'added' },
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
  ready.then(markInitialized, markInitialized);
  return ready;
}

export { i18n };
