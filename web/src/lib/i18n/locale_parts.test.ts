import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import kk from '../../locales/kk.json';
import ru from '../../locales/ru.json';
import { kFirstPartKeys, localePart, mergeLocaleParts, type LocaleTree } from './locale_parts';

function keysOf(tree: LocaleTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? keysOf(value as LocaleTree, path) : [path];
  });
}

describe('locale parts', () => {
  const tree = { a: { b: 'ab', c: { d: 'acd', e: 'ace' } }, f: 'f', g: { h: 'gh' } };
  const keys = ['a.c.d', 'f'];

  it('puts the listed keys and what is under them in the first part, the others in the rest', () => {
    expect(localePart(tree, 'first', keys)).toEqual({ a: { c: { d: 'acd' } }, f: 'f' });
    expect(localePart(tree, 'rest', keys)).toEqual({ a: { b: 'ab', c: { e: 'ace' } }, g: { h: 'gh' } });
  });

  it('merges the two parts back into the whole', () => {
    expect(mergeLocaleParts(localePart(tree, 'first', keys), localePart(tree, 'rest', keys))).toEqual(tree);
  });

  it.each([
    ['kk', kk],
    ['ru', ru],
    ['en', en],
  ] as const)('splits %s into parts that hold every key exactly once', (_language, locale) => {
    const all = keysOf(locale).sort();
    const first = keysOf(localePart(locale, 'first'));
    const rest = keysOf(localePart(locale, 'rest'));
    expect([...first, ...rest].sort()).toEqual(all);
    expect(first.length).toBeGreaterThan(0);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('lists only keys that exist', () => {
    const all = keysOf(kk);
    for (const key of kFirstPartKeys) expect(all.some((k) => k === key || k.startsWith(`${key}.`)), key).toBe(true);
  });
});
