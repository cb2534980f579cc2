// mantine_theme_variables.css is what MantineProvider would compute from theme.ts: they must agree.
import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme';

describe('mantine_theme_variables.css', () => {
  it('holds the CSS variables MantineProvider computes from the theme', () => {
    const { container } = render(
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <span />
      </MantineProvider>,
    );
    const computed = (container.ownerDocument.querySelector('style[data-mantine-styles="true"]')?.textContent ?? '').trim();
    const file = readFileSync(join(__dirname, 'mantine_theme_variables.css'), 'utf8')
      .replace(/^\/\*[\s\S]*?\*\/\s*/, '')
      .trim();
    expect(computed.length).toBeGreaterThan(0);
    // On a mismatch, write `computed` (printed below) after the file's first comment.
    expect(file).toBe(computed);
  });
});
