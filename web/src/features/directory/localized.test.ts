import { describe, expect, it } from 'vitest';
import { contentLanguage, deputyName, localized, pick } from './localized';
import { deputyFixture, maslikhatFixture } from './test_fixtures';

describe('name by language', () => {
  const deputy = deputyFixture();

  it('shows the Kazakh name in Kazakh and the Russian name in Russian and English', () => {
    expect(deputyName('kk', deputy)).toBe('Бекова Айгүл');
    expect(deputyName('ru', deputy)).toBe('Бекова Айгуль');
    expect(deputyName('en', deputy)).toBe('Бекова Айгуль');
    expect(contentLanguage('kk')).toBe('kk');
    expect(contentLanguage('en')).toBe('ru');
  });

  it('falls back to the other language when one is empty', () => {
    expect(deputyName('kk', deputyFixture({ full_name_kk: '  ' }))).toBe('Бекова Айгуль');
    expect(deputyName('ru', deputyFixture({ full_name_ru: '' }))).toBe('Бекова Айгүл');
    expect(pick('en', null, undefined)).toBe('');
  });

  it('picks any _kk/_ru pair of an object', () => {
    const maslikhat = maslikhatFixture();
    expect(localized('kk', maslikhat, 'name')).toBe('Көкшетау қалалық мәслихаты');
    expect(localized('ru', maslikhat, 'working_hours')).toBe('Пн–Пт 9:00–18:30');
    expect(localized('en', maslikhat, 'address')).toBe('г. Кокшетау, ул. Абая, 89');
  });
});
