// What `import ... from 'react'` resolves to (the alias in vite.config.ts): preact/compat, plus the
// few React 19 exports it lacks that Mantine 9 imports. See docs/adr/0011-preact.md.
import { Fragment, createElement, type ComponentChildren } from 'preact';

// @ts-expect-error -- preact/compat's types say `export =`; the module itself has named exports.
export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * React 19's <Activity>: Mantine wraps content in it only with `keepMounted` (Transition, Collapse,
 * Tabs, Stepper, Tree), which Kenes does not use. Hidden content is unmounted rather than kept
 * hidden with its state; visible content renders as is.
 */
export function Activity({ mode = 'visible', children }: { mode?: 'visible' | 'hidden'; children?: ComponentChildren }) {
  return mode === 'hidden' ? null : createElement(Fragment, null, children);
}
