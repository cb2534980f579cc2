import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, vi } from 'vitest';
import { initI18n } from '../lib/i18n/i18n';
import { kAllResources } from './i18n_resources';

// jsdom lacks these browser APIs that Mantine uses.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: vi.fn().mockImplementation((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  })),
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView = vi.fn();

void initI18n('en', kAllResources);

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// Preact runs effects after paint: on the next frame, or after a 100 ms timer when no frame comes.
// A timer still pending when the file's jsdom is torn down would call cancelAnimationFrame after
// it is gone (an "unhandled error" that fails the run): let those timers fire first.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 120)));
