// Boot: a few hundred bytes that start fetching the visitor's locale at once, beside the app's code
// (which index.html preloads; see the preload plugin in vite.config.ts), then start the app.
import './app/mantine_styles';
import './app/app.css';
import { initialLanguage, loadLocale } from './lib/i18n/language_choice';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
const language = initialLanguage();
document.documentElement.lang = language;
void loadLocale(language).catch(() => undefined);
void import('./app/start').then(({ start }) => start(root, language));
