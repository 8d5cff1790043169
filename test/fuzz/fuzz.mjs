#!/usr/bin/env node
// Property-based fuzzing of the running API, outside CI: every REST write route and every socket command gets
// generated payloads (wrong types, huge strings, deep nesting, unicode and lone surrogates, prototype keys, missing
// and unknown fields, real and made-up ids), from demo users of several roles.
//   npm run fuzz                       (100,000 payloads per route and per command: hours)
//   npm run fuzz -- --per-target 200   (a quick run)
// Options: --per-target N, --seed N, --concurrency N (REST requests in flight), --sockets N (socket connections per
// user: the server allows each about 10 commands a second, so the fuzzer paces each connection below that).
// DATABASE_URL: a fresh database is made beside it and dropped at the end; without it an embedded PostgreSQL runs.
// Prints responses by status class, 5xx (goal 0), and rows written by targets whose every payload was refused
// (goal 0): the row count of every table but the sessions', and the audit trail, before and after each target.
import fc from 'fast-check';
import pg from 'pg';
import { io } from 'socket.io-client';
import { database, root, startApi } from '../bench/bench-support.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const PER_TARGET = option('per-target', 100_000);
const SEED = option('seed', Date.now() % 2 ** 31);
const CONCURRENCY = option('concurrency', 8);
const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;
const SOCKETS = option('sockets', 20);
const SOCKET_RATE = 9; // commands a second per connection, under the server's 10
const dist = (path) => import(new URL(`apps/api/dist/${path}`, root).href);

const { AUTHORIZATION_MATRIX } = await dist('identity/authorization-matrix.js');
const { COMMAND_REGISTRY } = await dist('meetings/engine/command-registry.js');
const { MEETING_COMMANDS } = await import('@convene/contracts');
// class-validator keeps its metadata on the global object: the DTOs the dist modules declared are all here.
const { getMetadataStorage } = await import('class-validator');

// ------------------------------------------------------------------------------------------- payloads

/** The properties a DTO class validates, read from class-validator's metadata. */
function fieldsOf(dto) {
  const storage = getMetadataStorage();
  return Object.keys(
    storage.groupByPropertyName(storage.getTargetValidationMetadatas(dto, undefined, false, false)),
  );
}

const FIELD_NAMES = [
  ...new Set([
    ...Object.values(COMMAND_REGISTRY).flatMap((c) => fieldsOf(c.dto)),
    'meetingId',
    'idempotencyKey',
    'requestId',
    'kind',
    'summary',
    'note',
    'reason',
    'email',
    'password',
    'roles',
    'title',
    'teamIds',
  ]),
];

const A_UUID = '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f';
/** Ids the fuzzer has found in the demo council (a meeting, a case, a request…), filled in before the run. */
const realIds = [];

const hugeString = fc
  .tuple(
    fc.constantFrom('x', 'é', '𝒳', '\u0000', '=', ' ', '\uD800'),
    fc.integer({ min: 1_000, max: 200_000 }),
  )
  .map(([c, n]) => c.repeat(n));
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }), // lone surrogates
  fc.constantFrom('', ' ', '\u0000', '=cmd|calc', '＝SUM(A1)', '../../etc/passwd', "'; DROP TABLE users; --"),
  fc.constantFrom('__proto__', 'constructor', 'prototype'),
  fc.constantFrom('2026-02-30', '2026-13-01', '9999-12-31', '0000-00-00', '2026-11-24T25:00:00Z'),
  fc.uuid(),
  fc.constant(A_UUID),
  fc.constant(null).map(() => realIds[Math.floor(Math.random() * realIds.length)] ?? A_UUID),
);
const deep = fc.integer({ min: 10, max: 1_500 }).map((depth) => {
  let value = {};
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
});
const anyValue = fc.oneof(
  { weight: 12, arbitrary: nasty },
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: false }) },
  { weight: 3, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null)) },
  { weight: 2, arbitrary: fc.array(nasty, { maxLength: 50 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => Array(n).fill(A_UUID)) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: deep },
);
/** A body: mostly objects with the target's own fields (some missing, some wrong), sometimes not an object at all. */
const payloadFor = (fields) =>
  fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .record(Object.fromEntries(fields.map((f) => [f, anyValue])), { requiredKeys: [] })
        .chain((known) =>
          fc
            .dictionary(
              fc.oneof(fc.constantFrom(...FIELD_NAMES, '__proto__', 'constructor'), fc.string()),
              anyValue,
              {
                maxKeys: 3,
              },
            )
            .map((extra) => ({ ...known, ...(Math.random() < 0.3 ? extra : {}) })),
        ),
    },
    { weight: 1, arbitrary: anyValue },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );

// ------------------------------------------------------------------------------------------- figures

