// What the benchmarks share: a database, seeding, starting the built API and the floor server, socket.io
// members, the open-loop vote driver and the results file. Loopback only; every wait is bounded.
import { spawn } from 'node:child_process';
import { randomBytes, createHash, randomUUID } from 'node:crypto';
import { mkdtemp, writeFile, mkdir, readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, cpus, totalmem, loadavg } from 'node:os';
import { join } from 'node:path';
import { HEARTBEAT_INTERVAL_MS, HEARTBEAT_TIMEOUT_MS } from '@convene/contracts';
import hdr from 'hdr-histogram-js';
import pg from 'pg';
import { io } from 'socket.io-client';

export const root = new URL('../../', import.meta.url);
const API_MAIN = new URL('apps/api/dist/main.js', root).pathname;
const FLOOR_SERVER = new URL('test/bench/floor-server.mjs', root).pathname;

export const envNumber = (name, fallback) => Number(process.env[name] ?? fallback);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const machine = () => `${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`;

/** The load average when a benchmark starts: other work on the machine moves the figures. */
export const machineLoad = () => loadavg()[0].toFixed(1);

/**
 * Major page faults so far (a page read back from disk because the kernel had let it go): one process's, from
 * /proc/PID/stat, or with no pid the whole machine's (every PostgreSQL backend included), from /proc/vmstat.
 * Null where there is no /proc (not Linux).
 */
export function majorFaults(pid) {
  try {
    if (pid === undefined)
      return Number(/^pgmajfault (\d+)$/m.exec(readFileSync('/proc/vmstat', 'utf8'))?.[1] ?? NaN);
    // Field 12 of stat, counted after the command name in parentheses (which may itself hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[9]);
  } catch {
    return null;
  }
}

/** A warning to print when other work already keeps every core busy, or nothing. */
export const busyWarning = () =>
  loadavg()[0] > cpus().length
    ? `warning: load average ${machineLoad()} on ${cpus().length} cores before the run; other work on this machine makes these figures pessimistic\n`
    : '';

