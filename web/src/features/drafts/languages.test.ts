import { describe, expect, it } from 'vitest';
import { initialView, pairParagraphs, paragraphsToSend, textColumns } from './languages';

describe("a paragraph's two languages", () => {
  const both = { text_kk: '1. Тармақ.', text_ru: '1. Пункт.' };
  const ruOnly = { text_kk: '', text_ru: '2. Пункт.' };

  it('shows both side by side, Kazakh first, a missing one as empty', () => {
    expect(textColumns(both, 'both')).toEqual([
      { lang: 'kk', text: '1. Тармақ.' },
      { lang: 'ru', text: '1. Пункт.' },
    ]);
    expect(textColumns(ruOnly, 'both')).toEqual([
      { lang: 'kk', text: '' },
      { lang: 'ru', text: '2. Пункт.' },
    ]);
  });

  it('shows one language, the other standing in where the chosen one is missing', () => {
    expect(textColumns(both, 'ru')).toEqual([{ lang: 'ru', text: '1. Пункт.' }]);
    expect(textColumns(both, 'kk')).toEqual([{ lang: 'kk', text: '1. Тармақ.' }]);
    expect(textColumns(ruOnly, 'kk')).toEqual([{ lang: 'ru', text: '2. Пункт.' }]);
    expect(textColumns({ text_kk: '', text_ru: '' }, 'kk')).toEqual([{ lang: 'kk', text: '' }]);
  });

  it('starts with both unless the reader chose one before', () => {
    expect(initialView(null)).toBe('both');
    expect(initialView('kk')).toBe('kk');
    expect(initialView('ru')).toBe('ru');
    expect(initialView('<script>')).toBe('both');
  });

  it('pairs the two split texts by position, padding the shorter one', () => {
    expect(pairParagraphs(['1. А', '2. Ә'], ['1. А', '2. Б', '3. В'])).toEqual([
      { text_kk: '1. А', text_ru: '1. А' },
      { text_kk: '2. Ә', text_ru: '2. Б' },
      { text_kk: '', text_ru: '3. В' },
    ]);
    expect(pairParagraphs([], [])).toEqual([]);
  });

  it('sends trimmed pairs, drops the empty ones, and refuses a paragraph in one language', () => {
    expect(paragraphsToSend([{ text_kk: ' 1. А ', text_ru: '1. А' }, { text_kk: ' ', text_ru: '' }])).toEqual([
      { text_kk: '1. А', text_ru: '1. А' },
    ]);
    expect(paragraphsToSend([{ text_kk: '', text_ru: '3. В' }])).toBeNull();
    expect(paragraphsToSend([])).toBeNull();
  });
});
