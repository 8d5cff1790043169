#!/usr/bin/env node
// Property-based fuzzing of the running API, outside CI: every REST write route and every socket command gets
// generated payloads (test/fuzz/payloads.mjs) with the fields its DTO validates (test/fuzz/targets.mjs), from demo
// users of several roles.
//   npm run fuzz                       (100,000 payloads per route and per command: hours)
//   npm run fuzz -- --per-target 200   (a quick run)
// Options: --per-target N, --seed N, --concurrency N (REST requests in flight), --sockets N (socket connections, each
// with one command in flight), --batch N (payloads between two row counts), --targets REGEX (only the targets whose
// name matches, e.g. 'socket vote' or '^POST /api/cases'), --minutes N (begin no target after N minutes: the one under
// way finishes), --resume FILE (each finished target is appended to FILE;
// a run given the same FILE skips the targets it holds and prints the figures of all of them: a long run split over
// sessions).
// The API it starts has its rate limits raised out of reach: they are tested elsewhere
// (apps/api/test/person-rate-limits.test.ts), and here a refusal for speed would hide the answer to the payload.
// DATABASE_URL: a fresh database is made beside it and dropped at the end; without it an embedded PostgreSQL runs.
// Prints responses by status or ack code, 5xx and internal errors (goal 0), and rows written by refused payloads (goal
// 0): the row count of every table but the sessions' and sign-in attempts' is taken between batches of payloads, and
// what changed in a batch whose every payload was refused was written by refused payloads.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { generate } from 'otplib';
import pg from 'pg';
import { io } from 'socket.io-client';
import { database, machine, machineLoad, startApi } from '../bench/bench-support.mjs';
import { batchOf, pathIds, payloadFor, realIds } from './payloads.mjs';
import { FIELD_NAMES, fuzzTargets } from './targets.mjs';

const args = process.argv.slice(2);
const text = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const option = (name, fallback) => (text(name) === undefined ? fallback : Number(text(name)));
const RESUME = text('resume');
const earlier =
  RESUME && existsSync(RESUME)
    ? readFileSync(RESUME, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line))
    : [];
const PER_TARGET = option('per-target', earlier[0]?.perTarget ?? 100_000);
const SEED = option('seed', earlier[0]?.seed ?? Date.now() % 2 ** 31);
if (earlier.some((r) => r.seed !== SEED || r.perTarget !== PER_TARGET))
  throw new Error(`${RESUME} holds targets of another seed or count: give it the same ones, or another file`);
const CONCURRENCY = option('concurrency', 8);
const SOCKETS = option('sockets', 12);
const BATCH = option('batch', 250);
const MINUTES = option('minutes', Infinity);
const ONLY = text('targets') === undefined ? null : new RegExp(text('targets'), 'i');
const MAX_SOCKET_PAYLOAD_BYTES = 64 * 1024;
const OUT_OF_REACH = {
  RATE_LIMIT_COMMANDS_PER_SECOND: '1000000',
  RATE_LIMIT_CONNECTIONS_PER_PERSON: '100000',
  RATE_LIMIT_NEW_CONNECTIONS_PER_MINUTE: '1000000',
  RATE_LIMIT_REQUESTS_PER_MINUTE: '1000000000',
};
const dist = (path) => import(new URL(`../../apps/api/dist/${path}`, import.meta.url).href);
const { DEMO_PASSWORD, DEMO_TWO_STEP_SECRET } = await dist('demo/demo-council-loader.js');

const add = (into, from) => {
  for (const [key, n] of Object.entries(from)) into[key] = (into[key] ?? 0) + n;
  return into;
};

// ------------------------------------------------------------------------------------------- the API

const db = await database();
// The notification timers and delivery off: they write rows between batches that no payload wrote.
const started = await startApi(db.url, {
  env: { DEMO_DATA: 'auto', NOTIFICATION_WORKERS: 'off', ...OUT_OF_REACH },
});
// The API logs each refusal: read past its output, without keeping it, once it is up.
for (const stream of [started.child.stdout, started.child.stderr]) {
  stream.removeAllListeners('data');
  stream.resume();
}
// Stopped early (Ctrl-C): the API and the fuzzer's database go too; the targets finished are in --resume's file.
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
const sessionStarted = Date.now();
console.log(
  `fuzzing ${base}, seed ${SEED}, ${PER_TARGET} payloads per target, ${machine()}, load ${machineLoad()}, ${new Date().toISOString()}`,
);

