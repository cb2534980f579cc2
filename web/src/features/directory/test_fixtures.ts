// Directory objects shaped like the API's answers, for unit tests.
import type { AddressMatch, Deputy, Maslikhat, Okrug } from './directory_types';

export function maslikhatFixture(overrides: Partial<Maslikhat> = {}): Maslikhat {
  return {
    id: 2,
    territory_id: 3,
    parent_id: 1,
    level: 'city',
    name_kk: 'Көкшетау қалалық мәслихаты',
    name_ru: 'Кокшетауский городской маслихат',
    convocation: { number: 8, start: '2023-03-29', end: null },
    chair_deputy_id: null,
    address_kk: 'Көкшетау қ., Абай көшесі, 89',
    address_ru: 'г. Кокшетау, ул. Абая, 89',
    phones: ['+7 7162 00-00-02'],
    email: 'city@example.kz',
    working_hours_kk: 'Дс–Жм 9:00–18:30',
    working_hours_ru: 'Пн–Пт 9:00–18:30',
    social_links: { website: 'https://example.kz/maslikhat' },
    operator_name_kk: '',
    operator_name_ru: '',
    bin: '',
    ...overrides,
  };
}

export function okrugFixture(overrides: Partial<Okrug> = {}): Okrug {
  return {
    id: 1,
    maslikhat_id: 2,
    number: 1,
    name_kk: '№1 сайлау округі',
    name_ru: 'Избирательный округ №1',
    center_kk: 'Көкшетау',
    center_ru: 'Кокшетау',
    ...overrides,
  };
}

export function deputyFixture(overrides: Partial<Deputy> = {}): Deputy {
  return {
    id: 1,
    maslikhat_id: 2,
    okrug_id: 1,
    full_name_kk: 'Бекова Айгүл',
    full_name_ru: 'Бекова Айгуль',
    mandate_type: 'single_mandate',
    party_kk: '«Ақ жол» партиясы',
    party_ru: 'партия «Ак жол»',
    convocation: 8,
    bio_kk: '',
    bio_ru: '',
    photo_url: null,
    email: '',
    phone: '',
    social_links: {},
    ...overrides,
  };
}

export function matchFixture(maslikhat: Maslikhat, okrug: Okrug, deputies: Deputy[]): AddressMatch {
  return { maslikhat, okrug, deputies };
}
