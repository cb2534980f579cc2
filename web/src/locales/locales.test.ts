// Every locale has exactly the same keys, no empty texts, and every t('key') in src exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import kk from './kk.json';
import ru from './ru.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const locales = { kk: flatten(kk), ru: flatten(ru), en: flatten(en) };
const srcDir = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('locales', () => {
  it.each(['ru', 'en'] as const)('kk and %s have the same keys', (language) => {
    const kkKeys = [...locales.kk.keys()].sort();
    const otherKeys = [...locales[language].keys()].sort();
    expect(kkKeys.filter((k) => !locales[language].has(k))).toEqual([]);
    expect(otherKeys.filter((k) => !locales.kk.has(k))).toEqual([]);
  });

  it('has no empty text and the same {{placeholders}} in every language', () => {
    for (const [key, text] of locales.kk) {
      for (const language of ['kk', 'ru', 'en'] as const) {
        const value = locales[language].get(key) ?? '';
        expect(value.trim(), `${language}:${key}`).not.toBe('');
        expect(placeholders(value), `${language}:${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('writes Kazakh in Cyrillic', () => {
    expect(locales.kk.get('nav.login')).toBe('Кіру');
    expect(locales.kk.get('nav.register')).toBe('Тіркелу');
    expect(locales.kk.get('nav.account')).toBe('Жеке кабинет');
  });

  // Words that are plainly Russian (found in kk.json and replaced, issue 11) and the APPK's terms
  // that Kazakh names otherwise: обращение «өтініш», заявление «арыз», запрос «сұрау салу».
  const russianOnly = [
    'цифр', 'цифры', 'цифрдан', 'цифрмен', 'сауал', 'сауалдар', 'сауалды', 'сауалға',
    'обращение', 'обращения', 'заявление', 'запрос', 'запросы', 'и', 'или', 'для', 'при', 'что', 'это',
  ];

  it('kk texts contain no plainly Russian word', () => {
    const found: string[] = [];
    for (const [key, text] of locales.kk) {
      for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
        if (russianOnly.includes(word)) found.push(`${key}: ${word}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('kk uses the APPK terms for the types of appeal', () => {
    expect(locales.kk.get('appeals.type.statement')).toBe('Арыз');
    expect(locales.kk.get('appeals.type.request')).toBe('Сұрау салу');
    expect(locales.kk.get('appeals.requests.title')).toBe('Депутаттық сұрау салулар');
  });

  it("every literal t('key') in src exists in the locales", () => {
    const used = new Set<string>();
    for (const file of sourceFiles(srcDir)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*['"`]([\w.]+)['"`]/g)) used.add(match[1] ?? '');
      // Keys listed as data, e.g. { title: 'home.votersTitle' }.
      for (const match of text.matchAll(/['"]((?:home|nav|common|errors|login|register)\.[\w.]+)['"]/g)) {
        used.add(match[1] ?? '');
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !locales.kk.has(key) && ![...locales.kk.keys()].some((k) => k.startsWith(`${key}.`)));
    expect(missing).toEqual([]);
  });
});
