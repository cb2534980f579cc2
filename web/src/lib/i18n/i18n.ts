// i18next set-up: kk (default), ru, en. Only the chosen locale is downloaded (each JSON is its own
// chunk); the first render waits for it, so no untranslated keys flash. The language on a first
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

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isUiLanguage(language)) {
      callback(null, {});
      return;
    }
    loadLocale(language).then(
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