/** Signs in as one demo user; the demo administrator in two steps, with the demo's published authenticator secret. */
async function signIn(email) {
  const attempt = (code) =>
    fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD, code }),
    });
  let response = await attempt();
  if (response.status === 401 && (await response.json()).code === 'two_step_code_required')
    response = await attempt(await generate({ secret: DEMO_TWO_STEP_SECRET }));
  if (response.status !== 200) throw new Error(`sign-in as ${email}: ${response.status}`);
  return response.headers
    .getSetCookie()
    .find((c) => c.startsWith('convene_session='))
    .split(';')[0];
}

/** (Re)connects a socket; rejects, stopping the run, if the server refuses it or does not answer in 10 s. */
const connect = (socket) =>
  new Promise((resolve, reject) => {
    if (socket.connected) return resolve();
    const settle = (error) => {
      clearTimeout(timer);
      socket.off('connect', settle).off('connect_error', settle);
      if (error) reject(new Error(`a socket could not connect: ${error.message}`));
      else resolve();
    };
    const timer = setTimeout(() => settle(new Error('no answer in 10 s')), 10_000);
    socket.on('connect', settle).on('connect_error', settle);
    socket.connect();
  });

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
  }))
    users[role] = { email, cookie: await signIn(email) };
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
  const routeIds = pathIds(SEED);

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
  /** Rows changed between two counts, in all and by table (added to `byTable` when given). */
  const changed = (before, after, byTable) =>
    Object.keys(after).reduce((sum, t) => {
      const n = Math.abs(after[t] - (before[t] ?? 0));
      if (n && byTable) byTable[t] = (byTable[t] ?? 0) + n;
      return sum + n;
    }, 0);

  /** The result of the target being fuzzed, for the sockets dropped that nobody asked to drop. */
  let current = null;
  /**
   * Sends a target's payloads in batches through `send(payload, lane, n, result)`, which answers 'accepted',
   * 'refused', 'server_error' or 'no_answer' (a timeout) and counts the answer in `result.responses`. Rows are
   * counted between batches: a batch with an accepted or unanswered payload is not counted as refused.
   */
  async function fuzzTarget(target, index, send, lanes) {
    const result = (current = {
      target: target.name,
      seed: SEED,
      perTarget: PER_TARGET,
      sent: 0,
      accepted: 0,
      responses: {},
      serverErrors: 0,
      serverErrorSamples: [],
      timeouts: 0,
      timeoutSamples: [],
      rateLimited: 0,
      unexpectedDisconnects: 0,
      rowsWrittenByRefused: 0,
      tablesWrittenByRefused: {},
      payloadsInRefusedBatches: 0,
      rowsChangedBesideAccepted: 0,
      seconds: 0,
      finishedAt: '',
    });
    const began = performance.now();
    const arbitrary = payloadFor(target.fields, FIELD_NAMES);
    let before = await rowCounts();
    for (let batch = 0; batch * BATCH < PER_TARGET; batch++) {
      const samples = batchOf(arbitrary, {
        seed: SEED,
        target: index,
        batch,
        size: Math.min(BATCH, PER_TARGET - batch * BATCH),
      });
      let accepted = 0;
      let unanswered = 0;
      const unreachableBefore = result.responses['network error'] ?? 0;
      let next = 0;
      const sample = (into, i) => {
        if (into.length < 5)
          into.push(`#${batch * BATCH + i} ${String(JSON.stringify(samples[i])).slice(0, 300)}`);
      };
      await Promise.all(
        lanes.map(async (lane) => {
          while (next < samples.length) {
            const i = next++;
            const outcome = await send(samples[i], lane, batch * BATCH + i, result);
            result.sent += 1;
            if (outcome === 'accepted') accepted += 1;
            else if (outcome === 'server_error') {
              result.serverErrors += 1;
              sample(result.serverErrorSamples, i);
            } else if (outcome === 'no_answer') {
              unanswered += 1;
              sample(result.timeoutSamples, i);
            }
          }
        }),
      );
      // The API gone (killed, crashed): nothing after this says anything about the payloads, so the run stops and
      // this target is not kept as finished.
      if ((result.responses['network error'] ?? 0) - unreachableBefore === samples.length)
        throw new Error(`the API stopped answering during ${target.name}: run it again`);
      const after = await rowCounts();
      if (accepted === 0 && unanswered === 0) {
        result.rowsWrittenByRefused += changed(before, after, result.tablesWrittenByRefused);
        result.payloadsInRefusedBatches += samples.length;
      } else result.rowsChangedBesideAccepted += changed(before, after);
      result.accepted += accepted;
      before = after;
      if (result.sent % 10_000 < BATCH && result.sent < PER_TARGET)
        console.log(
          `  ${target.name}: ${result.sent}/${PER_TARGET}, ${(result.sent / ((performance.now() - began) / 1000)).toFixed(0)}/s`,
        );
    }
    result.seconds = Math.round((performance.now() - began) / 1000);
    result.finishedAt = new Date().toISOString();
    console.log(
      `${target.name}: ${result.sent} payloads in ${result.seconds} s (${(result.sent / Math.max(result.seconds, 1)).toFixed(0)}/s), ` +
        `${result.accepted} accepted, ${result.serverErrors} 5xx/internal_error, ${result.rowsWrittenByRefused} rows written by refused payloads ` +
        `(${result.payloadsInRefusedBatches} payloads in batches all refused), ${result.rowsChangedBesideAccepted} rows changed in batches with accepted or unanswered ones; ` +
        `responses ${JSON.stringify(result.responses)}`,
    );
    if (result.rowsWrittenByRefused)
      console.log(
        `  tables written in batches all refused: ${JSON.stringify(result.tablesWrittenByRefused)}`,
      );
    for (const payload of result.serverErrorSamples) console.log(`  server error on payload ${payload}`);
    for (const payload of result.timeoutSamples) console.log(`  no answer to payload ${payload}`);
    if (RESUME) appendFileSync(RESUME, `${JSON.stringify(result)}\n`);
    return result;
  }

  const roles = Object.keys(users);
  /** A REST write: as each role in turn, with real, made-up and nasty ids in the path. */
  const sendRest = (target) => async (payload, _lane, n, result) => {
    const count = (key) => (result.responses[key] = (result.responses[key] ?? 0) + 1);
    const role = roles[n % roles.length];
    const path = target.path.replace(/:[A-Za-z]+/g, () =>
      encodeURIComponent(String(routeIds[(n * 7 + 3) % routeIds.length])),
    );
    const body = payload === undefined ? undefined : JSON.stringify(payload);
    try {
      const response = await fetch(`${base}${path}`, {
        method: target.method,
        headers: {
          cookie: users[role].cookie,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body,
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      count(String(response.status));
      if (response.status === 429) result.rateLimited += 1;
      if (response.status >= 500) return 'server_error';
      return response.status < 300 ? 'accepted' : 'refused';
    } catch (error) {
      if (error.name !== 'TimeoutError') {
        count('network error');
        return 'refused';
      }
      result.timeouts += 1;
      count('timeout');
      return 'no_answer';
    }
  };

  // Socket connections: members of the demo meetings (chair, DCO, members, observer, presenter) in turn.
  const socketRoles = ['chair', 'dco', 'panel_member', 'health_team_rep', 'observer', 'presenter'];
  const seats = [];
  for (let i = 0; i < SOCKETS; i++) {
    const seat = {
      socket: io(`${base}/meetings`, {
        transports: ['websocket'],
        extraHeaders: { cookie: users[socketRoles[i % socketRoles.length]].cookie },
        forceNew: true,
        autoConnect: false,
        reconnection: false,
      }),
      closing: false,
    };
    seat.socket.on('disconnect', () => {
      if (!seat.closing && current) current.unexpectedDisconnects += 1;
    });
    await connect(seat.socket);
    seats.push(seat);
  }
  /** A socket command: a real meeting's id in seven payloads in ten that are objects, so its own checks are reached. */
  const sendCommand = (target) => async (payload, seat, n, result) => {
    const count = (key) => (result.responses[key] = (result.responses[key] ?? 0) + 1);
    if (!seat.socket.connected) await connect(seat.socket);
    const sent =
      payload && typeof payload === 'object' && !Array.isArray(payload) && n % 10 < 7
        ? { ...payload, meetingId: meetingIds[(n * 13) % meetingIds.length] }
        : payload;
    // The frame the server limits is the whole message: the packet types, the namespace, the ack id (the client's
    // next one) and the event's name, with the payload.
    const frame = `42/meetings,${seat.socket.ids ?? 0}${JSON.stringify([target.command, sent])}`;
    const oversized = Buffer.byteLength(frame) > MAX_SOCKET_PAYLOAD_BYTES;
    // Over the limit, the server drops the connection, which must not take anything else down.
    seat.closing = oversized;
    let onDisconnect;
    const dropped = new Promise((resolve) => (onDisconnect = () => resolve({ dropped: true })));
    seat.socket.once('disconnect', onDisconnect);
    const answer = await Promise.race([
      seat.socket
        .timeout(10_000)
        .emitWithAck(target.command, sent)
        .then(
          (ack) => ({ ack }),
          () => ({ timedOut: true }),
        ),
      dropped,
    ]);
    seat.socket.off('disconnect', onDisconnect);
    seat.closing = false;
    if (answer.dropped) {
      if (!seat.socket.connected) await connect(seat.socket);
      count(oversized ? 'socket closed (oversized)' : 'socket dropped');
      return oversized ? 'refused' : 'no_answer';
    }
    if (answer.timedOut) {
      result.timeouts += 1;
      count(oversized ? 'oversized, not closed in 10 s' : 'timeout');
      return 'no_answer';
    }
    const { ack } = answer;
    if (oversized) count('oversized, answered');
    if (ack?.ok) {
      count('ack ok');
      return 'accepted';
    }
    count(`ack ${ack?.code ?? 'without a code'}`);
    if (ack?.code === 'rate_limited') result.rateLimited += 1;
    return ack?.code === 'internal_error' ? 'server_error' : 'refused';
  };

  // ------------------------------------------------------------------------------------------- the targets

  const targets = await fuzzTargets(base);
  const done = new Set(earlier.map((r) => r.target));
  const chosen = targets.filter((t) => (!ONLY || ONLY.test(t.name)) && !done.has(t.name));
  console.log(
    `${targets.length} targets (${targets.filter((t) => t.kind === 'rest').length} REST write routes, ` +
      `${targets.filter((t) => t.kind === 'socket').length} socket commands); ${done.size} done in earlier sessions; ${chosen.length} now`,
  );
  const results = [...earlier];
  for (const target of targets) {
    if (!chosen.includes(target)) continue;
    if (Date.now() - sessionStarted > MINUTES * 60_000) {
      console.log(`${MINUTES} minutes gone: no more targets this session`);
      break;
    }
    const rest = target.kind === 'rest';
    results.push(
      await fuzzTarget(
        target,
        targets.indexOf(target),
        rest ? sendRest(target) : sendCommand(target),
        rest ? Array.from({ length: CONCURRENCY }, (_, i) => i) : seats,
      ),
    );
    current = null;
  }
  for (const seat of seats) {
    seat.closing = true;
    seat.socket.close();
  }

  // ------------------------------------------------------------------------------------------- figures

  const sum = (key) => results.reduce((total, r) => total + r[key], 0);
  const complete = results.filter((r) => r.sent === PER_TARGET);
  const missing = targets.filter((t) => !results.some((r) => r.target === t.name));
  const kindOf = (name) => (name.startsWith('socket ') ? 'socket' : 'rest');
  console.log('\n--- figures');
  console.log(
    `seed ${SEED}; ${complete.length} of ${targets.length} targets with all ${PER_TARGET} payloads ` +
      `(${complete.filter((r) => kindOf(r.target) === 'rest').length} REST, ${complete.filter((r) => kindOf(r.target) === 'socket').length} socket); ` +
      `${sum('sent')} payloads sent; this session ${results.length - earlier.length} targets in ${Math.round((Date.now() - sessionStarted) / 1000)} s` +
      (earlier.length ? `, ${earlier.length} in earlier sessions (${RESUME})` : ''),
  );
  for (const kind of ['rest', 'socket']) {
    const of = results.filter((r) => kindOf(r.target) === kind);
    const seconds = of.reduce((t, r) => t + r.seconds, 0);
    const sent = of.reduce((t, r) => t + r.sent, 0);
    if (of.length)
      console.log(
        `${kind === 'rest' ? 'REST' : 'socket'}: ${sent} payloads in ${seconds} s (${(sent / Math.max(seconds, 1)).toFixed(0)}/s)`,
      );
  }
  console.log(`responses: ${JSON.stringify(results.reduce((all, r) => add(all, r.responses), {}))}`);
  console.log(`5xx or internal_error: ${sum('serverErrors')} (goal 0)`);
  console.log(
    `rows written by refused payloads: ${sum('rowsWrittenByRefused')} (goal 0), counted over ${sum('payloadsInRefusedBatches')} payloads ` +
      `in batches of ${BATCH} whose every payload was refused; ${sum('rowsChangedBesideAccepted')} rows changed in batches with accepted or unanswered payloads`,
  );
  console.log(
    `timeouts: ${sum('timeouts')}; rate limited: ${sum('rateLimited')}; sockets dropped other than for an oversized payload: ${sum('unexpectedDisconnects')}`,
  );
  const accepting = results.filter((r) => r.accepted > 0);
  console.log(
    `targets that accepted some payloads: ${accepting.map((r) => `${r.target} (${r.accepted})`).join(', ') || 'none'}`,
  );
  if (missing.length) console.log(`targets not fuzzed yet: ${missing.map((t) => t.name).join(', ')}`);
  process.exitCode = sum('serverErrors') || sum('rowsWrittenByRefused') ? 1 : 0;
} finally {
  await client.end();
  await started.child.stop();
  await db.stop();
}
