import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n/i18n';
import { renderWithProviders } from '../../../test/render';
import { deputyFixture, maslikhatFixture, matchFixture, okrugFixture } from '../test_fixtures';
import { groupByMaslikhat, LookupResults } from './LookupResults';

const city = maslikhatFixture();
const oblast = maslikhatFixture({
  id: 1,
  level: 'oblast',
  parent_id: null,
  name_kk: 'Ақмола облыстық мәслихаты',
  name_ru: 'Акмолинский областной маслихат',
  email: 'oblast@example.kz',
  phones: ['+7 7162 00-00-01'],
});
const cityOkrug = okrugFixture();
const oblastOkrug = okrugFixture({ id: 26, maslikhat_id: 1 });
const cityDeputy = deputyFixture();
const oblastDeputy = deputyFixture({
  id: 26,
  maslikhat_id: 1,
  okrug_id: 26,
  full_name_kk: 'Байжанов Дәурен',
  full_name_ru: 'Байжанов Даурен',
  photo_url: '/api/v1/deputies/26/photo?v=abc',
});

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('LookupResults', () => {
  it('groups matches by maslikhat with the oblast first, whatever the order received', () => {
    const groups = groupByMaslikhat([
      matchFixture(city, cityOkrug, [cityDeputy]),
      matchFixture(oblast, oblastOkrug, [oblastDeputy]),
    ]);
    expect(groups.map((g) => g.maslikhat.level)).toEqual(['oblast', 'city']);
  });

  it('shows each maslikhat, okrug and deputy with links, photo and party (Kazakh)', async () => {
    await i18n.changeLanguage('kk');
    renderWithProviders(
      <LookupResults
        result={{
          matches: [matchFixture(city, cityOkrug, [cityDeputy]), matchFixture(oblast, oblastOkrug, [oblastDeputy])],
          contacts: [],
          settlement_known: true,
        }}
      />,
    );
    expect(screen.getByText('Табылған округтер: 2.')).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Ақмола облыстық мәслихаты', 'Көкшетау қалалық мәслихаты']);

    const citySection = screen.getByRole('region', { name: 'Көкшетау қалалық мәслихаты' });
    expect(within(citySection).getByRole('link', { name: '№1 сайлау округі' })).toHaveAttribute('href', '/okrugs/1');
    expect(within(citySection).getByRole('link', { name: 'Бекова Айгүл' })).toHaveAttribute('href', '/deputies/1');
    expect(within(citySection).getByText('«Ақ жол» партиясы')).toBeInTheDocument();
    expect(within(citySection).getByText('Қалалық мәслихат')).toBeInTheDocument();

    const oblastSection = screen.getByRole('region', { name: 'Ақмола облыстық мәслихаты' });
    expect(within(oblastSection).getByRole('img', { name: 'Байжанов Дәурен' })).toHaveAttribute(
      'src',
      '/api/v1/deputies/26/photo?v=abc',
    );
    expect(screen.queryByText(/No okrug/)).not.toBeInTheDocument();
  });

  it('uses Russian names in English', () => {
    renderWithProviders(
      <LookupResults
        result={{ matches: [matchFixture(city, cityOkrug, [cityDeputy])], contacts: [], settlement_known: true }}
      />,
    );
    expect(screen.getByRole('link', { name: 'Бекова Айгуль' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Кокшетауский городской маслихат' })).toBeInTheDocument();
    expect(screen.getByText('Single-mandate okrug deputy')).toBeInTheDocument();
  });

  it('says when an okrug has no deputy', () => {
    renderWithProviders(
      <LookupResults result={{ matches: [matchFixture(city, cityOkrug, [])], contacts: [], settlement_known: true }} />,
    );
    expect(screen.getByText('This okrug has no deputy at the moment.')).toBeInTheDocument();
  });

  it('without a match says no okrug covers the address and lists the contacts of the maslikhats', async () => {
    await i18n.changeLanguage('ru');
    renderWithProviders(<LookupResults result={{ matches: [], contacts: [city, oblast], settlement_known: true }} />);
    expect(screen.getByText('Ни один округ не охватывает этот адрес')).toBeInTheDocument();
    const citySection = screen.getByRole('region', { name: 'Кокшетауский городской маслихат' });
    expect(within(citySection).getByText('г. Кокшетау, ул. Абая, 89')).toBeInTheDocument();
    expect(within(citySection).getByRole('link', { name: '+7 7162 00-00-02' })).toHaveAttribute(
      'href',
      'tel:+77162000002',
    );
    expect(within(citySection).getByRole('link', { name: 'city@example.kz' })).toHaveAttribute(
      'href',
      'mailto:city@example.kz',
    );
    expect(within(citySection).getByText('Пн–Пт 9:00–18:30')).toBeInTheDocument();
    expect(within(citySection).getByRole('link', { name: 'Сайт' })).toHaveAttribute('href', 'https://example.kz/maslikhat');
    const oblastSection = screen.getByRole('region', { name: 'Акмолинский областной маслихат' });
    expect(within(oblastSection).getByRole('link', { name: 'oblast@example.kz' })).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('for an unknown settlement points to the list of maslikhats', () => {
    renderWithProviders(<LookupResults result={{ matches: [], contacts: [], settlement_known: false }} />);
    expect(screen.getByText(/We do not know this settlement yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All maslikhats' })).toHaveAttribute('href', '/maslikhats');
  });
});
