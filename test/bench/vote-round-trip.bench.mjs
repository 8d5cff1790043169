#!/usr/bin/env node
// Vote round trip under load, Convene next to the floor this stack allows, in one run.
//   npm run bench            (needs `npm run build`; DATABASE_URL optional: an embedded PostgreSQL otherwise)
// Load: MEETINGS meetings × MEMBERS members (default 100 × 20 = 2,000 sockets), RATE votes/s on an open-loop
// schedule for SECONDS seconds. Each vote is timed from when it was scheduled to be sent until every member
// of its room has the resulting event, so a stalled server cannot hide its stalls. Loopback only; bounded.
import { spawn } from 'node:child_process';
import { randomBytes, createHash, randomUUID } from 'node:crypto';
import { mkdtemp, chmod, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import hdr from 'hdr-histogram-js';
import pg from 'pg';
import { io } from 'socket.io-client';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const root = new URL('../../', import.meta.url);
const results = {};

const freePort = () => new Promise((resolve) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function database() {
  if (process.env.DATABASE_URL) {
    const name = `convene_bench_${Date.now()}`;
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return { url: url.toString(), stop: async () => { const c = new pg.Client({ connectionString: process.env.DATABASE_URL }); await c.connect(); await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`); await c.end(); } };
  }
  const { EmbeddedPostgresLauncher } = await import(new URL('apps/api/dist/database/embedded-postgres.launcher.js', root).href);
  const dir = await mkdtemp(join(tmpdir(), 'convene-bench-'));
  await chmod(dir, 0o755);
  const launcher = new EmbeddedPostgresLauncher({ dataDir: dir, persistent: false });
  const url = await launcher.start();
  return { url, stop: () => launcher.stop() };
}

/** Users, sessions, meetings with members and one item open for voting — written straight to the database. */
async function seed(url) {
  const { createDataSource } = await import(new URL('apps/api/dist/database/data-source.js', root).href);
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const [{ id: agency }] = (await db.query(`INSERT INTO agencies (code, name, kind) VALUES ('send', 'SEND', 'send_service') RETURNING id`)).rows;
  const [{ id: locality }] = (await db.query(`INSERT INTO localities (code, name) VALUES ('bench', 'Bench') RETURNING id`)).rows;
  const rooms = [];
  for (let m = 0; m < MEETINGS; m++) {
    const [{ id: meetingId }] = (await db.query(`INSERT INTO meetings (kind, title, starts_at, ends_at, status, started_at) VALUES ('dmg', 'Bench', now(), now() + interval '3 hours', 'in_progress', now()) RETURNING id`)).rows;
    const [{ id: childId }] = (await db.query(`INSERT INTO children (case_reference, given_name, family_name, date_of_birth, year_group, locality_id, primary_need) VALUES ($1, 'Bench', 'Child', '2016-01-01', 4, $2, 'semh') RETURNING id`, [`BENCH-${m}`, locality])).rows;
    const [{ id: requestId }] = (await db.query(`INSERT INTO ehc_requests (child_id, received_on, source, stage) VALUES ($1, current_date, 'school', 'received') RETURNING id`, [childId])).rows;
    const [{ id: itemId }] = (await db.query(`INSERT INTO agenda_items (meeting_id, position, kind, request_id, voting_status, status) VALUES ($1, 1, 'decision_to_assess', $2, 'open', 'in_discussion') RETURNING id`, [meetingId, requestId])).rows;
    const members = [];
    for (let i = 0; i < MEMBERS; i++) {
      const [{ id: userId }] = (await db.query(`INSERT INTO users (email, display_name, agency_id, roles) VALUES ($1, 'Bench member', $2, '{panel_member}') RETURNING id`, [`m${m}-${i}@bench.example`, agency])).rows;
      const token = randomBytes(32).toString('base64url');
      await db.query(`INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method) VALUES ($1, $2, now(), now() + interval '12 hours', 'password')`, [createHash('sha256').update(token).digest('hex'), userId]);
      await db.query(`INSERT INTO meeting_members (meeting_id, user_id, role, attendance) VALUES ($1, $2, $3, 'present')`, [meetingId, userId, i === 0 ? 'chair' : 'member']);
      members.push({ userId, token, voter: i !== 0 });
    }
    rooms.push({ meetingId, itemId, members });
  }
  await db.end();
  return rooms;
}

function startProcess(command, args, env, ready) {
  const child = spawn(command, args, { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => { output += chunk; if (ready.test(output)) resolve(child); };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output.slice(-2000)}`)));
  });
}