/** A fresh database: a new one on DATABASE_URL's server (dropped after), or an embedded PostgreSQL. */
export async function database() {
  if (process.env.DATABASE_URL) {
    const name = `convene_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const { EmbeddedPostgresLauncher } = await import(
    new URL('apps/api/dist/database/embedded-postgres.launcher.js', root).href
  );
  const dir = await mkdtemp(join(tmpdir(), 'convene-bench-'));
  const launcher = new EmbeddedPostgresLauncher({ dataDir: dir, persistent: false });
  const url = await launcher.start();
  return { url, stop: () => launcher.stop() };
}

/**
 * Users, sessions, meetings with members and one item open for voting — written straight to the database,
 * a few set-based statements per meeting. Member 0 of each meeting chairs; the others vote.
 */
export async function seed(url, { meetings, members }) {
  const { createDataSource } = await import(new URL('apps/api/dist/database/data-source.js', root).href);
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [{ id: agency }] = (
    await db.query(
      `INSERT INTO agencies (code, name, kind) VALUES ('send', 'SEND', 'send_service') RETURNING id`,
    )
  ).rows;
  const [{ id: locality }] = (
    await db.query(`INSERT INTO localities (code, name) VALUES ('bench', 'Bench') RETURNING id`)
  ).rows;
  const rooms = [];
  for (let m = 0; m < meetings; m++) {
    const [{ id: meetingId }] = (
      await db.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at, status, started_at) VALUES ('dmg', 'Bench', now(), now() + interval '3 hours', 'in_progress', now()) RETURNING id`,
      )
    ).rows;
    const [{ id: childId }] = (
      await db.query(
        `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, primary_need) VALUES ($1, 'Bench', 'Child', '2016-01-01', 4, $2, 'semh') RETURNING id`,
        [`BENCH-${m}`, locality],
      )
    ).rows;
    const [{ id: requestId }] = (
      await db.query(
        `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, current_date, 'school', 'received') RETURNING id`,
        [childId],
      )
    ).rows;
    const [{ id: itemId }] = (
      await db.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id, voting_status, status) VALUES ($1, 1, 'decision_to_assess', $2, 'open', 'in_discussion') RETURNING id`,
        [meetingId, requestId],
      )
    ).rows;
    const emails = Array.from({ length: members }, (_, i) => `m${m}-${i}@bench.example`);
    const tokens = emails.map(() => randomBytes(32).toString('base64url'));
    const users = (
      await db.query(
        `INSERT INTO users (email, display_name, agency_id, roles) SELECT e, 'Bench member', $2, '{panel_member}' FROM unnest($1::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n RETURNING id, email`,
        [emails, agency],
      )
    ).rows;
    const idOf = new Map(users.map((u) => [u.email, u.id]));
    const userIds = emails.map((e) => idOf.get(e));
    await db.query(
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method) SELECT h, u, now(), now() + interval '12 hours', 'password' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
      [tokens.map((t) => createHash('sha256').update(t).digest('hex')), userIds],
    );
    await db.query(
      `INSERT INTO meeting_members (meeting_id, user_id, role, attendance) SELECT $1, u, CASE WHEN n = 1 THEN 'chair' ELSE 'member' END, 'present' FROM unnest($2::uuid[]) WITH ORDINALITY AS t(u, n)`,
      [meetingId, userIds],
    );
    rooms.push({
      meetingId,
      itemId,
      members: userIds.map((userId, i) => ({ userId, token: tokens[i], voter: i !== 0 })),
    });
  }
  await db.end();
  return rooms;
}

/**
 * Starts a process and resolves once its output matches `ready`. `child.output()` is everything it has
 * printed so far (stdout and stderr), `child.errors()` its stderr alone; `child.stop()` ends it and waits.
 */
function startProcess(command, args, env, ready, { ipc = false } = {}) {
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(ipc ? ['ipc'] : [])],
  });
  let output = '';
  let errors = '';
  child.output = () => output;
  child.errors = () => errors;
  child.stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      if (ready.test(output)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      errors += chunk;
      onData(chunk);
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output.slice(-2000)}`)));
  });
}

/** Production requires SECRETS_KEY; every API this run starts shares one, as the nodes of a deployment do. */
const SECRETS_KEY = randomBytes(32).toString('base64');

/** The built API on a free loopback port. */
export async function startApi(databaseUrl, { env = {}, nodeArgs = [], ipc = false } = {}) {
  const port = await freePort();
  const child = await startProcess(
    process.execPath,
    [...nodeArgs, API_MAIN],
    {
      NODE_ENV: 'production',
      SECRETS_KEY,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'off',
      LOG_LEVEL: 'log',
      ...env,
    },
    /Convene is running/,
    { ipc },
  );
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

/**
 * The floor server (bare socket.io + one raw INSERT per vote) on a free loopback port, with Convene's heartbeat: both
 * servers ping their 2,000 members alike, so the load is the same, pings and answers included.
 */
export async function startFloor(databaseUrl, { nodeArgs = [], ipc = false } = {}) {
  const port = await freePort();
  const heartbeat = {
    PING_INTERVAL_MS: String(HEARTBEAT_INTERVAL_MS),
    PING_TIMEOUT_MS: String(HEARTBEAT_TIMEOUT_MS),
  };
  const child = await startProcess(
    process.execPath,
    [...nodeArgs, FLOOR_SERVER],
    { DATABASE_URL: databaseUrl, PORT: String(port), ...heartbeat },
    /floor ready/,
    { ipc },
  );
  return { child, baseUrl: `http://127.0.0.1:${port}` };
}

/** One member's connection to the `/meetings` namespace, authenticated with their session token. */
export const memberSocket = (baseUrl, member) =>
  io(`${baseUrl}/meetings`, {
    transports: ['websocket'],
    auth: { token: member.token, userId: member.userId },
    reconnection: false,
    forceNew: true,
  });

export const connected = (socket, timeoutMs = 30_000) =>
  new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    const timer = setTimeout(() => reject(new Error('connect timed out')), timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve();
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });

