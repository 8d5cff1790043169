#!/usr/bin/env node
// PostgreSQL restarted during a meeting. A private PostgreSQL (the machine's server is never touched) is stopped
// for a few seconds while members are in the room: every command in the outage is answered at once with
// `unavailable` (acknowledgement and command.rejected), nothing hangs, the API keeps running; once PostgreSQL is
// back the API reconnects by itself and the same commands, resent with the same keys, are recorded once.
// Nothing acknowledged before the outage is lost.
//
//   node test/faults/postgres-restart.mjs      (after `npm run build`)
// FAULT_OUTAGE_MS (4000) is how long PostgreSQL stays down.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { io } from 'socket.io-client';
import {
  FaultRun,
  health,
  Member,
  migrate,
  privatePostgres,
  seedMeetings,
  sleep,
  startApi,
  waitFor,
} from './fault-support.mjs';

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 4_000);
/** How quickly a command must be refused while the database is down. */
const ANSWER_WITHIN_MS = 3_000;
/** How long the API may take to use the database again once it is back. */
const RECOVER_WITHIN_MS = 15_000;

new FaultRun('postgres-restart', { timeLimitMs: 75_000 }).run(async (run) => {
  const postgres = await privatePostgres(run);
  const url = postgres.url('convene');
  await migrate(url);
  const [room] = await seedMeetings(url, { meetings: 1, members: 4 });
  run.say(`private PostgreSQL on 127.0.0.1:${postgres.port}`);

  const api = await startApi(run, { databaseUrl: url });
  const chair = new Member(room.chair, { label: 'chair' });
  const members = room.members.map((p, i) => new Member(p, { label: `member ${i}` }));
  const everyone = [chair, ...members];
  run.onCleanup(() => everyone.forEach((m) => m.close()));
  await Promise.all(everyone.map((m) => m.connect(api.baseUrl)));
  const joined = await Promise.all(everyone.map((m) => m.join(room.meetingId)));
  run.must(
    joined.every((a) => a.ok),
    'the chair and 4 members joined the meeting',
  );
  const { meetingId, itemId } = room;
  run.must(
    (await chair.send('meeting.start', { meetingId }))?.ok &&
      (await chair.send('voting.open', { meetingId, itemId }))?.ok,
    'the chair started the meeting and opened voting',
  );
  const before = await Promise.all(
    members.map((m, i) =>
      m.send('vote.cast', { meetingId, itemId, choice: 'agree', reason: `before the outage ${i}` }),
    ),
  );
  run.must(
    before.every((a) => a?.ok),
    'every member voted before the outage, acknowledged',
  );

  // PostgreSQL goes down (a fast shutdown, as a restart by an administrator or a failover does) while a burst of
  // votes is in flight: each is either committed and acknowledged, or refused as unavailable — never left hanging.
  let firstBurstAck;
  const firstAcked = new Promise((resolve) => (firstBurstAck = resolve));
  const inFlight = members.flatMap((m, i) =>
    Array.from({ length: 5 }, (_, v) => {
      const t = Date.now();
      return m
        .send(
          'vote.cast',
          { meetingId, itemId, choice: 'agree', reason: `in flight ${i}.${v}` },
          { timeoutMs: 10_000 },
        )
        .then((answer) => {
          if (answer?.ok) firstBurstAck();
          return { answer, ms: Date.now() - t };
        });
    }),
  );
  await Promise.race([firstAcked, sleep(2_000)]);
  const stoppedAt = Date.now();
  await postgres.stop();
  run.say(
    `PostgreSQL stopped (${Date.now() - stoppedAt} ms) with ${inFlight.length} votes in flight; commands keep coming for ${OUTAGE_MS} ms`,
  );
  const burst = await Promise.all(inFlight);
  const burstAcked = burst.filter((b) => b.answer?.ok).length;
  const burstOdd = burst.filter((b) => !b.answer?.ok && b.answer?.code !== 'unavailable');
  run.check(
    burstOdd.length === 0 && Math.max(...burst.map((b) => b.ms)) <= ANSWER_WITHIN_MS + 1_000,
    `the ${inFlight.length} votes in flight at the stop were each answered: ${burstAcked} committed, ${inFlight.length - burstAcked} unavailable (slowest ${Math.max(...burst.map((b) => b.ms))} ms)`,
    burstOdd.slice(0, 3).map((b) => b.answer ?? 'no answer'),
  );
  if (burstOdd.length > 0) run.say(`the API logged:\n${api.tail(20)}`);
  const ackedBefore = everyone.flatMap((m) =>
    [...m.commands.values()]
      .filter((c) => c.answer?.ok)
      .map((c) => ({ userId: m.userId, key: c.key, version: c.answer.version })),
  );

  const outage = []; // { member, key, ms, answer }
  const timed = async (member, name, payload) => {
    const key = randomUUID();
    const t = Date.now();
    const answer = await member.send(name, payload, { key, timeoutMs: 10_000 });
    outage.push({ member, name, key, ms: Date.now() - t, answer });
    return answer;
  };
  const healthDuring = await health(api.baseUrl, 5_000).catch((error) => ({
    status: 0,
    body: String(error),
  }));
  const joinStarted = Date.now();
  const joinDuring = await members[0]
    .join(meetingId)
    .catch((error) => ({ ok: false, code: `no answer: ${error.message}` }));
  const joinMs = Date.now() - joinStarted;
  const handshake = await newConnection(api.baseUrl, room.members[1].token);
  // A vote from every member and the chair's close, again and again until the outage is over.
  const outageEnds = stoppedAt + OUTAGE_MS;
  let rounds = 0;
  do {
    await Promise.all([
      ...members.map((m, i) =>
        timed(m, 'vote.cast', { meetingId, itemId, choice: 'refuse', reason: `during the outage ${i}` }),
      ),
      timed(chair, 'voting.close', { meetingId, itemId }),
    ]);
    rounds++;
    await sleep(400);
  } while (Date.now() < outageEnds - 300);
  const slowest = Math.max(...outage.map((o) => o.ms));
  const notUnavailable = outage.filter((o) => o.answer?.ok !== false || o.answer.code !== 'unavailable');
  run.check(
    notUnavailable.length === 0,
    `all ${outage.length} commands sent during the outage (${rounds} rounds) were answered { ok: false, code: 'unavailable' }`,
    notUnavailable.slice(0, 3).map((o) => o.answer ?? 'no answer'),
  );
  run.check(
    slowest <= ANSWER_WITHIN_MS,
    `each was answered quickly, not left hanging (slowest ${slowest} ms, limit ${ANSWER_WITHIN_MS} ms)`,
  );
  const rejectedEvents = outage.filter((o) =>
    o.member.rejections.some(
      (r) => r.idempotencyKey === o.key && r.code === 'unavailable' && r.command === o.name,
    ),
  );
  run.check(
    rejectedEvents.length === outage.length,
    'each sender also got a command.rejected event with the command, its key and `unavailable`',
    { got: rejectedEvents.length, of: outage.length },
  );
  run.check(
    joinDuring.ok === false && joinDuring.code === 'unavailable' && joinMs <= ANSWER_WITHIN_MS,
    `a rejoin during the outage is refused with unavailable (${joinMs} ms)`,
    joinDuring,
  );
  run.check(
    handshake.code === 'unavailable',
    'a new connection during the outage is refused at the handshake with unavailable, not unauthorised',
    handshake,
  );
  run.check(
    healthDuring.status === 503 && healthDuring.body?.database === 'down',
    'GET /api/health answers 503 with database down',
    healthDuring,
  );
  run.check(api.alive(), 'the API process is still running');
  run.check(
    members.every((m) => m.connected),
    'the members stayed connected to the API',
  );

  // PostgreSQL comes back on the same port; the API is not touched.
  const startedAgain = Date.now();
  await postgres.start();
  run.say(
    `PostgreSQL started again after ${((startedAgain - stoppedAt) / 1000).toFixed(1)} s down (start took ${Date.now() - startedAgain} ms)`,
  );
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  run.onCleanup(() => db.end());
  const outageKeys = outage.map((o) => o.key);
  const {
    rows: [{ n: recordedInOutage }],
  } = await db.query(`SELECT count(*)::int AS n FROM meeting_events WHERE idempotency_key = ANY($1)`, [
    outageKeys,
  ]);
  run.check(recordedInOutage === 0, 'nothing sent during the outage was recorded', { recordedInOutage });
  const { rows: kept } = await db.query(
    `SELECT actor_id AS user_id, idempotency_key, sequence::int AS version FROM meeting_events`,
  );
  const keptKeys = new Map(kept.map((r) => [`${r.user_id}/${r.idempotency_key}`, r.version]));
  const lost = ackedBefore.filter((c) => keptKeys.get(`${c.userId}/${c.key}`) !== c.version);
  run.check(
    lost.length === 0,
    `every command acknowledged before the outage is still there (${ackedBefore.length}, lost ${lost.length})`,
  );

  // The first member resends their refused vote with the same key until it is accepted: how long the API takes.
  const first = outage.find((o) => o.member === members[0] && o.name === 'vote.cast');
  let attempts = 0;
  const accepted = await waitFor(
    async () => {
      attempts++;
      const answer = await members[0].send('vote.cast', members[0].commands.get(first.key).payload, {
        key: first.key,
        timeoutMs: 5_000,
      });
      return answer?.ok ? answer : null;
    },
    'the API to accept a command once PostgreSQL is back',
    RECOVER_WITHIN_MS,
    250,
  ).catch(() => null);
  const recoveredMs = Date.now() - startedAgain;
  run.must(
    accepted,
    `the API reconnected by itself: a resent command was accepted ${recoveredMs} ms after PostgreSQL started (${attempts} attempts), no API restart`,
  );
  run.check(api.alive() && api.child.exitCode === null, 'the same API process, never restarted');
  const healthAfter = await health(api.baseUrl).catch(() => ({ status: 0 }));
  run.check(
    healthAfter.status === 200 && healthAfter.body?.database === 'up',
    'GET /api/health answers 200 with database up again',
    healthAfter,
  );

  // Every client resends what was never acknowledged, with the same keys (rule 3): each is recorded once.
  const rejoined = await Promise.all(everyone.map((m) => m.join(meetingId)));
  run.check(
    rejoined.every((a) => a.ok),
    'everyone rejoined and got a fresh snapshot',
    rejoined.find((a) => !a.ok),
  );
  const resendStarted = Date.now();
  await Promise.all(members.map((m) => m.resendUnacknowledged({ timeoutMs: 10_000 })));
  await chair.resendUnacknowledged({ timeoutMs: 10_000 }); // the chair closes the vote last, as a chair would
  const unaccepted = everyone.flatMap((m) =>
    [...m.commands.values()].filter(
      (c) => !c.answer?.ok && !(c.name === 'voting.close' && c.answer?.code === 'wrong_state'),
    ),
  );
  run.check(
    unaccepted.length === 0,
    `every command refused in the outage was accepted when resent with its key (${outage.length + inFlight.length - burstAcked} in ${Date.now() - resendStarted} ms)`,
    unaccepted.slice(0, 3).map((c) => c.answer),
  );
  const {
    rows: [counts],
  } = await db.query(
    `SELECT (SELECT count(*)::int FROM meeting_events WHERE idempotency_key = ANY($1)) AS receipts,
            (SELECT count(*)::int FROM votes WHERE agenda_item_id = $2) AS votes,
            (SELECT count(*)::int FROM (SELECT DISTINCT voter_id FROM votes WHERE agenda_item_id = $2) v) AS voters,
            (SELECT sequence::int FROM meetings WHERE id = $3) AS sequence,
            (SELECT count(*)::int FROM meeting_events WHERE meeting_id = $3) AS events`,
    [outageKeys, itemId, meetingId],
  );
  const outageVotes = outage.filter((o) => o.name === 'vote.cast').length;
  // The first voting.close resent closes the vote; later ones are answered wrong_state (voting is not open) and record nothing.
  const closed = outage.filter(
    (o) => o.name === 'voting.close' && chair.commands.get(o.key).answer?.ok,
  ).length;
  run.check(
    closed === 1,
    "of the chair's resent closes, exactly one closed the vote; the rest were refused as wrong_state",
  );
  run.check(
    counts.receipts === outageVotes + closed &&
      counts.votes === members.length + inFlight.length + outageVotes &&
      counts.voters === members.length &&
      counts.events === counts.sequence,
    `each command recorded exactly once: ${members.length} + ${inFlight.length} + ${outageVotes} votes and 1 close; ${counts.votes} vote rows, ${counts.voters} members with a current vote; events numbered 1…${counts.sequence}`,
    counts,
  );
  const seenByOthers = await waitFor(
    () => members[3].events.find((e) => e.type === 'voting.closed'),
    'voting.closed at another member',
    5_000,
  ).catch(() => null);
  run.check(
    Boolean(seenByOthers),
    'events are broadcast again after the outage (another member received voting.closed)',
  );
  const fresh = await newConnection(api.baseUrl, room.members[1].token);
  run.check(fresh.code === 'connected', 'a new connection is accepted again', fresh);

  run.say(
    `figures: PostgreSQL down ${((startedAgain - stoppedAt) / 1000).toFixed(1)} s; ${inFlight.length} votes in flight at the stop (${burstAcked} committed, ` +
      `${inFlight.length - burstAcked} unavailable); ${outage.length} commands in the outage, all unavailable, ` +
      `slowest answer ${slowest} ms; commands accepted again ${recoveredMs} ms after PostgreSQL started; lost ${lost.length}; API restarts 0`,
  );
});

/** Opens a fresh socket and reports how the handshake ended: 'connected', or the refusal's code. */
async function newConnection(baseUrl, token) {
  const socket = io(`${baseUrl}/meetings`, {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
  });
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ code: 'no answer within 5 s' }), 5_000);
      socket.once('connect', () => (clearTimeout(timer), resolve({ code: 'connected' })));
      socket.once(
        'connect_error',
        (error) => (clearTimeout(timer), resolve({ code: error.data?.code ?? error.message })),
      );
    });
  } finally {
    socket.close();
  }
}
