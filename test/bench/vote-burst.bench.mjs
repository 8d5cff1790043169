#!/usr/bin/env node
// Votes after a quiet spell, as a real Decision-Making Group makes them: the members talk about a case for minutes
// (no votes, heartbeats running), then the chair opens voting and every member votes within BURST_SECONDS (3).
//   node test/bench/vote-burst.bench.mjs   (needs the built API; DATABASE_URL optional: an embedded PostgreSQL otherwise)
// Load: BENCH_MEETINGS meetings × BENCH_MEMBERS members (100 × 20: 1,900 votes a burst) connected to Convene and to
// the floor (bare socket.io + one INSERT a vote) throughout. Each spell is quiet on both servers for its length, then
// one server takes its burst and the other right after it; who goes first alternates from spell to spell, so
// neither is always the one that waited a few seconds longer. Spell lengths and counts: BURST_SPELLS, a list of
// `seconds×count` (default `10×4,60×2,300×2`: under 15 minutes in all). Figures per burst and pooled per spell
// length; each vote is timed from its scheduled moment until every member of its room has its event. Printed,
// written to test-results/bench/vote-burst.json, never asserted. CONVENE_NODE_ARGS: Node flags for Convene's process
// alone (to try a V8 setting against the same floor).
import {
  busyWarning,
  connectRooms,
  database,
  driveBurst,
  driveVotes,
  envNumber,
  figuresLine,
  machine,
  machineLoad,
  majorFaults,
  newHistogram,
  percentiles,
  seed,
  sleep,
  startApi,
  startFloor,
  WARM_UP_SECONDS,
  writeResults,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_MEETINGS', 100);
const MEMBERS = envNumber('BENCH_MEMBERS', 20);
const BURST_SECONDS = envNumber('BURST_SECONDS', 3);
const WARM_UP_RATE = envNumber('BENCH_RATE', 500);
const SPELLS = (process.env.BURST_SPELLS ?? '10×4,60×2,300×2').split(',').map((part) => {
  const [seconds, count] = part.split(/[×x]/).map(Number);
  if (!(seconds > 0) || !(count > 0)) throw new Error(`BURST_SPELLS: cannot read "${part}"`);
  return { seconds, count };
});

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  const servers = [
    {
      label: 'convene',
      started: await startApi(db.url, {
        nodeArgs: (process.env.CONVENE_NODE_ARGS ?? '').split(' ').filter(Boolean),
      }),
    },
    { label: 'floor', started: await startFloor(db.url) },
  ];
  for (const server of servers) {
    server.members = await connectRooms(rooms, () => server.started.baseUrl);
    server.bySpell = new Map(SPELLS.map(({ seconds }) => [seconds, { pooled: newHistogram(), bursts: [] }]));
  }
  console.log(
    `load: ${MEETINGS * MEMBERS} sockets on each server; a burst is ${MEETINGS * (MEMBERS - 1)} votes within ${BURST_SECONDS} s; spells ${SPELLS.map((s) => `${s.seconds} s × ${s.count}`).join(', ')}; after ${WARM_UP_SECONDS} s of untimed votes at ${WARM_UP_RATE}/s; machine: ${machine()}, load average ${machineLoad()}`,
  );
  // Once in each server's life: its connections opened and its hot code compiled before anything is timed.
  if (WARM_UP_SECONDS > 0)
    for (const server of servers)
      await driveVotes(server.members, { rate: WARM_UP_RATE, seconds: WARM_UP_SECONDS });
  let spellNumber = 0;
  for (const { seconds, count } of SPELLS) {
    for (let n = 0; n < count; n++, spellNumber++) {
      await sleep(seconds * 1000);
      const order = spellNumber % 2 === 0 ? servers : [...servers].reverse();
      for (const server of order) {
        const spell = server.bySpell.get(seconds);
        const faultsBefore = { server: majorFaults(server.started.child.pid), machine: majorFaults() };
        const figures = await driveBurst(server.members, {
          windowSeconds: BURST_SECONDS,
          into: spell.pooled,
        });
        // Pages the machine let go during the quiet and had to read back: the server's own, and all (PostgreSQL's too).
        figures.major_faults = {
          server: majorFaults(server.started.child.pid) - faultsBefore.server,
          machine: majorFaults() - faultsBefore.machine,
        };
        spell.bursts.push(figures);
        console.log(
          `${figuresLine(`${server.label} after ${seconds} s (${n + 1})`, figures)}, first vote ${figures.first_ms} ms, major page faults ${figures.major_faults.server} (machine ${figures.major_faults.machine})`,
        );
      }
    }
  }
  for (const server of servers) server.members.close();
  await Promise.all(servers.map((server) => server.started.child.stop()));
  const results = {};
  for (const { seconds } of SPELLS) {
    const [ours, floor] = servers.map((server) => {
      const spell = server.bySpell.get(seconds);
      return {
        ...percentiles(spell.pooled),
        first_ms: spell.bursts.map((b) => b.first_ms),
        failed: spell.bursts.reduce((sum, b) => sum + b.failed, 0),
        bursts: spell.bursts,
      };
    });
    results[`${seconds}s`] = { ours, floor, ratio: Number((ours.p99_ms / floor.p99_ms).toFixed(2)) };
  }
  for (const { seconds } of SPELLS) {
    const { ours, floor } = results[`${seconds}s`];
    for (const [label, f] of [
      ['convene', ours],
      ['floor', floor],
    ])
      console.log(
        `after ${seconds} s, ${label}: p50 ${f.p50_ms} ms, p95 ${f.p95_ms} ms, p99 ${f.p99_ms} ms, max ${f.max_ms} ms, first votes ${f.first_ms.join(' / ')} ms, failed ${f.failed}`,
      );
  }
  const file = await writeResults('vote-burst', {
    load: { MEETINGS, MEMBERS, BURST_SECONDS, SPELLS },
    results,
  });
  console.log(`figures written to ${file}`);
  for (const { seconds } of SPELLS)
    console.log(`burst p99 ratio to floor after ${seconds} s: ${results[`${seconds}s`].ratio}`);
} finally {
  await db.stop();
}
process.exit(0);
