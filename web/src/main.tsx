// Boot: a few hundred bytes that start fetching the visitor's locale at once, beside the app's code
// (which index.html preloads; see the preload plugin in vite.config.ts), then start the app.
import './app/mantine_styles';
import './app/app.css';
import { fetchEarly } from './lib/api/early_fetch';
import { initialLanguage, loadLocale } from './lib/i18n/language_choice';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const language = initialLanguage();
document.documentElement.lang = language;
void loadLocale(language).catch(() => undefined);

// The page a visitor most often lands on starts downloading now, beside the app's code and the
// locale, instead of once the app has run (app/routes.tsx's preloadPage, which uses the same chunks).
const kLandingPages: [RegExp, () => Promise<unknown>][] = [
  [/^\/$/, () => import('./features/home/HomePage')],
  [/^\/find\/?$/, () => import('./features/directory/find/FindDeputyPage')],
  [/^\/deputies\/\d+\/?$/, () => import('./features/directory/deputy/DeputyPage')],
];
void kLandingPages.find(([path]) => path.test(window.location.pathname))?.[1]().catch(() => undefined);
// And the data they show first (lib/api/early_fetch.ts): the session (the header's links), a deputy
// and their reception days, whose section's code (a chunk of its own) comes at once too.
fetchEarly('/api/v1/auth/session');
const deputy = /^\/deputies\/(\d+)\/?$/.exec(window.location.pathname);
if (deputy) {
  fetchEarly(`/api/v1/deputies/${deputy[1]}`);
  fetchEarly(`/api/v1/reception-sessions?deputy_id=${deputy[1]}`);
  void import('./features/reception/DeputyReceptions').catch(() => undefined);
}
void import('./app/start').then(({ start }) => start(root, language));