const figures = {
  sent: 0,
  byClass: {},
  serverErrors: [],
  timeouts: 0,
  timeoutsByTarget: {},
  rateLimited: 0,
  acceptedByTarget: {},
  writesByRefusedTargets: {},
  targets: 0,
};
const count = (key) => (figures.byClass[key] = (figures.byClass[key] ?? 0) + 1);
const serverError = (target, detail, payload) => {
  if (figures.serverErrors.length < 20)
    figures.serverErrors.push({ target, detail, payload: String(JSON.stringify(payload)).slice(0, 300) });
  else figures.serverErrors.push({ target });
};

// ------------------------------------------------------------------------------------------- the run

const db = await database();
const started = await startApi(db.url, { env: { DEMO_DATA: 'auto' } });
// The API logs each refusal: read past its output, without keeping it, once it is up.
for (const stream of [started.child.stdout, started.child.stderr]) {
  stream.removeAllListeners('data');
  stream.resume();
}
// Stopped early (Ctrl-C): the API and the fuzzer's database go too.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void started.child
      .stop()
      .then(() => db.stop())
      .finally(() => process.exit(130));
  });
const client = new pg.Client({ connectionString: db.url });
await client.connect();
const base = started.baseUrl;
console.log(`fuzzing ${base}, seed ${SEED}, ${PER_TARGET} payloads per target`);

