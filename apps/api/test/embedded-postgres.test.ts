import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EmbeddedPostgresError,
  EmbeddedPostgresLauncher,
  ROOT_POSTGRES_HOME,
} from '../src/database/embedded-postgres.launcher.js';
import { shippedBinaries } from '../src/database/embedded/postgres-binaries.js';

const MAIN = new URL('../dist/main.js', import.meta.url).pathname;

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** kill -9 of a postmaster and every process it started, as when the machine's owner kills them all. */
async function hardKill(clusterDir: string): Promise<void> {
  const pid = Number.parseInt(
    (await readFile(join(clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]!,
    10,
  );
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((l) => Number.parseInt(l, 10))
    .filter(Number.isInteger);
  for (const victim of [pid, ...children]) process.kill(victim, 'SIGKILL');
  for (const victim of [pid, ...children])
    while (await isRunning(victim)) await new Promise((r) => setTimeout(r, 50));
}

/** Alive and not a zombie waiting for its parent to collect it. */
async function isRunning(pid: number): Promise<boolean> {
  const status = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return status !== '' && status.split(' ')[2] !== 'Z';
}

describe('the embedded PostgreSQL of a bare machine', () => {
  let privateDir: string;
  beforeAll(async () => {
    // As a clone in root's home directory: a folder nobody else may enter, holding binaries and data.
    privateDir = await mkdtemp(join(tmpdir(), 'convene-private-home-'));
    expect((await stat(privateDir)).mode & 0o777).toBe(0o700);
  });
  afterAll(async () => {
    await rm(privateDir, { recursive: true, force: true });
  });

  it('runs from a private folder, binaries and data both inside it, and keeps the data across a stop, a hard kill and a start', async () => {
    const shipped = await shippedBinaries();
    const binaries = {
      dir: join(privateDir, 'node_modules', 'native'),
      version: `${shipped.version}-private-copy`,
    };
    await cp(shipped.dir, binaries.dir, { recursive: true, verbatimSymlinks: true });
    const dataDir = join(privateDir, 'data');
    await mkdir(dataDir, { mode: 0o700 });

    const first = new EmbeddedPostgresLauncher({ dataDir, binaries });
    const url = await first.start();
    await query(url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await first.stop();
    expect(existsSync(join(first.clusterDir, 'postmaster.pid'))).toBe(false);

    const second = new EmbeddedPostgresLauncher({ dataDir, binaries });
    expect(await query(await second.start(), 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await hardKill(second.clusterDir);
    expect(existsSync(join(second.clusterDir, 'postmaster.pid'))).toBe(true);

    const third = new EmbeddedPostgresLauncher({ dataDir, binaries, persistent: false });
    expect(await query(await third.start(), 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await third.stop();
    expect(existsSync(third.clusterDir)).toBe(false);
    await rm(join(ROOT_POSTGRES_HOME, `postgres-${binaries.version}`), { recursive: true, force: true });
  });

  it('starts after a hard kill left a stale postmaster.pid behind, on a port of its own', async () => {
    const dataDir = join(privateDir, 'stale');
    const first = new EmbeddedPostgresLauncher({ dataDir });
    await query(
      await first.start(),
      'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)',
    );
    await first.stop();
    // A pid that cannot be running: the recorded postmaster is gone, as after kill -9 of the whole process group.
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(join(first.clusterDir, 'postmaster.pid'), `${dead.pid}\n${first.clusterDir}\n`);
    const launcher = new EmbeddedPostgresLauncher({ dataDir, persistent: false });
    const url = await launcher.start();
    expect(await query(url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    expect(new URL(url).port).not.toBe('5432');
    await launcher.stop();
  });

  it('refuses a cluster made by another PostgreSQL version with what to do, within seconds', async () => {
    const dataDir = join(privateDir, 'other-version');
    const made = new EmbeddedPostgresLauncher({ dataDir });
    await made.start();
    await made.stop();
    await writeFile(join(made.clusterDir, 'PG_VERSION'), '13\n');
    const started = Date.now();
    const error = await new EmbeddedPostgresLauncher({ dataDir }).start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as EmbeddedPostgresError).message).toMatch(/incompatible/);
    expect((error as EmbeddedPostgresError).fix).toContain(`move ${join(dataDir, 'postgres')} aside`);
    expect(Date.now() - started).toBeLessThan(20_000);
    await rm(made.clusterDir, { recursive: true, force: true });
  });

  it('says what is wrong when the binaries cannot be run, instead of an unhandled error', async () => {
    const unrunnable = { dir: join(privateDir, 'unrunnable'), version: `unrunnable-${process.pid}` };
    await mkdir(join(unrunnable.dir, 'bin'), { recursive: true });
    for (const name of ['initdb', 'postgres'])
      await writeFile(join(unrunnable.dir, 'bin', name), 'not a program', { mode: 0o644 });
    const launcher = new EmbeddedPostgresLauncher({
      dataDir: join(privateDir, 'unrunnable-data'),
      binaries: unrunnable,
      persistent: false,
    });
    const error = await launcher.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddedPostgresError);
    expect((error as Error).message).toMatch(/could not make a new cluster .*\(EACCES\)/);
    await rm(launcher.clusterDir, { recursive: true, force: true });
    await rm(join(ROOT_POSTGRES_HOME, `postgres-${unrunnable.version}`), { recursive: true, force: true });
  });

  it('the start command stops with one clear message and exit code 69 when its data folder cannot be made', async () => {
    const blocker = join(privateDir, 'a-file');
    await writeFile(blocker, 'not a folder');
    await chmod(blocker, 0o600);
    const { DATABASE_URL: _server, REDIS_URL: _redis, ...environment } = process.env;
    const child = spawn(process.execPath, [MAIN], {
      env: { ...environment, CONVENE_DATA_DIR: join(blocker, 'data'), DEMO_DATA: 'off' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(EmbeddedPostgresError.EXIT_CODE);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(stderr).toContain(`CONVENE_DATA_DIR ${join(blocker, 'data')} cannot be made or used (ENOTDIR)`);
    expect(stderr).toContain('To fix it: set CONVENE_DATA_DIR to a folder you may write to');
    expect(stderr).not.toMatch(/Unhandled|\n\s+at /);
  });
});
