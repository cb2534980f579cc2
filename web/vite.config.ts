/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves dist/ with a strict CSP (script-src 'self'), so the build must not
// emit inline scripts; Vite's default output (one module script file) satisfies that.
export default defineConfig({
  plugins: [react()],
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
  },
});
