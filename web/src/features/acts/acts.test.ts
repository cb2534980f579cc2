import { describe, expect, it } from 'vitest';
import { bodyOf, validateAct } from './ActForm';
import { kNextStatuses, paragraphs } from './hooks';

const kDraft = {
  number: '12-3/VIII',
  adopted_on: '2026-03-02',
  title_kk: 'Қағидалар туралы',
  title_ru: 'О правилах',
  registration_number: '',
  registered_on: '',
  published_on: '2026-04-01',
  publication_source: '',
  force_delay_days: '10',
  in_force_on: '',
  adilet_url: '',
  text_kk: '',
  text_ru: '',
  note: '',
};

describe('the act form', () => {
  it('sends empty dates as null (cleared) and the delay as a number', () => {
    const body = bodyOf(kDraft);
    expect(body.registered_on).toBeNull();
    expect(body.in_force_on).toBeNull();
    expect(body.published_on).toBe('2026-04-01');
    expect(body.force_delay_days).toBe(10);
  });

  it('asks for the requisites and refuses a link that is not http(s)', () => {
    expect(validateAct(kDraft)).toEqual({});
    expect(validateAct({ ...kDraft, number: ' ', adilet_url: 'javascript:alert(1)', force_delay_days: '400' })).toEqual({
      number: 'required',
      adilet_url: 'invalid',
      force_delay_days: 'invalid',
    });
  });
});

describe('the act text', () => {
  it('is cut into paragraphs at blank lines, a single line break staying inside', () => {
    expect(paragraphs('1. Бірінші.\n\n2. Екінші,\nжалғасы.\n \n\n3. Үшінші.')).toEqual([
      '1. Бірінші.',
      '2. Екінші,\nжалғасы.',
      '3. Үшінші.',
    ]);
    expect(paragraphs('  ')).toEqual([]);
  });

  it('offers only the moves the registry allows', () => {
    expect(kNextStatuses.not_in_force_yet).toEqual(['in_force', 'repealed']);
    expect(kNextStatuses.repealed).toEqual([]);
  });
});
