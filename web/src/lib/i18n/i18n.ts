// i18next set-up: kk (default), ru, en; the choice is remembered and drives <html lang>.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { kDefaultLanguage, kLanguages, type UiLanguage } from './languages';

export const kLanguageStorageKey = 'kenes.language';

export const resources = {
  kk: { translation: kk },
  ru: { translation: ru },
  en: { translation: en },
} as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (kLanguages as readonly string[]).includes(value);
}

export function storedLanguage(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(kLanguageStorageKey);
    return isUiLanguage(value) ? value : kDefaultLanguage;
  } catch {
    return kDefaultLanguage;
  }
}

function applyLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(kLanguageStorageKey, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

export function initI18n(language: UiLanguage = storedLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: kDefaultLanguage,
      supportedLngs: [...kLanguages],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
    i18n.on('languageChanged', applyLanguage);
  }
  applyLanguage(i18n.language);
  return i18n;
}

export { i18n };
