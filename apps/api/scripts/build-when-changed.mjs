#!/usr/bin/env node
// `npm start` and `npm test` build the libs, the API and the web client only when their sources changed
// since the last build: a fingerprint of every input file is kept beside the API's build, and a build whose
// outputs are all there and whose fingerprint matches is used as it is.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const workspaces = ['libs/domain', 'libs/contracts', 'apps/api', 'apps/web'];
/** What a build reads, besides each workspace's src/: its configuration and the installed dependencies' lock. */
const inputs = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  ...workspaces.flatMap((w) =>
    ['package.json', 'tsconfig.json', 'tsconfig.build.json', 'index.html', 'vite.config.ts'].map((f) =>
      join(w, f),
    ),
  ),
];
/** What a build makes: when any is missing, the build runs whatever the fingerprint says. */
const outputs = [
  'libs/domain/dist/index.js',
  'libs/contracts/dist/index.js',
  'apps/api/dist/main.js',
  'apps/web/dist/index.html',
];
const stampFile = join(root, 'apps/api/dist/.sources-fingerprint');

function filesUnder(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(join(root, path)).isFile());
}

function fingerprint() {
  const hash = createHash('sha256');
  const files = [
    ...inputs.filter((f) => existsSync(join(root, f))),
    ...workspaces.flatMap((w) => filesUnder(join(w, 'src'))),
  ].sort();
  for (const file of files)
    hash
      .update(`${relative(root, join(root, file))}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

const before = fingerprint();
const built = outputs.every((path) => existsSync(join(root, path)));
if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === before) {
  console.log('The build is up to date with the sources: not building again.');
  process.exit(0);
}
const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
// The fingerprint taken before the build: a source edited during it makes the next start build again.
writeFileSync(stampFile, `${before}\n`);
