// Every locale has exactly the same keys, none twice in one object (JSON keeps the last silently), no
// empty texts, and every t('key') in src exists.
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

// Keys written twice in one object of a JSON text, as paths: JSON.parse keeps the last one, so a
// new text under a taken name silently replaces another screen's text.
function duplicateKeys(text: string): string[] {
  const found: string[] = [];
  const stack: { path: string; keys: Set<string> }[] = [];
  let pendingKey = '';
  const tokens = text.matchAll(/"((?:[^"\\]|\\.)*)"\s*(:)?|([{}[\]])/g);
  for (const m of tokens) {
    if (m[1] !== undefined && m[2]) {
      const top = stack[stack.length - 1];
      if (top) {
        if (top.keys.has(m[1])) found.push(top.path ? `${top.path}.${m[1]}` : m[1]);
        top.keys.add(m[1]);
      }
      pendingKey = m[1];
    } else if (m[3] === '{') {
      const parent = stack[stack.length - 1];
      stack.push({ path: parent?.path ? `${parent.path}.${pendingKey}` : pendingKey, keys: new Set() });
    } else if (m[3] === '}') {
      stack.pop();
    }
  }
  return found;
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

  it('writes no key twice in one object', () => {
    for (const lang of ['kk', 'ru', 'en']) {
      const text = readFileSync(join(__dirname, `${lang}.json`), 'utf8');
      expect(duplicateKeys(text), lang).toEqual([]);
    }
    expect(duplicateKeys('{"a": {"b": "x", "b": "y"}, "c": "{"}')).toEqual(['a.b']);
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
