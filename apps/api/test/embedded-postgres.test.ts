import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedPostgresLauncher } from '../src/database/embedded-postgres.launcher.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL of a bare machine', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'convene-embedded-'));
    await chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('keeps its data across a stop and a start', async () => {
    const first = new EmbeddedPostgresLauncher({ dataDir });
    const url = await first.start();
    await query(url, 'CREATE TABLE kept (note text); INSERT INTO kept VALUES ($$still here$$)');
    await first.stop();
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = new EmbeddedPostgresLauncher({ dataDir });
    const again = await second.start();
    expect(await query(again, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await second.stop();
  });

  it('starts after a hard kill left a stale postmaster.pid behind', async () => {
    // A pid that cannot be running: the recorded postmaster is gone, as after kill -9 of the whole process group.
    const dead = spawn('true');
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(join(dataDir, 'postgres', 'postmaster.pid'), `${dead.pid}\n${join(dataDir, 'postgres')}\n`);
    const launcher = new EmbeddedPostgresLauncher({ dataDir });
    const url = await launcher.start();
    expect(await query(url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    await launcher.stop();
  });

  it('does not take a port another PostgreSQL is using', async () => {
    const launcher = new EmbeddedPostgresLauncher({ dataDir });
    const url = await launcher.start();
    expect(new URL(url).port).not.toBe('5432');
    await launcher.stop();
  });
});
