// Words for a work plan and its items in the interface's language: the plan's heading, the
// quarter, the status, the sitting an item points at, the day an edition was fixed in words.
import type { TFunction } from 'i18next';
import { formatDay, localDayOf } from '../../lib/dates';
import { pick } from '../directory';
import type { WorkPlan, WorkPlanItem } from './hooks';

export const kRoman = ['I', 'II', 'III', 'IV'] as const;

export function quarterName(t: TFunction, quarter: number): string {
  return t('workPlans.quarter', { n: kRoman[quarter - 1] ?? String(quarter) });
}

export function planTitle(language: string, plan: WorkPlan): string {
  return pick(language, plan.title_kk, plan.title_ru);
}

/** Whose plan it is: the maslikhat's own, or a commission's. */
export function planOwner(t: TFunction, language: string, plan: WorkPlan): string {
  return plan.commission ? pick(language, plan.commission.name_kk, plan.commission.name_ru) : t('workPlans.ownPlan');
}

export function sittingLabel(t: TFunction, language: string, item: WorkPlanItem): string {
  if (!item.sitting) return '';
  const date = formatDay(item.sitting.held_on, language);
  const commission = pick(language, item.sitting.commission_name_kk, item.sitting.commission_name_ru);
  return commission
    ? t('workPlans.item.commissionMeeting', { name: commission, number: item.sitting.number, date })
    : t('workPlans.item.sitting', { number: item.sitting.number, date });
}

/** The Kazakhstan day of a moment (ISO UTC) in words: «3 июня 2026 г.», «2026 жылғы 3 маусым». */
export function dateInWords(t: TFunction, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDayOf(iso));
  if (!match) return iso;
  const [, year = '', month = '', day = ''] = match;
  return t('workPlans.dateInWords', { day: Number(day), month: t(`workPlans.months.m${String(Number(month))}` as never), year });
}