/**
 * When each meeting event reached each member. A vote is complete when every member of its room has its
 * event; `complete` resolves with the time the last one arrived (or null after the timeout).
 */
class Arrivals {
  #events = new Map(); // `${meetingId}:${sequence}` → { count, last, needed, done }

  record(event) {
    const key = `${event.meetingId}:${event.sequence}`;
    const entry = this.#events.get(key) ?? { count: 0, last: 0 };
    entry.count += 1;
    entry.last = performance.now();
    this.#events.set(key, entry);
    if (entry.done && entry.count >= entry.needed) entry.done(entry.last);
  }

  complete(meetingId, sequence, needed, timeoutMs = 30_000) {
    const key = `${meetingId}:${sequence}`;
    const entry = this.#events.get(key) ?? { count: 0, last: 0 };
    this.#events.set(key, entry);
    return new Promise((resolve) => {
      const finish = (at) => {
        clearTimeout(timer);
        this.#events.delete(key);
        resolve(at);
      };
      const timer = setTimeout(() => finish(null), timeoutMs);
      if (entry.count >= needed) return finish(entry.last);
      entry.needed = needed;
      entry.done = finish;
    });
  }
}

/**
 * Connects every member of every room (to `urlFor(member, index)`) and joins them to their meeting.
 * Returns the sockets, the voters and the arrival tracker; `close()` disconnects them all.
 */
export async function connectRooms(rooms, urlFor) {
  const arrivals = new Arrivals();
  const sockets = [];
  for (const room of rooms) {
    room.members.forEach((member, index) => {
      const socket = memberSocket(urlFor(member, index), member);
      socket.on('meeting.event', (event) => arrivals.record(event));
      sockets.push({ socket, room, member });
    });
  }
  await Promise.all(sockets.map(({ socket }) => connected(socket)));
  await Promise.all(
    sockets.map(({ socket, room }) =>
      socket.timeout(30_000).emitWithAck('meeting.join', { meetingId: room.meetingId }),
    ),
  );
  return {
    arrivals,
    sockets,
    voters: sockets.filter((s) => s.member.voter),
    close: () => sockets.forEach(({ socket }) => socket.close()),
  };
}

export const newHistogram = () =>
  hdr.build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: 60_000_000,
    numberOfSignificantValueDigits: 3,
  });

/** p50/p95/p99/max of a histogram of microseconds, in milliseconds. */
export function percentiles(histogram) {
  const ms = (p) => Number((histogram.getValueAtPercentile(p) / 1000).toFixed(1));
  return {
    p50_ms: ms(50),
    p95_ms: ms(95),
    p99_ms: ms(99),
    max_ms: Number((histogram.maxValue / 1000).toFixed(1)),
  };
}

/**
 * RATE votes/s for SECONDS seconds on an open-loop schedule, each by a random voter. Each vote is timed from
 * when it was scheduled to be sent until every member of its room has the resulting event, so a stalled
 * server cannot hide its stalls. Figures are this call's alone; `into`, a histogram, also gets every time, to pool
 * several calls.
 */
export async function driveVotes({ arrivals, voters }, { rate, seconds, into }) {
  const histogram = newHistogram();
  const total = Math.round(rate * seconds);
  const start = performance.now() + 200;
  // A count of the votes still in flight, not a list of them: the generator keeps nothing of a vote once it is
  // timed, so its own garbage collection (it shares the machine's cores) does not grow with the run.
  let inFlight = 0;
  let allSent = false;
  let allDone;
  const done = new Promise((resolve) => (allDone = resolve));
  const settled = () => {
    if (--inFlight === 0 && allSent) allDone();
  };
  let failures = 0;
  for (let n = 0; n < total; n++) {
    const scheduled = start + (n * 1000) / rate;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    const { socket, room } = voters[Math.floor(Math.random() * voters.length)];
    inFlight++;
    socket
      .timeout(30_000)
      .emitWithAck('vote.cast', {
        meetingId: room.meetingId,
        idempotencyKey: randomUUID(),
        itemId: room.itemId,
        choice: n % 2 ? 'agree' : 'refuse',
        reason: 'bench',
      })
      .then(async (ack) => {
        if (!ack?.ok) {
          failures++;
          return;
        }
        const last = await arrivals.complete(room.meetingId, ack.version, room.members.length);
        if (last === null) {
          failures++;
          return;
        }
        const micros = Math.max(1, Math.round((last - scheduled) * 1000));
        histogram.recordValue(micros);
        into?.recordValue(micros);
      })
      .catch(() => {
        failures++;
      })
      .finally(settled);
  }
  allSent = true;
  if (inFlight === 0) allDone();
  await done;
  return { votes: total, failed: failures, ...percentiles(histogram) };
}

