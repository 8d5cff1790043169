#!/usr/bin/env node
// Join and reconnect: how long a member waits for the snapshot of a meeting well under way.
//   node test/bench/join-snapshot.bench.mjs      (after `npm run build`; DATABASE_URL optional)
// One meeting of MEMBERS members (default 50) with an AGENDA-item agenda (default 30): the first third decided
// with every vote revealed and every criterion marked, the next item open with half the votes in and two
// declarations of interest, the rest pending. JOINS joins (default 2,000) on an open-loop schedule at RATE a
// second (default 20), member after member; every RECONNECT_EVERY-th one (default 4) drops the connection and
// opens a new one first, as a client does after a network blip. Join times run from when the join was
// scheduled to its acknowledgement, which carries the snapshot. Loopback only; bounded.
import { fillAgenda } from './bench-agenda.mjs';
import {
  busyWarning,
  connected,
  database,
  envNumber,
  machine,
  machineLoad,
  memberSocket,
  newHistogram,
  percentiles,
  seed,
  sleep,
  startApi,
  writeResults,
} from './bench-support.mjs';

const MEMBERS = envNumber('BENCH_JOIN_MEMBERS', 50);
const AGENDA = envNumber('BENCH_AGENDA_ITEMS', 30);
const JOINS = envNumber('BENCH_JOINS', 2000);
const RATE = envNumber('BENCH_JOIN_RATE', 20);
const RECONNECT_EVERY = envNumber('BENCH_RECONNECT_EVERY', 4);
const TARGET_P95_MS = 20;

const db = await database();
try {
  console.log(`seeding one meeting of ${MEMBERS} members with a ${AGENDA}-item agenda…`);
  const [room] = await seed(db.url, { meetings: 1, members: MEMBERS });
  const agenda = await fillAgenda(db.url, room, AGENDA);
  const ours = await startApi(db.url);
  process.stdout.write(busyWarning());
  console.log(
    `join snapshot: ${JOINS} joins at ${RATE}/s by ${MEMBERS} members, one in ${RECONNECT_EVERY} after a reconnect; agenda ${agenda.decided} decided, ${agenda.open} open, ${agenda.pending} pending; machine: ${machine()}, load average ${machineLoad()}`,
  );

  const sockets = room.members.map((member) => memberSocket(ours.baseUrl, member));
  await Promise.all(sockets.map((socket) => connected(socket)));
  const join = async (socket) => {
    const ack = await socket.timeout(30_000).emitWithAck('meeting.join', { meetingId: room.meetingId });
    if (!ack?.ok) throw new Error(ack?.code ?? 'no ack');
    return ack;
  };
  // Unrecorded: each member's first join marks them present, and the process warms up.
  const first = await Promise.all(sockets.map(join));
  const snapshotBytes = Buffer.byteLength(JSON.stringify(first[1].snapshot));
  if (first[1].snapshot.agenda.length !== AGENDA)
    throw new Error(`the snapshot has ${first[1].snapshot.agenda.length} items, not ${AGENDA}`);

  const joins = newHistogram(); // meeting.join sent → acknowledged with the snapshot, every join
  const rejoins = newHistogram(); // scheduled → acknowledged, joins on a live connection
  const reconnects = newHistogram(); // scheduled → acknowledged, joins after opening a new connection
  const chains = sockets.map(() => Promise.resolve()); // one operation at a time per member
  let failures = 0;
  const start = performance.now() + 200;
  for (let n = 0; n < JOINS; n++) {
    const scheduled = start + (n * 1000) / RATE;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    const m = n % MEMBERS;
    const reconnect = n % RECONNECT_EVERY === RECONNECT_EVERY - 1;
    chains[m] = chains[m].then(async () => {
      try {
        if (reconnect) {
          sockets[m].close();
          sockets[m] = memberSocket(ours.baseUrl, room.members[m]);
          await connected(sockets[m]);
        }
        const sent = performance.now();
        await join(sockets[m]);
        const done = performance.now();
        joins.recordValue(Math.max(1, Math.round((done - sent) * 1000)));
        (reconnect ? reconnects : rejoins).recordValue(Math.max(1, Math.round((done - scheduled) * 1000)));
      } catch {
        failures++;
      }
    });
  }
  await Promise.all(chains);
  sockets.forEach((socket) => socket.close());
  await ours.child.stop();

  const results = {
    joins: JOINS,
    failed: failures,
    snapshot_bytes: snapshotBytes,
    join_ack: percentiles(joins),
    rejoin_from_schedule: percentiles(rejoins),
    reconnect_and_join_from_schedule: percentiles(reconnects),
  };
  const line = (label, f) =>
    `${label}: p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms, p99 ${f.p99_ms} ms, max ${f.max_ms} ms`;
  console.log(
    `snapshot of ${AGENDA} items and ${MEMBERS} members: ${(snapshotBytes / 1024).toFixed(1)} KiB; ${JOINS} joins, failed ${failures}`,
  );
  console.log(line('meeting.join ack (sent → snapshot)    ', results.join_ack));
  console.log(line('rejoin on a live connection (schedule)', results.rejoin_from_schedule));
  console.log(line('reconnect + join (schedule)           ', results.reconnect_and_join_from_schedule));
  console.log(`join p95: ${results.join_ack.p95_ms} ms (target ≤ ${TARGET_P95_MS} ms)`);
  const file = await writeResults('join-snapshot', {
    load: { MEMBERS, AGENDA, JOINS, RATE, RECONNECT_EVERY },
    agenda,
    ...results,
  });
  console.log(`figures in ${file}`);
} finally {
  await db.stop();
}
process.exit(0);
