// Runs `npm ci` only when node_modules does not match package.json and package-lock.json.
// After a successful `npm ci` it writes the SHA-256 of both files to a marker in node_modules
// (which `npm ci` itself deletes first); a later build with the same files skips the install.
// A clean clone has no node_modules and so no marker: it always installs.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const MARKER = 'node_modules/.samenspel-npm-ci.sha256';

const hash = createHash('sha256');
for (const file of ['package.json', 'package-lock.json']) {
  hash.update(file).update('\0').update(readFileSync(file)).update('\0');
}
const wanted = hash.digest('hex');

if (existsSync(MARKER) && readFileSync(MARKER, 'utf8').trim() === wanted) {
  console.log('npm ci: node_modules matches package-lock.json, skipped');
  process.exit(0);
}

const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
  stdio: 'inherit',
  shell: process.platform === 'win32', // npm is npm.cmd there
});
if (result.error) {
  console.error(`npm ci could not start: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  process.exit(result.status ?? 1);
}
writeFileSync(MARKER, wanted + '\n');
