/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

// The C++ server serves dist/ with a strict CSP (script-src 'self'), so the build must not
// emit inline scripts; Vite's default output (one module script file) satisfies that.
export default defineConfig({
  plugins: [react(), preloadApp()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
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
    // Two cores shared with C++ builds: a form test that types into many fields can take seconds.
    testTimeout: 30_000,
  },
});
