import { spawn, type ChildProcess } from 'node:child_process';
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmbeddedPostgresError } from './embedded-postgres-error.js';
import { binaryPath } from './postgres-binaries.js';
import type { ClusterPlace } from './cluster-place.js';

/** How long PostgreSQL may take to make a cluster, or to be ready for connections, before we give up. */
const INITDB_TIMEOUT_MS = 120_000;
const READY_TIMEOUT_MS = 60_000;
/** The server's last lines, kept to explain a failure. */
const KEPT_LINES = 12;

export interface ClusterOwner {
  user: string;
  password: string;
}

/** Makes a new cluster in the place's folder with initdb. */
export async function initialiseCluster(
  place: ClusterPlace,
  owner: ClusterOwner,
  log: (message: string) => void,
): Promise<void> {
  // initdb reads the owner's password from a file only the account it runs under may read.
  const secretDir = await mkdtemp(join(tmpdir(), 'convene-initdb-'));
  const passwordFile = join(secretDir, 'password');
  try {
    await writeFile(passwordFile, `${owner.password}\n`, { mode: 0o600 });
    if (place.runAs) {
      await chown(secretDir, place.runAs.uid, place.runAs.gid);
      await chown(passwordFile, place.runAs.uid, place.runAs.gid);
    }
    const args = [
      `--pgdata=${place.clusterDir}`,
      '--auth=scram-sha-256',
      `--username=${owner.user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--lc-messages=C',
    ];
    const output = new LastLines();
    const child = spawnAs(place, 'initdb', args);
    child.stdout?.on('data', (chunk: Buffer) => output.add(chunk, log));
    child.stderr?.on('data', (chunk: Buffer) => output.add(chunk, log));
    const outcome = await settle(child, INITDB_TIMEOUT_MS);
    if (outcome.kind !== 'exit' || outcome.code !== 0) {
      throw new EmbeddedPostgresError(
        `PostgreSQL could not make a new cluster in ${place.clusterDir} (${describe(outcome)})${output.tail()}`,
        `make sure ${place.clusterDir} is empty and may be written${place.runAs ? ` by the ${place.runAs.name} user` : ''}; delete ${place.entryPath} to start again`,
        { cause: outcome.kind === 'error' ? outcome.error : undefined },
      );
    }
  } finally {
    await rm(secretDir, { recursive: true, force: true });
  }
}

/** A running postmaster that we started; `stop()` asks it to shut down fast and waits for it. */
export class RunningPostgres {
  private exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolveExit) => {
      if (child.exitCode !== null || child.signalCode !== null) resolveExit();
      else child.once('exit', () => resolveExit());
    });
  }

  /** Starts the server on `port` (loopback only, no Unix socket) and resolves once it accepts connections. */
  static async start(
    place: ClusterPlace,
    port: number,
    settings: readonly string[],
    log: (message: string) => void,
  ): Promise<RunningPostgres> {
    const args = [
      '-D',
      place.clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      ...settings.flatMap((setting) => ['-c', setting]),
    ];
    const output = new LastLines();
    const child = spawnAs(place, 'postgres', args);
    const ready = new Promise<void>((resolveReady) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        output.add(chunk, log);
        if (output.text().includes('database system is ready to accept connections')) resolveReady();
      });
    });
    child.stdout?.on('data', (chunk: Buffer) => output.add(chunk, log));
    const outcome = await Promise.race([
      ready.then(() => ({ kind: 'ready' }) as const),
      settle(child, READY_TIMEOUT_MS),
    ]);
    if (outcome.kind === 'ready') return new RunningPostgres(child);
    if (outcome.kind === 'timeout') child.kill('SIGKILL');
    throw new EmbeddedPostgresError(
      `the embedded PostgreSQL in ${place.clusterDir} did not start (${describe(outcome)})${output.tail()}`,
      adviceFor(output.text(), place),
      {
        cause: outcome.kind === 'error' ? outcome.error : undefined,
      },
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGINT');
    await this.exited;
  }
}

function spawnAs(place: ClusterPlace, name: 'initdb' | 'postgres', args: string[]): ChildProcess {
  return spawn(binaryPath(place.binaries, name), args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LC_MESSAGES: 'C' },
    ...(place.runAs ? { uid: place.runAs.uid, gid: place.runAs.gid } : {}),
  });
}

type Outcome =
  | { kind: 'exit'; code: number | null; signal: NodeJS.Signals | null }
  | { kind: 'error'; error: Error }
  | { kind: 'timeout'; ms: number };

/** The first of: the process ends, it could not be run at all, or the time runs out. Never an unhandled 'error'. */
function settle(child: ChildProcess, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolveOutcome) => {
    const timer = setTimeout(() => resolveOutcome({ kind: 'timeout', ms: timeoutMs }), timeoutMs);
    timer.unref();
    child.once('error', (error) => {
      clearTimeout(timer);
      resolveOutcome({ kind: 'error', error });
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolveOutcome({ kind: 'exit', code, signal });
    });
  });
}

function describe(outcome: Outcome | { kind: 'ready' }): string {
  switch (outcome.kind) {
    case 'exit':
      return outcome.signal ? `ended by ${outcome.signal}` : `exit code ${outcome.code}`;
    case 'error':
      return (outcome.error as NodeJS.ErrnoException).code ?? outcome.error.message;
    case 'timeout':
      return `not ready after ${outcome.ms / 1000} s`;
    default:
      return outcome.kind;
  }
}

function adviceFor(output: string, place: ClusterPlace): string {
  if (/incompatible with server|database files are incompatible/.test(output)) {
    return `this cluster was made by another version of PostgreSQL; move ${place.entryPath} aside to start with an empty database, or set DATABASE_URL to a server of that version`;
  }
  if (/Permission denied|must be owned|invalid permissions/.test(output)) {
    return `${place.clusterDir} must belong to ${place.runAs ? `the ${place.runAs.name} user` : 'you'} with mode 700; fix that, or delete ${place.entryPath} to start again`;
  }
  return `read PostgreSQL's own lines above; if the cluster is damaged, move ${place.entryPath} aside to start with an empty database`;
}

class LastLines {
  private lines: string[] = [];

  /** Keeps the chunk's lines and passes them to the log. */
  add(chunk: Buffer, log: (message: string) => void): void {
    for (const line of chunk
      .toString('utf8')
      .split('\n')
      .filter((l) => l.trim())) {
      this.lines.push(line.trim());
      log(line.trim());
    }
    this.lines = this.lines.slice(-KEPT_LINES);
  }

  text(): string {
    return this.lines.join('\n');
  }

  tail(): string {
    return this.lines.length ? `:\n  ${this.lines.join('\n  ')}` : '';
  }
}
