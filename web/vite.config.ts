/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localePart, type LocalePart } from './src/lib/i18n/locale_parts';

/**
 * index.html preloads the app's code (src/app/start.tsx and its static imports) beside the tiny
 * boot entry, which itself starts the locale download: app code and locale arrive in parallel.
 */
function preloadApp(): Plugin {
  return {
    name: 'kenes-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
        const start = chunks.find((chunk) => chunk.facadeModuleId?.endsWith('/src/app/start.tsx'));
        if (!start) throw new Error('preloadApp: no chunk for src/app/start.tsx');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          for (const next of byFile.get(file)?.imports ?? []) visit(next);
        };
        visit(start.fileName);
        return [...files]
          .filter((file) => !html.includes(`/${file}"`))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

/**
 * `src/locales/xx.json?part=first|rest`: that part of the locale (src/lib/i18n/locale_parts.ts) as
 * a module; JSON.parse of a string is what Vite emits for large JSON too (it parses fastest).
 */
function localeParts(): Plugin {
  const kPart = /^(.*\/src\/locales\/[a-z]+\.json)\?part=(first|rest)$/;
  return {
    name: 'kenes-locale-parts',
    enforce: 'pre',
    load(id) {
      const match = kPart.exec(id);
      if (!match) return null;
      const [, file = '', part] = match;
      this.addWatchFile(file);
      const tree = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const text = JSON.stringify(localePart(tree, part as LocalePart));
      return { code: `export default JSON.parse(${JSON.stringify(text)});`, moduleType: 'js' };
    },
  };
}

// Preact instead of React (docs/adr/0011-preact.md): the same API through preact/compat at a tenth
// of react-dom's size. Every import of React, from our code and from Mantine, react-query,
// react-router and react-i18next, resolves here; the order matters (the exact subpaths first).
const kPreactAliases = [
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  // react-i18next's shim of a hook React 18+ and preact/compat have built in.
  { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: fileURLToPath(new URL('./src/lib/preact/react.ts', import.meta.url)) },
];

// The C++ server serves dist/ with a strict CSP (script-src 'self'), so the build must not
// emit inline scripts; Vite's default output (one module script file) satisfies that.
export default defineConfig({
  plugins: [react(), preloadApp(), localeParts()],
  resolve: { alias: kPreactAliases },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    // One stylesheet, linked by index.html: with CSS split by chunk, the CSS modules of the shell and
    // of the public pages came as stylesheets the page's code inserts and waits for, a round trip
    // before the first paint (FCP +0.15 s under Lighthouse's throttling). All the app's CSS is
    // 19 KB gzip, within the 40 KB budget of the first visit.
    cssCodeSplit: false,
    chunkSizeWarningLimit: 900,
    manifest: true,
  },
  server: {
    proxy: {
      '/api': process.env.KENES_BASE_URL ?? 'http://127.0.0.1:8080',
      '/healthz': process.env.KENES_BASE_URL ?? 'http://127.0.0.1:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'e2e/support/*.test.ts'],
    css: false,
    // Libraries run through Vite (not Node's require) so their `react` imports meet the Preact alias.
    // @testing-library/react's and react-number-format's `main` and react-router's `node` export are CommonJS, whose
    // require('react') no alias reaches: tests take their ES modules.
    alias: [
      {
        find: /^react-number-format$/,
        replacement: fileURLToPath(new URL('./node_modules/react-number-format/dist/react-number-format.es.js', import.meta.url)),
      },
      {
        find: /^react-router$/,
        replacement: fileURLToPath(new URL('./node_modules/react-router/dist/development/index.mjs', import.meta.url)),
      },
      // Mantine's Modal locks the page's scroll with react-remove-scroll; its CommonJS build (and its
      // helpers') would meet React itself, not Preact: a dialog could not render in a test.
      ...(
        [
          ['react-remove-scroll', 'index'],
          ['react-remove-scroll-bar', 'index'],
          ['react-remove-scroll-bar/constants', 'constants'],
          ['use-sidecar', 'index'],
          ['use-callback-ref', 'index'],
          ['react-style-singleton', 'index'],
        ] as const
      ).map(([name, file]) => ({
        find: new RegExp(`^${name}$`),
        replacement: fileURLToPath(new URL(`./node_modules/${name.split('/')[0]}/dist/es2015/${file}.js`, import.meta.url)),
      })),
      {
        find: /^@testing-library\/react$/,
        replacement: fileURLToPath(new URL('./node_modules/@testing-library/react/dist/@testing-library/react.esm.js', import.meta.url)),
      },
    ],
    server: { deps: { inline: [/@mantine\//, /@tanstack\//, /react-router/, /react-i18next/, /@testing-library\//, /react-number-format/, /react-remove-scroll/, /react-style-singleton/, /use-callback-ref/, /use-sidecar/, /@floating-ui\//, /react-error-boundary/] } },
    // Two cores shared with C++ builds: a form test that types into many fields can take seconds.
    testTimeout: 30_000,
  },
});
