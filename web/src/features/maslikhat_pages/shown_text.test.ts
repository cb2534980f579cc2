// The text shown for the interface's language, and when it is another language's.
import { describe, expect, it } from 'vitest';
import { shownText } from './shown_text';

describe('shownText', () => {
  const all = { kk: 'Сұрақ', ru: 'Вопрос', en: 'Question' };
  it('shows the interface language when there is a text in it', () => {
    expect(shownText('kk', all)).toEqual({ text: 'Сұрақ', lang: 'kk', fallback: false });
    expect(shownText('ru', all)).toEqual({ text: 'Вопрос', lang: 'ru', fallback: false });
    expect(shownText('en', all)).toEqual({ text: 'Question', lang: 'en', fallback: false });
  });
  it('falls back to Russian for English, and between Kazakh and Russian, and says so', () => {
    expect(shownText('en', { ...all, en: '  ' })).toEqual({ text: 'Вопрос', lang: 'ru', fallback: true });
    expect(shownText('en', { kk: 'Сұрақ', ru: '', en: '' })).toEqual({ text: 'Сұрақ', lang: 'kk', fallback: true });
    expect(shownText('kk', { kk: '', ru: 'Вопрос' })).toEqual({ text: 'Вопрос', lang: 'ru', fallback: true });
    expect(shownText('ru', { kk: 'Сұрақ', ru: '' })).toEqual({ text: 'Сұрақ', lang: 'kk', fallback: true });
  });
});
