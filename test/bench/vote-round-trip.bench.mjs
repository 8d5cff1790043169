#!/usr/bin/env node
// Vote round trip under load, Convene next to the floor this stack allows, in one run.
//   npm run bench            (needs `npm run build`; DATABASE_URL optional: an embedded PostgreSQL otherwise)
// Load: MEETINGS meetings × MEMBERS members (default 100 × 20 = 2,000 sockets on each server), RATE votes/s on an
// open-loop schedule, BENCH_SECONDS (40) for each server. Each vote is timed from when it was scheduled to be sent
// until every member of its room has the resulting event, so a stalled server cannot hide its stalls.
// The seconds are split into BENCH_ROUNDS rounds (8) taken in turn, Convene, floor, floor, Convene, and so on, with
// both sets of members connected throughout: a spell of other work on the machine, or its slowing over the run,
// falls on both servers alike instead of on whichever ran second. Each server's figures pool its rounds; every
// round is printed too. Each server first gets BENCH_WARM_UP_SECONDS (3) of untimed votes at the same rate.
// Loopback only; bounded.
import { mkdir, writeFile } from 'node:fs/promises';
import {
  busyWarning,
  connectRooms,
  database,
  driveVotes,
  envNumber,
  figuresLine,
  machine,
  machineLoad,
  newHistogram,
  percentiles,
  root,
  seed,
  startApi,
  startFloor,
  WARM_UP_SECONDS,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_MEETINGS', 100);
const MEMBERS = envNumber('BENCH_MEMBERS', 20);
const RATE = envNumber('BENCH_RATE', 500);
const SECONDS = envNumber('BENCH_SECONDS', 40);
const ROUNDS = Math.max(1, envNumber('BENCH_ROUNDS', 8));

/** Who goes in round `n`: A B B A A B B A…, so neither server is always first or always last. */
const turn = (n) => ((n + 1) >> 1) % 2;

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  const servers = [
    {
      label: 'convene',
      started: await startApi(db.url),
      pooled: newHistogram(),
      votes: 0,
      failed: 0,
      rounds: [],
    },
    {
      label: 'floor',
      started: await startFloor(db.url),
      pooled: newHistogram(),
      votes: 0,
      failed: 0,
      rounds: [],
    },
  ];
  for (const server of servers) server.members = await connectRooms(rooms, () => server.started.baseUrl);
  const seconds = SECONDS / ROUNDS;
  console.log(
    `load: ${MEETINGS * MEMBERS} sockets on each server, ${RATE} votes/s, ${SECONDS} s each in ${ROUNDS} rounds taken in turn, after ${WARM_UP_SECONDS} s untimed, open loop; machine: ${machine()}, load average ${machineLoad()}`,
  );
  if (WARM_UP_SECONDS > 0)
    for (const server of servers) await driveVotes(server.members, { rate: RATE, seconds: WARM_UP_SECONDS });
  for (let n = 0; n < 2 * ROUNDS; n++) {
    const server = servers[turn(n)];
    const figures = await driveVotes(server.members, { rate: RATE, seconds, into: server.pooled });
    server.votes += figures.votes;
    server.failed += figures.failed;
    server.rounds.push(figures);
    console.log(figuresLine(`${server.label} ${server.rounds.length}`, figures));
  }
  for (const server of servers) server.members.close();
  await Promise.all(servers.map((server) => server.started.child.stop()));
  const [ours, floor] = servers.map((server) => ({
    votes: server.votes,
    failed: server.failed,
    ...percentiles(server.pooled),
    rounds: server.rounds,
  }));
  console.log(figuresLine('convene', ours));
  console.log(figuresLine('floor', floor));
  const ratio = Number((ours.p99_ms / floor.p99_ms).toFixed(2));
  console.log(`vote p99 ratio to floor: ${ratio}`);
  await mkdir(new URL('test-results/', root), { recursive: true });
  await writeFile(
    new URL('test-results/bench-vote-round-trip.json', root),
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: machine(),
        load: { MEETINGS, MEMBERS, RATE, SECONDS, ROUNDS },
        ours,
        floor,
        ratio,
      },
      null,
      2,
    ),
  );
} finally {
  await db.stop();
}
process.exit(0);
