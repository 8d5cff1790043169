#!/usr/bin/env node
// Two API nodes behind the Redis adapter: the vote round trip when a room is split across nodes, next to one
// node on its own, at the same modest rate.
//   node test/bench/two-nodes.bench.mjs      (after `npm run build`; DATABASE_URL optional; Redis on loopback)
// MEETINGS × MEMBERS members (default 50 × 20), RATE votes/s (default 100) for SECONDS (default 15), timed as in
// vote-round-trip: from when the vote was scheduled until every member of its room has the event. Single node:
// everyone on one API process without Redis. Two nodes: two API processes with REDIS_URL, members of every room
// alternating between them, so each vote reaches half its room through Redis. BENCH_REDIS_URL picks the Redis
// (default database 7 of 127.0.0.1:6379, so that the adapter's stream is not shared with a test run's nodes).
import { createClient } from 'redis';
import {
  busyWarning,
  connectRooms,
  database,
  driveVotes,
  envNumber,
  figuresLine,
  machine,
  machineLoad,
  seed,
  sleep,
  startApi,
  writeResults,
  WARM_UP_SECONDS,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_NODES_MEETINGS', 50);
const MEMBERS = envNumber('BENCH_NODES_MEMBERS', 20);
const RATE = envNumber('BENCH_NODES_RATE', 100);
const SECONDS = envNumber('BENCH_NODES_SECONDS', 15);
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/7';

async function redisReachable() {
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    if (client.isOpen) await client.quit();
  }
}

/** Warms the servers up (unrecorded), then measures. */
async function measure(label, rooms, urlFor) {
  const members = await connectRooms(rooms, urlFor);
  await driveVotes(members, { rate: RATE, seconds: WARM_UP_SECONDS });
  await sleep(1000);
  const figures = await driveVotes(members, { rate: RATE, seconds: SECONDS });
  members.close();
  console.log(figuresLine(label, figures));
  return figures;
}

if (!(await redisReachable())) {
  console.error(
    `two nodes: no Redis at ${REDIS_URL}; start one (e.g. \`docker run -p 6379:6379 redis:7\`) or set BENCH_REDIS_URL.`,
  );
  process.exit(1);
}

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  console.log(
    `two nodes: ${MEETINGS * MEMBERS} sockets, ${RATE} votes/s for ${SECONDS} s, open loop; Redis ${REDIS_URL}; machine: ${machine()}, load average ${machineLoad()}`,
  );
  const single = await startApi(db.url);
  const one = await measure('1 node', rooms, () => single.baseUrl);
  await single.child.stop();
  const nodes = await Promise.all([
    startApi(db.url, { env: { REDIS_URL } }),
    startApi(db.url, { env: { REDIS_URL } }),
  ]);
  const two = await measure('2 nodes', rooms, (member, index) => nodes[index % 2].baseUrl);
  await Promise.all(nodes.map((node) => node.child.stop()));
  const ratio = Number((two.p99_ms / one.p99_ms).toFixed(2));
  console.log(`cross-node vote p99 ratio to one node: ${ratio}`);
  const file = await writeResults('two-nodes', {
    load: { MEETINGS, MEMBERS, RATE, SECONDS, REDIS_URL },
    one_node: one,
    two_nodes: two,
    p99_ratio_to_one_node: ratio,
  });
  console.log(`figures in ${file}`);
} finally {
  await db.stop();
}
process.exit(0);
