// The generated types must match api/openapi.yaml (run `npm run gen:api` after editing it).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('schema.d.ts', () => {
  it('is up to date with api/openapi.yaml', () => {
    const web = join(__dirname, '../../..');
    const run = () => execFileSync(process.execPath, [join(web, 'scripts/check_api_types.mjs')], { stdio: 'pipe' });
    expect(run).not.toThrow();
  }, 30_000);
});
