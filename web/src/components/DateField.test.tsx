import { act, screen } from '@testing-library/react';
import { i18n } from '../lib/i18n/i18n';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test/render';
import { DateField, DateTimeField, parseDayText } from './DateField';

describe('parseDayText', () => {
  it('reads the day first in Kazakh and Russian, the month first in English', () => {
    expect(parseDayText('07.12.2026', 'ru')).toBe('2026-12-07');
    expect(parseDayText('7.12.2026', 'kk')).toBe('2026-12-07');
    expect(parseDayText('07122026', 'ru')).toBe('2026-12-07');
    expect(parseDayText('12/07/2026', 'en')).toBe('2026-12-07');
    expect(parseDayText('2026-12-07', 'ru')).toBe('2026-12-07');
    expect(parseDayText('31.02.2026', 'ru')).toBeNull();
    expect(parseDayText('12.2026', 'ru')).toBeNull();
  });
});

function Probe() {
  const [value, setValue] = useState('2026-12-07');
  return (
    <>
      <DateField label="Until" value={value} onChange={setValue} />
      <output>{value || 'none'}</output>
    </>
  );
}

describe('DateField', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows and takes the date in the interface language, not the browser one', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Probe />);
    const field = screen.getByRole('textbox', { name: 'Until' });
    // The test interface is English: month first, as the app shows dates in English.
    expect(field).toHaveValue('12/07/2026');
    expect(field).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    await user.clear(field);
    await user.type(field, '01/15/2027');
    expect(screen.getByText('2027-01-15')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '13/45');
    await user.tab();
    expect(await screen.findByText('Enter the date as MM/DD/YYYY.')).toBeInTheDocument();
    expect(screen.getByText('none')).toBeInTheDocument();
  });

  it('switches to day.month.year with the interface language', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Probe />);
    await act(() => i18n.changeLanguage('ru'));
    const field = screen.getByRole('textbox', { name: 'Until' });
    expect(field).toHaveValue('07.12.2026');
    expect(field).toHaveAttribute('placeholder', 'ДД.ММ.ГГГГ');
    await user.clear(field);
    await user.type(field, '15.01.2027');
    expect(screen.getByText('2027-01-15')).toBeInTheDocument();
  });
});

function TimeProbe() {
  const [value, setValue] = useState('2026-12-06T10:19');
  return (
    <>
      <DateTimeField label="Received" name="received_at" value={value} onChange={setValue} />
      <output>{value || 'none'}</output>
    </>
  );
}

describe('DateTimeField', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the date in the interface language and a 24-hour time, and gives both back', async () => {
    const user = userEvent.setup();
    renderWithProviders(<TimeProbe />);
    await act(() => i18n.changeLanguage('kk'));
    const group = screen.getByRole('group', { name: 'Received' });
    expect(group).toBeInTheDocument();
    const day = screen.getByRole('textbox', { name: 'Күні' });
    const time = screen.getByRole('textbox', { name: 'Уақыты' });
    expect(day).toHaveValue('06.12.2026');
    expect(time).toHaveValue('10:19');
    await user.clear(time);
    await user.type(time, '9:05');
    expect(screen.getByText('2026-12-06T09:05')).toBeInTheDocument();
    await user.clear(day);
    await user.type(day, '05.12.2026');
    expect(screen.getByText('2026-12-05T09:05')).toBeInTheDocument();
    await user.clear(time);
    expect(screen.getByText('none')).toBeInTheDocument();
  });
});
