import './app/mantine_styles';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import { initI18n } from './lib/i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
// This page's chunk downloads while the chosen locale loads; the first render waits for the
// locale so no untranslated keys flash.
preloadPage(window.location.pathname);
const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void initI18n().then(render, render);
