// Byte budgets for a citizen's first visit, read from the build (dist/.vite/manifest.json):
//   - JavaScript: the files the first render of `/`, `/find` and a deputy page needs — the boot entry,
//     the app it imports at once (src/app/start.tsx, preloaded by index.html) and their static
//     imports, each page's chunk and its static imports, and the first part of the locale (the
//     largest of kk/ru/en; src/lib/i18n/locale_parts.ts), fetched before the first render. A file
//     shared by the pages counts once, as the browser downloads it once. Code a page imports
//     dynamically (lazy()) is not counted: the first render does not wait for it.
//   - CSS: every stylesheet those files bring; the build makes one (vite.config.ts, cssCodeSplit
//     false), which the manifest lists on its own, and index.html links it: all of it counts.
// Sizes are gzip level 9 (what the server sends a client that accepts gzip; brotli is smaller).
// Fails with the list of files when a budget is exceeded. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const kDist = fileURLToPath(new URL('../dist/', import.meta.url));
// Issue 10's budgets. The JavaScript one is met since Preact replaced react-dom (docs/adr/0011-preact.md),
// locales come in two parts and the public pages leave Mantine's Table and Combobox out of their
// first render (docs/benchmarks.md, 2026-12-06 web first load).
export const kBudgets = { js: 120 * 1024, css: 40 * 1024 };
const kPages = {
  '/': 'src/features/home/HomePage.tsx',
  '/find': 'src/features/directory/find/FindDeputyPage.tsx',
  '/deputies/:id': 'src/features/directory/deputy/DeputyPage.tsx',
};
// The part of the locale the first render waits for (src/lib/i18n/locale_parts.ts).
const kLocales = ['kk', 'ru', 'en'].map((language) => `src/locales/${language}.json?part=first`);

const manifest = JSON.parse(readFileSync(`${kDist}.vite/manifest.json`, 'utf8'));
const gzipCache = new Map();
function gzipSize(file) {
  if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(readFileSync(kDist + file), { level: 9 }).length);
  return gzipCache.get(file);
}

function chunk(key) {
  const entry = manifest[key];
  if (!entry) throw new Error(`${key} is not in the build manifest (renamed? update scripts/check_budgets.mjs)`);
  return entry;
}

/** The chunk of `key` and everything it imports statically. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of chunk(key).imports ?? []) closure(next, seen);
  return seen;
}

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.join(', ')}`);
const [entry] = entries;
const base = closure(entry);
closure('src/app/start.tsx', base);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const js = new Set();
const css = new Set();
const addChunks = (keys) => {
  for (const key of keys) {
    js.add(chunk(key).file);
    for (const sheet of chunk(key).css ?? []) css.add(sheet);
  }
};
addChunks(base);
const baseBytes = [...js].reduce((sum, file) => sum + gzipSize(file), 0);
console.log(`entry ${entry}, src/app/start.tsx and their static imports: ${base.size} files, ${kb(baseBytes)} gzip`);

for (const [page, key] of Object.entries(kPages)) {
  const own = [...closure(key)].filter((k) => !base.has(k));
  const bytes = own.reduce((sum, k) => sum + gzipSize(chunk(k).file), 0);
  console.log(`page ${page}: ${own.length} more files, ${kb(bytes)} gzip (entry included: ${kb(baseBytes + bytes)})`);
  addChunks(own);
}
const locale = kLocales.map((key) => chunk(key).file).sort((a, b) => gzipSize(b) - gzipSize(a))[0];
console.log(`largest locale ${locale}: ${kb(gzipSize(locale))} gzip`);
js.add(locale);

// The single stylesheet of a build without CSS code splitting (vite.config.ts) is linked by index.html.
for (const [key, item] of Object.entries(manifest)) if (key.endsWith('.css') && item.file.endsWith('.css')) css.add(item.file);
const jsBytes = [...js].reduce((sum, file) => sum + gzipSize(file), 0);
const cssBytes = [...css].reduce((sum, file) => sum + gzipSize(file), 0);
const allCss = [...Object.values(manifest).flatMap((c) => c.css ?? []), ...css];
const allCssBytes = [...new Set(allCss)].reduce((sum, file) => sum + gzipSize(file), 0);
console.log(`JavaScript for ${Object.keys(kPages).join(', ')}: ${kb(jsBytes)} gzip in ${js.size} files (budget ${kb(kBudgets.js)})`);
console.log(`CSS for those pages: ${kb(cssBytes)} gzip (budget ${kb(kBudgets.css)}); all CSS in the build: ${kb(allCssBytes)}`);

const failures = [];
if (jsBytes > kBudgets.js) failures.push(`JavaScript ${kb(jsBytes)} > ${kb(kBudgets.js)}`);
if (cssBytes > kBudgets.css) failures.push(`CSS ${kb(cssBytes)} > ${kb(kBudgets.css)}`);
if (failures.length > 0) {
  console.error(`\nbundle budget exceeded: ${failures.join('; ')}. The largest files:`);
  for (const file of [...js, ...css].sort((a, b) => gzipSize(b) - gzipSize(a)).slice(0, 12)) {
    console.error(`  ${kb(gzipSize(file)).padStart(9)}  ${file}`);
  }
  process.exit(1);
}
console.log('bundle budgets: ok');
