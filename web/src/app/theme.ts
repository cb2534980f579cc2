// One calm accent (the sky blue of the flag), shades chosen for WCAG AA contrast on white.
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  headings: { fontWeight: '700' },
  components: {
    // Show/hide password is a button like any other: reachable by Tab (Mantine skips it by default).
    // A plain object, not PasswordInput.extend: the theme must not pull the component into the
    // first bundle.
    PasswordInput: { defaultProps: { visibilityToggleFocusable: true } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // The darkest stock green and orange (#2b8a3e, #d9480f) are just under 4.5:1 on white for small
    // text (status badges, "due soon"); these keep the hue and pass AA.
    '--mantine-color-green-9': '#1f7a33',
    '--mantine-color-orange-9': '#b3410a',
  },
  dark: {},
});
