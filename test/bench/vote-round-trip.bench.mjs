#!/usr/bin/env node
// Vote round trip under load, Convene next to the floor this stack allows, in one run.
//   npm run bench            (needs `npm run build`; DATABASE_URL optional: an embedded PostgreSQL otherwise)
// Load: MEETINGS meetings × MEMBERS members (default 100 × 20 = 2,000 sockets), RATE votes/s on an open-loop
// schedule for SECONDS seconds. Each vote is timed from when it was scheduled to be sent until every member
// of its room has the resulting event, so a stalled server cannot hide its stalls. Each server first gets
// BENCH_WARM_UP_SECONDS (3) of untimed votes at the same rate. Loopback only; bounded.
import { mkdir, writeFile } from 'node:fs/promises';
import { database, machine, root, run, seed, startApi, startFloor, WARM_UP_SECONDS } from './bench-support.mjs';

const MEETINGS = Number(process.env.BENCH_MEETINGS ?? 100);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const results = {};

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  const ours = await startApi(db.url);
  const floor = await startFloor(db.url);
  console.log(`load: ${MEETINGS * MEMBERS} sockets, ${RATE} votes/s for ${SECONDS} s after ${WARM_UP_SECONDS} s untimed, open loop; machine: ${machine()}`);
  results.ours = await run('convene', ours.baseUrl, rooms, { rate: RATE, seconds: SECONDS });
  results.floor = await run('floor', floor.baseUrl, rooms, { rate: RATE, seconds: SECONDS });
  await Promise.all([ours.child.stop(), floor.child.stop()]);
  results.ratio = Number((results.ours.p99_ms / results.floor.p99_ms).toFixed(2));
  console.log(`vote p99 ratio to floor: ${results.ratio}`);
  await mkdir(new URL('test-results/', root), { recursive: true });
  await writeFile(new URL('test-results/bench-vote-round-trip.json', root), JSON.stringify({ at: new Date().toISOString(), load: { MEETINGS, MEMBERS, RATE, SECONDS }, ...results }, null, 2));
} finally {
  await db.stop();
}
process.exit(0);
