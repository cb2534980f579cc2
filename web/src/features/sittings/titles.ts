// A sitting's title in the interface's language: a session of the maslikhat ("Regular sitting 14,
// convocation 8") or a commission's meeting ("Standing commission on the budget: meeting 3").
import type { TFunction } from 'i18next';
import { pick } from '../directory';
import type { Sitting } from './hooks';

export function sittingTitle(t: TFunction, language: string, s: Sitting): string {
  if (s.commission) {
    return t('sittings.title.commission', { number: s.number, name: pick(language, s.commission.name_kk, s.commission.name_ru) });
  }
  return t(`sittings.title.${s.kind}`, { number: s.number, convocation: s.convocation });
}