try {
  const users = {};
  for (const [role, email] of Object.entries({
    admin: 'admin@fernshire.example',
    chair: 'chair@fernshire.example',
    presenter: 'presenter@fernshire.example',
    dco: 'dco@fernshire.example',
    health_team_rep: 'health.team.rep@fernshire.example',
    panel_member: 'panel.member@fernshire.example',
    qa_reviewer: 'qa.reviewer@fernshire.example',
    observer: 'observer@fernshire.example',
  })) {
    const response = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'convene-demo' }),
    });
    if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status}`);
    const cookie = response.headers
      .getSetCookie()
      .find((c) => c.startsWith('convene_session='))
      .split(';')[0];
    users[role] = { email, cookie };
  }
  const get = async (path, role = 'admin') =>
    (await fetch(`${base}${path}`, { headers: { cookie: users[role].cookie } })).json();
  const meetings = await get('/api/meetings', 'chair');
  const gateway = await get('/api/meetings', 'dco');
  const meetingIds = [...meetings, ...gateway].map((m) => m.id);
  const cases = await get('/api/cases?pageSize=50');
  const caseIds = (cases.items ?? cases).map((c) => c.id ?? c.childId).filter(Boolean);
  realIds.push(...meetingIds, ...caseIds);
  const [{ ids: requestIds }] = (
    await client.query(`SELECT array_agg(id::text) AS ids FROM (SELECT id FROM ehc_requests LIMIT 50) r`)
  ).rows;
  realIds.push(...(requestIds ?? []));

  const tables = (
    await client.query(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('sessions', 'sign_in_attempts', 'migrations')`,
    )
  ).rows.map((r) => r.tablename);
  const rowCounts = async () => {
    const { rows } = await client.query(
      tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.t, r.n]));
  };
  const changed = (before, after) =>
    Object.keys(after).reduce((sum, t) => sum + Math.abs(after[t] - (before[t] ?? 0)), 0);

  /** Runs one target's payloads through `send`, which answers 'accepted', 'refused' or 'server_error'. */
  async function fuzzTarget(name, fields, send, concurrency) {
    const before = await rowCounts();
    const samples = fc.sample(payloadFor(fields), { numRuns: PER_TARGET, seed: SEED + figures.targets });
    figures.targets += 1;
    let accepted = 0;
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, lane) => {
        while (next < samples.length) {
          const payload = samples[next++];
          const outcome = await send(payload, lane);
          figures.sent += 1;
          if (outcome === 'accepted') accepted += 1;
        }
      }),
    );
    const writes = changed(before, await rowCounts());
    figures.acceptedByTarget[name] = accepted;
    if (accepted === 0) figures.writesByRefusedTargets[name] = writes;
    process.stdout.write(
      `${name}: ${samples.length} payloads, ${accepted} accepted, ${writes} rows changed${accepted ? ' (with accepted payloads)' : ''}\n`,
    );
  }

  // REST: every write route in the authorization matrix but sign-in and sign-out, as several roles in turn.
  const roles = Object.keys(users);
  const writeRoutes = AUTHORIZATION_MATRIX.filter(
    (row) => row.method !== 'GET' && !row.path.startsWith('/api/auth/'),
  );
  const pathIds = fc.sample(
    fc.oneof(
      fc.constantFrom(...realIds),
      fc.uuid(),
      nasty.filter((s) => typeof s === 'string' && s.length < 200),
    ),
    { numRuns: 1000, seed: SEED },
  );
  for (const row of writeRoutes) {
    let n = 0;
    await fuzzTarget(
      `${row.method} ${row.path}`,
      FIELD_NAMES,
      async (payload) => {
        n += 1;
        const role = roles[n % roles.length];
        const path = row.path.replace(/:[A-Za-z]+/g, () =>
          encodeURIComponent(String(pathIds[(n * 7 + 3) % pathIds.length])),
        );
        const body = payload === undefined ? undefined : JSON.stringify(payload);
        try {
          const response = await fetch(`${base}${path}`, {
            method: row.method,
            headers: {
              cookie: users[role].cookie,
              ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body,
            signal: AbortSignal.timeout(30_000),
          });
          await response.arrayBuffer();
          count(`${Math.floor(response.status / 100)}xx`);
          if (response.status >= 500) {
            serverError(`${row.method} ${row.path}`, response.status, payload);
            return 'server_error';
          }
          return response.status < 300 ? 'accepted' : 'refused';
        } catch (error) {
          if (error.name === 'TimeoutError') figures.timeouts += 1;
          else count('network_error');
          return 'refused';
        }
      },
      CONCURRENCY,
    );
  }

  // Sockets: every command, from members of the demo meetings (chair, DCO, members, observer), paced per connection.
  const socketRoles = ['chair', 'dco', 'panel_member', 'health_team_rep', 'observer', 'presenter'];
  const sockets = [];
  for (const role of socketRoles)
    for (let i = 0; i < Math.ceil(SOCKETS / socketRoles.length); i++) {
      const socket = io(`${base}/meetings`, {
        transports: ['websocket'],
        extraHeaders: { cookie: users[role].cookie },
        forceNew: true,
      });
      await new Promise((resolve) => {
        socket.once('connect', resolve);
        socket.once('connect_error', resolve);
      });
      sockets.push({ socket, lastSent: 0 });
    }
  const commands = ['meeting.join', ...MEETING_COMMANDS];
  for (const name of commands) {
    const fields = name === 'meeting.join' ? ['meetingId'] : fieldsOf(COMMAND_REGISTRY[name].dto);
    await fuzzTarget(
      `socket ${name}`,
      fields,
      async (payload, lane) => {
        const seat = sockets[lane];
        const wait = seat.lastSent + 1000 / SOCKET_RATE - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        seat.lastSent = Date.now();
        if (!seat.socket.connected) {
          seat.socket.connect();
          await new Promise((r) => setTimeout(r, 200));
        }
        // Most payloads name a real meeting, so the command's own checks are reached.
        const sent =
          payload && typeof payload === 'object' && !Array.isArray(payload) && Math.random() < 0.7
            ? { ...payload, meetingId: meetingIds[Math.floor(Math.random() * meetingIds.length)] }
            : payload;
        let size;
        try {
          size = Buffer.byteLength(JSON.stringify(sent) ?? '');
        } catch {
          size = Infinity;
        }
        if (size > MAX_SOCKET_PAYLOAD_BYTES) {
          // Over the server's frame limit: it drops the connection, which must not take anything else down.
          const closed = new Promise((r) => seat.socket.once('disconnect', r));
          seat.socket.emit(name, sent);
          await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
          count('socket closed (oversized)');
          if (!seat.socket.connected) {
            seat.socket.connect();
            await new Promise((r) => seat.socket.once('connect', r));
          }
          return 'refused';
        }
        try {
          const ack = await seat.socket.timeout(10_000).emitWithAck(name, sent);
          if (ack?.ok) {
            count('ack ok');
            return 'accepted';
          }
          if (ack?.code === 'internal_error') {
            count('ack internal_error');
            serverError(`socket ${name}`, ack.message, sent);
            return 'server_error';
          }
          if (ack?.code === 'rate_limited') figures.rateLimited += 1;
          count('ack refused');
          return 'refused';
        } catch {
          figures.timeouts += 1;
          figures.timeoutsByTarget[`socket ${name}`] = (figures.timeoutsByTarget[`socket ${name}`] ?? 0) + 1;
          return 'refused';
        }
      },
      sockets.length,
    );
  }
  for (const { socket } of sockets) socket.close();

  const serverErrors = figures.serverErrors.length;
  const writes = Object.values(figures.writesByRefusedTargets).reduce((a, b) => a + b, 0);
  console.log('\n--- figures');
  console.log(
    `seed ${SEED}; ${figures.targets} targets; ${figures.sent} payloads sent (${PER_TARGET} per target)`,
  );
  console.log(`responses: ${JSON.stringify(figures.byClass)}`);
  console.log(`5xx or internal_error: ${serverErrors} (goal 0)`);
  console.log(
    `timeouts: ${figures.timeouts} ${JSON.stringify(figures.timeoutsByTarget)}; rate limited: ${figures.rateLimited}`,
  );
  console.log(
    `rows changed by targets whose every payload was refused: ${writes} (goal 0) over ${Object.keys(figures.writesByRefusedTargets).length} targets`,
  );
  const accepting = Object.entries(figures.acceptedByTarget).filter(([, n]) => n > 0);
  console.log(
    `targets that accepted some payloads: ${accepting.map(([t, n]) => `${t} (${n})`).join(', ') || 'none'}`,
  );
  for (const e of figures.serverErrors.slice(0, 20)) console.log('server error:', JSON.stringify(e));
  process.exitCode = serverErrors || writes ? 1 : 0;
} finally {
  await client.end();
  await started.child.stop();
  await db.stop();
}
