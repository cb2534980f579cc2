// All three locales bundled, for tests: i18n is ready synchronously and switching needs no fetch.
import en from '../locales/en.json';
import kk from '../locales/kk.json';
import ru from '../locales/ru.json';

export const kAllResources = {
  kk: { translation: kk },
  ru: { translation: ru },
  en: { translation: en },
};
