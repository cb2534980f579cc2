import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n/i18n';
import { housesText } from './coverage_text';

describe('houses text', () => {
  it('names whole streets, parity and ranges in the UI language', () => {
    const en = i18n.getFixedT('en');
    expect(housesText(en, 'all')).toBe('all houses');
    expect(housesText(en, '')).toBe('all houses');
    expect(housesText(en, 'odd')).toBe('odd numbers');
    expect(housesText(en, '1-99 odd')).toBe('1–99, odd numbers');
    expect(housesText(en, '2-40 even, 12а')).toBe('2–40, even numbers; 12а');
    expect(housesText(i18n.getFixedT('kk'), '1-99 odd')).toBe('1–99, тақ нөмірлер');
  });
});
