// Copies the front-end assets into the jar under content-hashed names and writes a manifest,
// so pages can link immutable, cacheable files without any per-request URL rewriting.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, basename, extname } from 'node:path';

const out = process.argv[2];
if (!out) { console.error('usage: build-assets.mjs <classes-dir>'); process.exit(2); }

const assets = {
  'utrecht.css': 'node_modules/@utrecht/component-library-css/dist/index.css',
  'thema.css': 'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  'samenspel.css': 'src/main/web/samenspel.css',
  'samenspel.js': 'src/main/web/samenspel.js',
};

const dir = join(out, 'static', 'assets');
mkdirSync(dir, { recursive: true });
const manifest = [];
for (const [name, source] of Object.entries(assets)) {
  const bytes = readFileSync(source);
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 10);
  const ext = extname(name);
  const hashed = `${basename(name, ext)}.${hash}${ext}`;
  writeFileSync(join(dir, hashed), bytes);
  manifest.push(`${name}=/assets/${hashed}`);
}
writeFileSync(join(out, 'asset-manifest.properties'), manifest.join('\n') + '\n');
console.log(`assets: ${manifest.length} files hashed into ${dir}`);
