import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, cp, lstat, mkdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import type { PostgresBinaries } from './postgres-binaries.js';
import { postgresSystemUser, type SystemUser } from './postgres-system-user.js';

/**
 * Where, when Convene runs as root, PostgreSQL's binaries and clusters are kept: a folder the `postgres`
 * system user can enter, whatever the permissions of the folder Convene was installed in (root's home
 * directory is mode 700 on every Debian and Ubuntu image).
 */
export const ROOT_POSTGRES_HOME = '/var/lib/convene';

/** Where a cluster lives, which binaries run it and under which account. */
export interface ClusterPlace {
  /** The cluster's own folder (PGDATA). */
  readonly clusterDir: string;
  /** `<data folder>/postgres`: the cluster itself, or (as root) a link to it. */
  readonly entryPath: string;
  readonly binaries: PostgresBinaries;
  /** The account PostgreSQL runs under; absent when that is the account Convene runs under. */
  readonly runAs?: SystemUser;
}

/**
 * As an ordinary user the cluster is `<data folder>/postgres`, run from the installed binaries. As root,
 * PostgreSQL runs as the `postgres` system user, so both must be where that user can reach them: the
 * binaries are copied once per build to ROOT_POSTGRES_HOME, the cluster is made in
 * ROOT_POSTGRES_HOME/clusters/, and `<data folder>/postgres` links to it. A cluster already standing in the
 * data folder itself (as earlier versions made) is used where it is.
 */
export async function placeCluster(
  dataDir: string,
  shipped: PostgresBinaries,
  log: (message: string) => void,
): Promise<ClusterPlace> {
  const folder = resolve(dataDir);
  await makeFolder(
    folder,
    'CONVENE_DATA_DIR',
    'set CONVENE_DATA_DIR to a folder you may write to, or make this one writable',
  );
  const entryPath = join(folder, 'postgres');
  if (userInfo().uid !== 0) return { clusterDir: entryPath, entryPath, binaries: shipped };

  const runAs = await postgresSystemUser();
  await makeFolder(
    ROOT_POSTGRES_HOME,
    'the folder for PostgreSQL run as root',
    'run Convene as an ordinary user, or set DATABASE_URL to a PostgreSQL server of your own',
    0o755,
  );
  const binaries = await copyOfBinaries(shipped, log);
  const clusterDir = await rootClusterDir(folder, entryPath, log);
  await makeFolder(
    clusterDir,
    'the PostgreSQL cluster folder',
    `delete ${entryPath} to start again with an empty database`,
    0o700,
  );
  await chown(clusterDir, runAs.uid, runAs.gid);
  return { clusterDir, entryPath, binaries, runAs };
}

/** Removes a cluster for good, with the link to it (test runs). */
export async function removeCluster(place: ClusterPlace): Promise<void> {
  await rm(place.clusterDir, { recursive: true, force: true });
  if (place.entryPath !== place.clusterDir) await rm(place.entryPath, { force: true });
}

async function rootClusterDir(
  folder: string,
  entryPath: string,
  log: (message: string) => void,
): Promise<string> {
  const entry = await lstat(entryPath).catch(() => undefined);
  if (entry?.isDirectory()) return entryPath;
  if (entry?.isSymbolicLink()) return resolve(folder, await readlink(entryPath));
  if (entry) {
    throw new EmbeddedPostgresError(
      `${entryPath} is neither a PostgreSQL cluster folder nor a link to one`,
      `move it out of the way, or set CONVENE_DATA_DIR to another folder`,
    );
  }
  // One cluster per data folder, named after it so that an administrator can tell which is which.
  const digest = createHash('sha256').update(folder).digest('hex').slice(0, 12);
  const clusterDir = join(ROOT_POSTGRES_HOME, 'clusters', `${basename(folder) || 'root'}-${digest}`);
  await makeFolder(
    join(ROOT_POSTGRES_HOME, 'clusters'),
    'the folder for PostgreSQL clusters run as root',
    'run Convene as an ordinary user, or set DATABASE_URL',
    0o755,
  );
  if (existsSync(clusterDir)) {
    // Its link is gone: the data folder was deleted to start again, so its cluster goes too.
    log(`${folder} no longer links to ${clusterDir}: removing that cluster to start again`);
    await rm(clusterDir, { recursive: true, force: true });
  }
  await symlink(clusterDir, entryPath);
  return clusterDir;
}

/** The shipped binaries, copied where the `postgres` user can run them; made once per build, atomically. */
async function copyOfBinaries(
  shipped: PostgresBinaries,
  log: (message: string) => void,
): Promise<PostgresBinaries> {
  const dir = join(ROOT_POSTGRES_HOME, `postgres-${shipped.version}`);
  if (!existsSync(join(dir, 'bin', 'postgres'))) {
    log(`copying the PostgreSQL binaries to ${dir}, where the postgres system user can run them`);
    const staging = `${dir}.copying-${process.pid}`;
    try {
      await cp(shipped.dir, staging, { recursive: true, verbatimSymlinks: true });
      await chmod(staging, 0o755);
      await rename(staging, dir);
    } catch (error) {
      await rm(staging, { recursive: true, force: true });
      // Another start made the same copy at the same moment: theirs will do.
      if (!existsSync(join(dir, 'bin', 'postgres'))) {
        throw new EmbeddedPostgresError(
          `the PostgreSQL binaries could not be copied to ${dir}`,
          'check the free space and permissions there, run Convene as an ordinary user, or set DATABASE_URL',
          { cause: error },
        );
      }
    }
  }
  return { dir, version: shipped.version };
}

async function makeFolder(path: string, what: string, fix: string, mode?: number): Promise<void> {
  try {
    await mkdir(path, { recursive: true, mode });
    if (mode !== undefined) await chmod(path, mode);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new EmbeddedPostgresError(`${what} ${path} cannot be made or used (${reason})`, fix, {
      cause: error,
    });
  }
}
