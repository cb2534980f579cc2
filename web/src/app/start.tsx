// The app proper, imported by the boot script (main.tsx) once it has started the locale download.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n/i18n';
import type { UiLanguage } from '../lib/i18n/languages';
import { App } from './App';
import { preloadPage } from './routes';

export function start(root: HTMLElement, language: UiLanguage): void {
  // The first render waits for the locale, so no untranslated keys flash, and for this page's code
  // (its download started in main.tsx or here), so it draws the page rather than a skeleton first.
  const page = preloadPage(window.location.pathname);
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  const ready = initI18n(language).catch(() => undefined);
  void Promise.all([ready, page]).then(render, render);
}
