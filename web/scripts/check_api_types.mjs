// Fails when src/lib/api/schema.d.ts is not what `npm run gen:api` makes from ../api/openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'kenes-api-'));
try {
  const out = join(dir, 'schema.d.ts');
  execFileSync(join(web, 'node_modules/.bin/openapi-typescript'), ['../api/openapi.yaml', '-o', out], {
    cwd: web,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const fresh = readFileSync(out, 'utf8');
  const committed = readFileSync(join(web, 'src/lib/api/schema.d.ts'), 'utf8');
  if (fresh !== committed) {
    console.error('src/lib/api/schema.d.ts is out of date: run `npm run gen:api` in web/ and commit it.');
    process.exit(1);
  }
  console.log('schema.d.ts matches api/openapi.yaml');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
