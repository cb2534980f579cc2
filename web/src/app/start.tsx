// The app proper, imported by the boot script (main.tsx) once it has started the locale download.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../lib/i18n/i18n';
import type { UiLanguage } from '../lib/i18n/languages';
import { App } from './App';
import { preloadPage } from './routes';

export function start(root: HTMLElement, language: UiLanguage): void {
  // This page's chunk downloads while the locale finishes; the first render waits for the locale
  // so no untranslated keys flash.
  preloadPage(window.location.pathname);
  const render = () =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  void initI18n(language).then(render, render);
}
