#!/usr/bin/env node
// Redis killed and restarted during a meeting held across two API nodes. A private redis-server (the machine's
// is never touched) shares the rooms; members are on both nodes. While Redis is down the nodes keep running and
// commands are still committed to PostgreSQL and acknowledged; once Redis is back the nodes reconnect by
// themselves and events cross between them again; a rejoin gives every member the committed state.
//
//   node test/faults/redis-restart.mjs      (after `npm run build`; DATABASE_URL optional)
// FAULT_OUTAGE_MS (4000) is how long Redis stays down.
import pg from 'pg';
import {
  FaultRun,
  health,
  Member,
  privateRedis,
  scratchDatabase,
  seedMeetings,
  sequenceGaps,
  sleep,
  startApi,
  waitFor,
} from './fault-support.mjs';

const OUTAGE_MS = Number(process.env.FAULT_OUTAGE_MS ?? 4_000);
/** How long the nodes may take to share rooms again once Redis is back. */
const RECOVER_WITHIN_MS = 20_000;

new FaultRun('redis-restart', { timeLimitMs: 75_000 }).run(async (run) => {
  const redis = await privateRedis(run);
  const url = await scratchDatabase(run);
  const [room] = await seedMeetings(url, { meetings: 1, members: 4 });
  const { meetingId, itemId } = room;
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  run.onCleanup(() => db.end());
  run.say(`private Redis on 127.0.0.1:${redis.port}`);

  const [a, b] = await Promise.all([
    startApi(run, { databaseUrl: url, redisUrl: redis.url, name: 'node A' }),
    startApi(run, { databaseUrl: url, redisUrl: redis.url, name: 'node B' }),
  ]);
  const chair = new Member(room.chair, { label: 'chair on A' });
  const onA = room.members.slice(0, 2).map((p, i) => new Member(p, { label: `member ${i} on A` }));
  const onB = room.members.slice(2).map((p, i) => new Member(p, { label: `member ${i + 2} on B` }));
  const members = [...onA, ...onB];
  const everyone = [chair, ...members];
  const nodeOf = new Map([[chair, a], ...onA.map((m) => [m, a]), ...onB.map((m) => [m, b])]);
  run.onCleanup(() => everyone.forEach((m) => m.close()));
  await Promise.all(everyone.map((m) => m.connect(nodeOf.get(m).baseUrl)));
  run.must(
    (await Promise.all(everyone.map((m) => m.join(meetingId)))).every((j) => j.ok),
    'the chair and 2 members joined on node A, 2 members on node B',
  );
  const presentEverywhere = await waitFor(
    () => chair.presence.at(-1)?.present.length === 5 && onB[0].presence.at(-1)?.present.length === 5,
    'presence across both nodes',
    10_000,
  ).catch(() => false);
  run.check(presentEverywhere, 'presence on each node shows all 5 people, on either node');
  run.must(
    (await chair.send('meeting.start', { meetingId }))?.ok &&
      (await chair.send('voting.open', { meetingId, itemId }))?.ok,
    'the chair started the meeting and opened voting on node A',
  );
  const opened = await waitFor(
    () => onB.every((m) => m.events.some((e) => e.type === 'voting.opened')),
    'voting.opened on node B',
    10_000,
  ).catch(() => false);
  run.check(opened, 'before the outage, node B members received voting.opened from node A');
  const voteB = await onB[0].send('vote.cast', {
    meetingId,
    itemId,
    choice: 'agree',
    reason: 'before the outage, on B',
  });
  const crossed = await waitFor(
    () => chair.events.some((e) => e.type === 'vote.cast' && e.sequence === voteB?.version),
    'the vote from B on A',
    10_000,
  ).catch(() => false);
  run.check(voteB?.ok && crossed, 'before the outage, a vote cast on node B reached the chair on node A');

  // Redis goes away at once, with all it held (no persistence), for a few seconds — while one member on each node
  // keeps rejoining (each join asks every node who is present, through Redis) and everyone votes.
  let churning = true;
  const churnJoins = [];
  const churn = [onA[1], onB[1]].map(async (m) => {
    while (churning) {
      const t = Date.now();
      const answer = await m
        .join(meetingId, 10_000)
        .catch((error) => ({ ok: false, code: `no answer: ${error.message}` }));
      churnJoins.push({ m, answer, ms: Date.now() - t, at: t });
      await sleep(150);
    }
  });
  await sleep(500);
  const killedAt = Date.now();
  await redis.kill();
  run.say(`Redis killed (kill -9) while members were rejoining; down for ${OUTAGE_MS} ms`);
  const during = [];
  const vote = async (m, reason) => {
    const t = Date.now();
    const answer = await m.send(
      'vote.cast',
      { meetingId, itemId, choice: 'refuse', reason },
      { timeoutMs: 10_000 },
    );
    during.push({ m, answer, ms: Date.now() - t, at: Date.now() - killedAt });
  };
  // A member on node B loses their connection during the outage and comes back: a fresh snapshot from PostgreSQL.
  const reconnecting = (async () => {
    await sleep(1_000);
    onB[0].close();
    await onB[0].connect(b.baseUrl);
    const t = Date.now();
    const answer = await onB[0]
      .join(meetingId, 10_000)
      .catch((error) => ({ ok: false, code: `no answer: ${error.message}` }));
    const {
      rows: [{ sequence }],
    } = await db.query(`SELECT sequence::int AS sequence FROM meetings WHERE id = $1`, [meetingId]);
    return { answer, ms: Date.now() - t, sequence };
  })();
  let rounds = 0;
  while (Date.now() - killedAt < OUTAGE_MS - 500) {
    await Promise.all(members.map((m, i) => vote(m, `during the outage ${rounds}.${i}`)));
    rounds++;
    await sleep(500);
  }
  const rejoinDuring = await reconnecting;
  const healthDuring = await Promise.all(
    [a, b].map((n) => health(n.baseUrl).catch((e) => ({ status: 0, body: String(e) }))),
  );
  run.check(a.alive() && b.alive(), 'both nodes kept running while Redis was down');
  run.check(
    healthDuring.every((h) => h.status === 200),
    'both nodes answer /api/health 200 while Redis is down (PostgreSQL is up)',
    healthDuring,
  );
  const ackedDuring = during.filter((d) => d.answer?.ok);
  run.check(
    ackedDuring.length === during.length,
    `every vote cast during the outage on either node was acknowledged (${ackedDuring.length} of ${during.length}, slowest ${Math.max(...during.map((d) => d.ms))} ms)`,
    during
      .filter((d) => !d.answer?.ok)
      .slice(0, 3)
      .map((d) => d.answer ?? 'no answer'),
  );
  const versions = ackedDuring.map((d) => d.answer.version);
  const { rows: stored } = await db.query(
    `SELECT sequence::int AS sequence FROM meeting_events WHERE meeting_id = $1 AND sequence = ANY($2) AND type = 'vote.cast'`,
    [meetingId, versions],
  );
  run.check(
    stored.length === versions.length,
    'each vote acknowledged during the outage is committed in PostgreSQL, with the version acknowledged',
    { acknowledged: versions.length, stored: stored.length },
  );
  const outageJoins = churnJoins.filter((j) => j.at >= killedAt);
  const slowestJoin = Math.max(0, ...outageJoins.map((j) => j.ms));
  run.check(
    outageJoins.length > 0 && outageJoins.every((j) => j.answer.ok),
    `every rejoin during the outage got its snapshot (${outageJoins.length} joins, slowest ${slowestJoin} ms)`,
    outageJoins
      .filter((j) => !j.answer.ok)
      .slice(0, 3)
      .map((j) => j.answer),
  );
  run.check(
    rejoinDuring.answer.ok &&
      rejoinDuring.answer.snapshot.meeting.sequence <= rejoinDuring.sequence &&
      rejoinDuring.answer.snapshot.agenda[0].votingStatus === 'open',
    `a member who reconnected to node B during the outage got a fresh snapshot from PostgreSQL (sequence ${rejoinDuring.answer.snapshot?.meeting.sequence}, ${rejoinDuring.ms} ms)`,
    rejoinDuring.answer.ok ? undefined : rejoinDuring.answer,
  );
  const delivered = (m, node) =>
    m.events.filter((e) =>
      ackedDuring.some((d) => d.answer.version === e.sequence && nodeOf.get(d.m) === node),
    ).length;
  const localDuring = everyone.reduce((n, m) => n + delivered(m, nodeOf.get(m)), 0);
  const crossDuring = everyone.reduce((n, m) => n + delivered(m, nodeOf.get(m) === a ? b : a), 0);
  const expectedLocal = everyone.reduce(
    (n, m) => n + ackedDuring.filter((d) => nodeOf.get(d.m) === nodeOf.get(m)).length,
    0,
  );
  const expectedCross = everyone.reduce(
    (n, m) => n + ackedDuring.filter((d) => nodeOf.get(d.m) !== nodeOf.get(m)).length,
    0,
  );
  run.say(
    `while Redis was down: ${localDuring} of ${expectedLocal} same-node and ${crossDuring} of ${expectedCross} cross-node deliveries of those votes' events had arrived`,
  );

  // Redis comes back empty on the same port; the nodes are not touched.
  const restartedAt = Date.now();
  await redis.start();
  run.say(`Redis started again after ${((restartedAt - killedAt) / 1000).toFixed(1)} s down`);
  // Cross-node broadcasts work again: a vote on each node reaches the other, within RECOVER_WITHIN_MS.
  const probe = async (from, to) => {
    const started = Date.now();
    for (;;) {
      const answer = await from.send(
        'vote.cast',
        { meetingId, itemId, choice: 'agree', reason: 'after the outage' },
        { timeoutMs: 10_000 },
      );
      if (answer?.ok) {
        const arrived = await waitFor(
          () => to.events.some((e) => e.sequence === answer.version),
          'the probe vote',
          2_000,
        ).catch(() => false);
        if (arrived) return Date.now() - restartedAt;
      }
      if (Date.now() - started > RECOVER_WITHIN_MS) return null;
      await sleep(250);
    }
  };
  const bToA = await probe(onB[0], onA[0]);
  const aToB = await probe(onA[1], onB[1]);
  run.check(
    bToA !== null && aToB !== null,
    `cross-node broadcasts work again by themselves: B→A after ${bToA} ms, A→B after ${aToB} ms from Redis's restart`,
  );
  churning = false;
  await Promise.all(churn);
  run.check(a.alive() && b.alive(), 'both nodes are the same processes, never restarted');

  // What members missed shows as a gap in the sequence (rule 2); a rejoin replaces their state (rule 3).
  const missing = new Map(everyone.map((m) => [m.label, sequenceGaps(m.events, meetingId).gaps]));
  const withGaps = [...missing].filter(([, gaps]) => gaps.length > 0);
  run.say(
    `after the outage: ${withGaps.length} of ${everyone.length} members saw a gap in the sequence${withGaps.length ? ` (first missing: ${withGaps.map(([l, g]) => `${l} ${g[0][0]}`).join(', ')})` : ''}, so rule 2 has them rejoin`,
  );
  const lateLocal = everyone.reduce((n, m) => n + delivered(m, nodeOf.get(m)), 0);
  const lateCross = everyone.reduce((n, m) => n + delivered(m, nodeOf.get(m) === a ? b : a), 0);
  const outOfOrder = everyone.reduce(
    (n, m) => n + m.events.filter((e, i) => i > 0 && e.sequence < m.events[i - 1].sequence).length,
    0,
  );
  const twice = everyone.reduce(
    (n, m) => n + m.events.length - new Set(m.events.map((e) => e.sequence)).size,
    0,
  );
  run.say(
    `once Redis was back, the outage's events arrived late: same-node ${lateLocal} of ${expectedLocal}, cross-node ${lateCross} of ${expectedCross}; ${outOfOrder} arrived out of order, ${twice} twice`,
  );
  const rejoins = await Promise.all(everyone.map((m) => m.join(meetingId)));
  const {
    rows: [state],
  } = await db.query(
    `SELECT m.sequence::int AS sequence, (SELECT count(DISTINCT voter_id)::int FROM votes WHERE agenda_item_id = $2) AS voters
       FROM meetings m WHERE m.id = $1`,
    [meetingId, itemId],
  );
  run.check(
    rejoins.every(
      (j) =>
        j.ok &&
        j.snapshot.meeting.sequence === state.sequence &&
        j.snapshot.agenda[0].voterIds.length === state.voters,
    ),
    `every member's rejoin on either node gives the committed state (sequence ${state.sequence}, ${state.voters} voters)`,
    rejoins.map((j) => (j.ok ? j.snapshot.meeting.sequence : j.code)),
  );
  const presenceAfter = await waitFor(
    () => chair.presence.at(-1)?.present.length === 5 && onB[1].presence.at(-1)?.present.length === 5,
    'presence across both nodes',
    10_000,
  ).catch(() => false);
  run.check(presenceAfter, 'presence spans both nodes again');
  const {
    rows: [counts],
  } = await db.query(
    `SELECT (SELECT count(*)::int FROM meeting_events WHERE meeting_id = $1) AS events, (SELECT count(DISTINCT (actor_id, idempotency_key))::int FROM meeting_events WHERE meeting_id = $1) AS receipts`,
    [meetingId],
  );
  run.check(
    counts.events === state.sequence,
    `events are numbered 1…${state.sequence} without a gap in PostgreSQL`,
    counts,
  );

  // The nodes still stop cleanly.
  const codes = await Promise.all([a.stop(), b.stop()]);
  run.check(
    codes.every((c) => c === 0),
    'both nodes stop cleanly on SIGTERM (exit 0)',
    codes,
  );
  run.say(
    `figures: Redis down ${((restartedAt - killedAt) / 1000).toFixed(1)} s; ${during.length} votes during the outage, ${ackedDuring.length} acknowledged and committed; ` +
      `joins during the outage ${outageJoins.length}, all answered (slowest ${slowestJoin} ms); ` +
      `event deliveries while down: same-node ${localDuring}/${expectedLocal}, cross-node ${crossDuring}/${expectedCross}; delivered late once back: ` +
      `${lateLocal}/${expectedLocal} and ${lateCross}/${expectedCross}, ${outOfOrder} out of order; cross-node again after ${Math.max(bToA ?? 0, aToB ?? 0)} ms; ` +
      `members who saw a sequence gap ${withGaps.length} of ${everyone.length} (a rejoin restores them)`,
  );
});
