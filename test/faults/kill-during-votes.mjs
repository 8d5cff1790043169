#!/usr/bin/env node
// kill -9 of the API while 1,000 votes are in flight, then a restart on the same database: every acknowledged
// vote is there exactly once, and members who resend what was never acknowledged (same idempotency key, as the
// protocol says) get it recorded once — a vote committed just before the kill is answered, not cast again.
//
//   node test/faults/kill-during-votes.mjs      (after `npm run build`; DATABASE_URL optional: a private
//                                                PostgreSQL otherwise)
// FAULT_MEETINGS × FAULT_MEMBERS members (10 × 10) each send FAULT_VOTES_EACH votes at once (10: within the
// per-connection burst), 1,000 in all; the API is killed when FAULT_KILL_AFTER (400) have been acknowledged.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { FaultRun, Member, scratchDatabase, seedMeetings, startApi } from './fault-support.mjs';

const MEETINGS = Number(process.env.FAULT_MEETINGS ?? 10);
const MEMBERS = Number(process.env.FAULT_MEMBERS ?? 10);
const VOTES_EACH = Number(process.env.FAULT_VOTES_EACH ?? 10);
const KILL_AFTER = Number(process.env.FAULT_KILL_AFTER ?? 400);

new FaultRun('kill-during-votes', { timeLimitMs: 90_000 }).run(async (run) => {
  const began = Date.now();
  const url = await scratchDatabase(run);
  const rooms = await seedMeetings(url, { meetings: MEETINGS, members: MEMBERS });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  run.onCleanup(() => db.end());

  let api = await startApi(run, { databaseUrl: url, name: 'api' });
  const port = api.port;
  const chairs = rooms.map((room, m) =>
    Object.assign(new Member(room.chair, { label: `chair ${m}` }), { room }),
  );
  const voters = rooms.flatMap((room, m) =>
    room.members.map((person, i) =>
      Object.assign(new Member(person, { label: `member ${m}.${i}` }), { room }),
    ),
  );
  const everyone = [...chairs, ...voters];
  run.onCleanup(() => everyone.forEach((c) => c.close()));
  await Promise.all(everyone.map((c) => c.connect(api.baseUrl)));
  const joined = await Promise.all(everyone.map((c) => c.join(c.room.meetingId)));
  run.must(
    joined.every((a) => a.ok),
    `${everyone.length} people connected and joined ${MEETINGS} meetings`,
    joined.find((a) => !a.ok),
  );
  const opened = await Promise.all(
    chairs.map(async (chair) => [
      await chair.send('meeting.start', { meetingId: chair.room.meetingId }),
      await chair.send('voting.open', { meetingId: chair.room.meetingId, itemId: chair.room.itemId }),
    ]),
  );
  run.must(
    opened.flat().every((a) => a?.ok),
    `each chair started their meeting and opened voting`,
    opened.flat().find((a) => !a?.ok),
  );

  // Every member sends all their votes at once: 1,000 commands in flight. Each reason carries its own key, so the
  // votes table shows which command each row came from.
  let acked = 0;
  let killedAt = null;
  const sends = [];
  for (const member of voters) {
    for (let v = 0; v < VOTES_EACH; v++) {
      const key = randomUUID();
      const payload = {
        meetingId: member.room.meetingId,
        itemId: member.room.itemId,
        choice: v % 2 ? 'agree' : 'refuse',
        reason: `fault vote ${key}`,
      };
      sends.push(
        member.send('vote.cast', payload, { key, timeoutMs: 20_000 }).then((answer) => {
          if (answer?.ok && killedAt === null && ++acked >= KILL_AFTER) {
            killedAt = Date.now();
            api.child.kill('SIGKILL'); // in the same tick as the acknowledgement that reached the threshold
          }
        }),
      );
    }
  }
  const sent = sends.length;
  await Promise.all(sends);
  const exit = await api.exited;
  run.must(
    killedAt !== null && exit === 'SIGKILL',
    `the API was killed with SIGKILL after ${KILL_AFTER} acknowledgements`,
    { exit, acked },
  );

  const votes = voters.flatMap((m) =>
    [...m.commands.values()]
      .filter((c) => c.name === 'vote.cast')
      .map((c) => Object.assign(c, { member: m })),
  );
  const ackedBefore = votes.filter((c) => c.answer?.ok);
  const refusedBefore = votes.filter((c) => c.answer && !c.answer.ok);
  const unanswered = votes.filter((c) => !c.answer);
  const versionAcked = new Map(ackedBefore.map((c) => [c.key, c.answer.version]));
  run.check(
    unanswered.length > 0,
    `votes were still in flight at the kill (${unanswered.length} unanswered)`,
  );
  run.check(
    refusedBefore.length === 0,
    'no vote was refused before the kill',
    refusedBefore.slice(0, 3).map((c) => c.answer),
  );

  // What the kill left in PostgreSQL.
  const receiptsAfterKill = new Map(
    (
      await db.query(
        `SELECT idempotency_key, sequence AS version FROM meeting_events WHERE type = 'vote.cast'`,
      )
    ).rows.map((r) => [r.idempotency_key, Number(r.version)]),
  );
  const lostAtKill = ackedBefore.filter((c) => !receiptsAfterKill.has(c.key));
  const committedUnacked = unanswered.filter((c) => receiptsAfterKill.has(c.key));
  run.check(
    lostAtKill.length === 0,
    `every vote acknowledged before the kill is committed (${ackedBefore.length} of ${ackedBefore.length - lostAtKill.length})`,
    lostAtKill.slice(0, 3).map((c) => c.key),
  );
  run.check(
    ackedBefore.every((c) => receiptsAfterKill.get(c.key) === c.answer.version),
    'each acknowledged version is the one stored with its receipt',
  );

  // Restart on the same database and port; everyone reconnects, rejoins for a fresh snapshot, and resends.
  const restartedAt = Date.now();
  api = await startApi(run, { databaseUrl: url, port, name: 'api (restarted)' });
  const restartMs = Date.now() - restartedAt;
  await Promise.all(everyone.map((c) => c.connect(api.baseUrl)));
  const rejoined = await Promise.all(everyone.map((c) => c.join(c.room.meetingId)));
  run.must(
    rejoined.every((a) => a.ok),
    'everyone reconnected to the restarted API and rejoined',
    rejoined.find((a) => !a.ok),
  );
  const sequences = new Map(
    (
      await db.query(`SELECT id, sequence FROM meetings WHERE id = ANY($1)`, [rooms.map((r) => r.meetingId)])
    ).rows.map((r) => [r.id, Number(r.sequence)]),
  );
  run.check(
    rejoined.every(
      (a) =>
        a.snapshot.meeting.status === 'in_progress' &&
        a.snapshot.agenda[0].votingStatus === 'open' &&
        a.snapshot.meeting.sequence === sequences.get(a.snapshot.meeting.id),
    ),
    "every rejoin's snapshot is the committed state: meeting in progress, voting open, the database's last sequence",
  );

  const resendStarted = Date.now();
  await Promise.all(voters.map((m) => m.resendUnacknowledged({ timeoutMs: 20_000 })));
  const resendMs = Date.now() - resendStarted;
  const resent = unanswered.length + refusedBefore.length;
  const stillUnanswered = votes.filter((c) => !c.answer?.ok);
  run.check(
    stillUnanswered.length === 0,
    `every resent vote was acknowledged (${resent} resent)`,
    stillUnanswered.slice(0, 3).map((c) => c.answer ?? c.error),
  );
  const replayed = committedUnacked.filter((c) => c.answer?.version === receiptsAfterKill.get(c.key));
  run.check(
    replayed.length === committedUnacked.length,
    `votes committed before the kill but never acknowledged (${committedUnacked.length}) were answered with their first version, not cast again`,
  );

  // A client that lost an acknowledgement retries too: the first answer again, nothing done again.
  const retried = await Promise.all(
    ackedBefore.map((c) =>
      c.member
        .send('vote.cast', c.payload, { key: c.key, timeoutMs: 20_000 })
        .then((a) => a?.ok && a.version === versionAcked.get(c.key)),
    ),
  );
  run.check(
    retried.every(Boolean),
    `retrying the ${ackedBefore.length} acknowledged votes with their keys gives the same versions`,
  );

  // The count, in PostgreSQL.
  const itemIds = rooms.map((r) => r.itemId);
  const keys = votes.map((c) => c.key);
  const { rows: perKey } = await db.query(
    `SELECT k AS key, count(v.id)::int AS n FROM unnest($1::text[]) AS k LEFT JOIN votes v ON v.reason = 'fault vote ' || k AND v.agenda_item_id = ANY($2) GROUP BY k`,
    [keys, itemIds],
  );
  const rowsFor = new Map(perKey.map((r) => [r.key, r.n]));
  const lost = votes.filter((c) => c.answer?.ok && rowsFor.get(c.key) === 0).length;
  const duplicates = perKey.filter((r) => r.n > 1).reduce((sum, r) => sum + r.n - 1, 0);
  const {
    rows: [totals],
  } = await db.query(
    `SELECT (SELECT count(*)::int FROM votes WHERE agenda_item_id = ANY($1)) AS votes,
            (SELECT count(DISTINCT idempotency_key)::int FROM meeting_events WHERE type = 'vote.cast' AND meeting_id = ANY($2)) AS receipts,
            (SELECT count(*)::int FROM meeting_events WHERE type = 'vote.cast' AND meeting_id = ANY($2)) AS events,
            (SELECT count(*)::int FROM (SELECT DISTINCT agenda_item_id, voter_id FROM votes WHERE agenda_item_id = ANY($1)) c) AS current_votes`,
    [itemIds, rooms.map((r) => r.meetingId)],
  );
  run.check(lost === 0, 'lost = 0: every acknowledged vote is in the votes table', { lost });
  run.check(duplicates === 0, 'duplicates = 0: no command was stored as two votes', { duplicates });
  run.check(
    totals.votes === sent && totals.receipts === sent && totals.events === sent,
    `one vote row, one receipt and one vote.cast event per command sent (${sent})`,
    totals,
  );
  run.check(
    totals.current_votes === MEETINGS * MEMBERS,
    `one current vote per member per item (${MEETINGS * MEMBERS} members), none counted twice`,
    totals,
  );
  const { rows: numbering } = await db.query(
    `SELECT m.id, m.sequence::int AS sequence, count(e.*)::int AS events, min(e.sequence)::int AS first, max(e.sequence)::int AS last
       FROM meetings m JOIN meeting_events e ON e.meeting_id = m.id WHERE m.id = ANY($1) GROUP BY m.id`,
    [rooms.map((r) => r.meetingId)],
  );
  run.check(
    numbering.every((n) => n.first === 1 && n.last === n.sequence && n.events === n.sequence),
    "each meeting's events are numbered 1…N without a gap or a repeat",
    numbering.filter((n) => n.events !== n.sequence),
  );
  const snapshots = await Promise.all(chairs.map((c, m) => c.join(rooms[m].meetingId)));
  run.check(
    snapshots.every(
      (s) =>
        s.ok &&
        s.snapshot.agenda[0].voterIds.length === MEMBERS &&
        new Set(s.snapshot.agenda[0].voterIds).size === MEMBERS,
    ),
    `each meeting's snapshot shows its ${MEMBERS} members as voted, once each`,
  );

  run.say(
    `figures: sent ${sent}, acknowledged before the kill ${ackedBefore.length}, unanswered at the kill ${unanswered.length} ` +
      `(of which committed but unacknowledged ${committedUnacked.length}), resent ${resent} (replayed ${replayed.length}, ` +
      `newly recorded ${resent - replayed.length}), lost ${lost}, duplicates ${duplicates}; restart ${(restartMs / 1000).toFixed(1)} s, ` +
      `resend ${resendMs} ms, whole run ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
});
