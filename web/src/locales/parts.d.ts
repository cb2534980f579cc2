// A locale's part (src/lib/i18n/locale_parts.ts), cut at build time by vite.config.ts.
declare module '*.json?part=first' {
  const texts: Record<string, unknown>;
  export default texts;
}
declare module '*.json?part=rest' {
  const texts: Record<string, unknown>;
  export default texts;
}
