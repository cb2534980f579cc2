// After `vite build`: writes x.br (brotli, quality 11) and x.gz (gzip, level 9) beside every text
// asset in dist/ over ~1 KB. The server sends the best one the client accepts (Content-Encoding,
// Vary: Accept-Encoding) and the original otherwise. Node's zlib only.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const kDist = fileURLToPath(new URL('../dist', import.meta.url));
const kExtensions = /\.(js|css|html|svg|json|webmanifest)$/;
const kMinBytes = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

let count = 0;
let original = 0;
let brotli = 0;
let gzip = 0;
for (const path of [...files(kDist)]) {
  if (path.endsWith('.br') || path.endsWith('.gz')) {
    unlinkSync(path); // stale from an earlier run into the same dist
    continue;
  }
  if (!kExtensions.test(path) || statSync(path).size < kMinBytes) continue;
  const data = readFileSync(path);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
  const gz = gzipSync(data, { level: 9 });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gz);
  count += 1;
  original += data.length;
  brotli += br.length;
  gzip += gz.length;
  if (process.env.VERBOSE) console.log(`${relative(kDist, path)}: ${data.length} → br ${br.length}, gz ${gz.length}`);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`compressed ${count} files in dist: ${kb(original)} → brotli ${kb(brotli)}, gzip ${kb(gzip)}`);