async function run(label, baseUrl, rooms) {
  const arrivals = new Map(); // `${meetingId}:${sequence}` → [times]
  const sockets = [];
  for (const room of rooms) {
    for (const member of room.members) {
      const socket = io(`${baseUrl}/meetings`, { transports: ['websocket'], auth: { token: member.token, userId: member.userId }, reconnection: false, forceNew: true });
      socket.on('meeting.event', (event) => {
        const key = `${event.meetingId}:${event.sequence}`;
        const list = arrivals.get(key) ?? [];
        list.push(performance.now());
        arrivals.set(key, list);
      });
      sockets.push({ socket, room, member });
    }
  }
  await Promise.all(sockets.map(({ socket }) => new Promise((resolve, reject) => { socket.once('connect', resolve); socket.once('connect_error', reject); })));
  await Promise.all(sockets.map(({ socket, room }) => socket.timeout(30_000).emitWithAck('meeting.join', { meetingId: room.meetingId })));
  const voters = sockets.filter((s) => s.member.voter);
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000, numberOfSignificantValueDigits: 3 });
  const total = RATE * SECONDS;
  const start = performance.now() + 200;
  const pending = [];
  let failures = 0;
  for (let n = 0; n < total; n++) {
    const scheduled = start + (n * 1000) / RATE;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const { socket, room } = voters[Math.floor(Math.random() * voters.length)];
    pending.push(
      socket.timeout(30_000).emitWithAck('vote.cast', { meetingId: room.meetingId, idempotencyKey: randomUUID(), itemId: room.itemId, choice: n % 2 ? 'agree' : 'refuse', reason: 'bench' })
        .then(async (ack) => {
          if (!ack?.ok) { failures++; return; }
          const key = `${room.meetingId}:${ack.version}`;
          const deadline = performance.now() + 30_000;
          while ((arrivals.get(key)?.length ?? 0) < room.members.length && performance.now() < deadline) await new Promise((r) => setTimeout(r, 2));
          const times = arrivals.get(key) ?? [];
          if (times.length < room.members.length) { failures++; return; }
          histogram.recordValue(Math.max(1, Math.round((Math.max(...times) - scheduled) * 1000)));
        })
        .catch(() => { failures++; }),
    );
  }
  await Promise.all(pending);
  sockets.forEach(({ socket }) => socket.close());
  const ms = (p) => (histogram.getValueAtPercentile(p) / 1000).toFixed(1);
  const figures = { votes: total, failed: failures, p50_ms: Number(ms(50)), p95_ms: Number(ms(95)), p99_ms: Number(ms(99)), max_ms: Number((histogram.maxValue / 1000).toFixed(1)) };
  console.log(`${label.padEnd(8)} votes ${total}, failed ${failures}, p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms, max ${figures.max_ms} ms`);
  return figures;
}

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url);
  const oursPort = await freePort();
  const ours = await startProcess(process.execPath, [new URL('apps/api/dist/main.js', root).pathname], { NODE_ENV: 'production', DATABASE_URL: db.url, PORT: String(oursPort), HOST: '127.0.0.1', DEMO_DATA: 'off', LOG_LEVEL: 'log' }, /Convene is running/);
  const floorPort = await freePort();
  const floor = await startProcess(process.execPath, [new URL('test/bench/floor-server.mjs', root).pathname], { DATABASE_URL: db.url, PORT: String(floorPort) }, /floor ready/);
  console.log(`load: ${MEETINGS * MEMBERS} sockets, ${RATE} votes/s for ${SECONDS} s, open loop; machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`);
  results.ours = await run('convene', `http://127.0.0.1:${oursPort}`, rooms);
  results.floor = await run('floor', `http://127.0.0.1:${floorPort}`, rooms);
  ours.kill('SIGTERM');
  floor.kill('SIGTERM');
  results.ratio = Number((results.ours.p99_ms / results.floor.p99_ms).toFixed(2));
  console.log(`vote p99 ratio to floor: ${results.ratio}`);
  await mkdir(new URL('test-results/', root), { recursive: true });
  await writeFile(new URL('test-results/bench-vote-round-trip.json', root), JSON.stringify({ at: new Date().toISOString(), load: { MEETINGS, MEMBERS, RATE, SECONDS }, ...results }, null, 2));
} finally {
  await db.stop();
}
process.exit(0);