/**
 * A burst as a meeting makes it when the chair opens voting: every voter of every room votes once, each at a random
 * moment within `windowSeconds`. Timed as `driveVotes` times a vote (from its scheduled moment until every member of
 * its room has the event); also gives `first_ms`, the time of the burst's first vote.
 */
export async function driveBurst({ arrivals, voters }, { windowSeconds, into }) {
  const histogram = newHistogram();
  const start = performance.now() + 200;
  const schedule = voters
    .map((voter) => ({ voter, at: start + Math.random() * windowSeconds * 1000 }))
    .sort((a, b) => a.at - b.at);
  let failures = 0;
  let first = null;
  const pending = [];
  for (const [n, { voter, at }] of schedule.entries()) {
    const wait = at - performance.now();
    if (wait > 1) await sleep(wait);
    const { socket, room } = voter;
    pending.push(
      socket
        .timeout(30_000)
        .emitWithAck('vote.cast', {
          meetingId: room.meetingId,
          idempotencyKey: randomUUID(),
          itemId: room.itemId,
          choice: n % 2 ? 'agree' : 'refuse',
          reason: 'bench',
        })
        .then(async (ack) => {
          if (!ack?.ok) return void failures++;
          const last = await arrivals.complete(room.meetingId, ack.version, room.members.length);
          if (last === null) return void failures++;
          const micros = Math.max(1, Math.round((last - at) * 1000));
          if (n === 0) first = micros / 1000;
          histogram.recordValue(micros);
          into?.recordValue(micros);
        })
        .catch(() => void failures++),
    );
  }
  await Promise.all(pending);
  return {
    votes: schedule.length,
    failed: failures,
    ...percentiles(histogram),
    first_ms: first === null ? null : Number(first.toFixed(1)),
  };
}

export const figuresLine = (label, f) =>
  `${label.padEnd(8)} votes ${f.votes}, failed ${f.failed}, p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms, p99 ${f.p99_ms} ms, max ${f.max_ms} ms`;

/**
 * Seconds of votes at the measured rate before the timed ones, untimed, for ours and the floor alike: a server
 * just started opens its database connections and compiles its hot code on the first burst, once in its life.
 */
export const WARM_UP_SECONDS = envNumber('BENCH_WARM_UP_SECONDS', 3);

/** Writes a benchmark's figures to test-results/bench/<name>.json (never asserted by the test suite). */
export async function writeResults(name, data) {
  const dir = new URL('test-results/bench/', root);
  await mkdir(dir, { recursive: true });
  const file = new URL(`${name}.json`, dir);
  await writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: machine(),
        load_average_at_start: Number(machineLoad()),
        ...data,
      },
      null,
      2,
    ),
  );
  return file.pathname;
}

/** CPU seconds a process has used so far (user and system, from /proc/<pid>/stat; the kernel counts 100 a second). */
export function processCpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** A process's resident set from /proc/<pid>/status (VmRSS), in KiB. */
export async function rssKiB(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]);
}

/** This process's open-file limit (Node raises the soft limit to the hard one at start). */
export async function openFileLimit() {
  const limits = await readFile('/proc/self/limits', 'utf8');
  const [, soft] = /^Max open files\s+(\S+)/m.exec(limits);
  return soft === 'unlimited' ? Infinity : Number(soft);
}
