import { afterEach, describe, expect, it } from 'vitest';
import { chooseLanguage, i18n, initialLanguage, kLanguageStorageKey, selectLanguage, uiLanguageOf } from './i18n';

describe('language on a first visit', () => {
  afterEach(async () => {
    localStorage.clear();
    await i18n.changeLanguage('en');
  });

  it('takes the stored choice first', () => {
    expect(chooseLanguage('en', ['ru-RU', 'kk-KZ'])).toBe('en');
    expect(chooseLanguage('kk', ['ru'])).toBe('kk');
  });

  it('ignores a stored value that is not a language of ours', () => {
    expect(chooseLanguage('de', ['ru-RU'])).toBe('ru');
    expect(chooseLanguage('', ['en-GB'])).toBe('en');
  });

  it('else takes the first browser language that is kk, ru or en', () => {
    expect(chooseLanguage(null, ['ru-RU', 'kk-KZ'])).toBe('ru');
    expect(chooseLanguage(null, ['kk-KZ', 'ru-RU'])).toBe('kk');
    expect(chooseLanguage(null, ['de-DE', 'fr', 'en-US', 'ru'])).toBe('en');
    expect(chooseLanguage(undefined, ['RU'])).toBe('ru');
  });

  it('else Kazakh', () => {
    expect(chooseLanguage(null, [])).toBe('kk');
    expect(chooseLanguage(null, undefined)).toBe('kk');
    expect(chooseLanguage(null, ['de-DE', 'tr'])).toBe('kk');
  });

  it('maps language tags to ours by their primary subtag', () => {
    expect(uiLanguageOf('ru-RU')).toBe('ru');
    expect(uiLanguageOf('kk-KZ')).toBe('kk');
    expect(uiLanguageOf('kk_Cyrl_KZ')).toBe('kk');
    expect(uiLanguageOf('en')).toBe('en');
    expect(uiLanguageOf('kz')).toBeNull();
    expect(uiLanguageOf('uk-UA')).toBeNull();
  });

  it('reads localStorage and navigator.languages', () => {
    const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['ru-RU', 'en-US'] });
    try {
      expect(initialLanguage()).toBe('ru');
      localStorage.setItem(kLanguageStorageKey, 'en');
      expect(initialLanguage()).toBe('en');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (languages) Object.defineProperty(Navigator.prototype, 'languages', languages);
    }
  });

  it('remembers a language the visitor picks and sets <html lang>', async () => {
    await selectLanguage('ru');
    expect(localStorage.getItem(kLanguageStorageKey)).toBe('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(i18n.t('nav.login')).not.toBe('nav.login');
  });
});
