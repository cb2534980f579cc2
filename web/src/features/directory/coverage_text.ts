// Human text for a coverage row's houses: "all", "odd", "1-99 odd", "12а", "1-9, 15".
import type { TFunction } from 'i18next';

export function housesText(t: TFunction, houses: string): string {
  const value = houses.trim();
  if (value === '' || value.toLowerCase() === 'all') return t('directory.coverage.all');
  return value
    .split(/\s*,\s*/)
    .map((part) => {
      const match = /^(.*?)\s*\b(odd|even)$/i.exec(part);
      const range = (match ? match[1] ?? '' : part).replace(/-/g, '–').trim();
      const parity = match ? (match[2]?.toLowerCase() === 'odd' ? t('directory.coverage.odd') : t('directory.coverage.even')) : '';
      if (!range) return parity;
      return parity ? `${range}, ${parity}` : range;
    })
    .join('; ');
}
