// Which of the two stored languages (kk, ru) to show: Kazakh in Kazakh, Russian otherwise (ru, en).
import type { Deputy } from './directory_types';

export type ContentLanguage = 'kk' | 'ru';

export function contentLanguage(uiLanguage: string): ContentLanguage {
  return uiLanguage === 'kk' ? 'kk' : 'ru';
}

/** The kk or ru text for the UI language; falls back to the other when one is empty. */
export function pick(uiLanguage: string, kk: string | null | undefined, ru: string | null | undefined): string {
  const first = contentLanguage(uiLanguage) === 'kk' ? kk : ru;
  const second = contentLanguage(uiLanguage) === 'kk' ? ru : kk;
  return (first ?? '').trim() !== '' ? (first ?? '') : (second ?? '');
}

/** An object's `<field>_kk` / `<field>_ru` pair, e.g. name_kk / name_ru, picked for the UI language. */
export function localized<F extends string>(
  uiLanguage: string,
  object: { [K in `${F}_kk` | `${F}_ru`]: string },
  field: F,
): string {
  return pick(uiLanguage, object[`${field}_kk`], object[`${field}_ru`]);
}

export function deputyName(uiLanguage: string, deputy: Pick<Deputy, 'full_name_kk' | 'full_name_ru'>): string {
  return pick(uiLanguage, deputy.full_name_kk, deputy.full_name_ru);
}
