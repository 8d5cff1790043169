#!/usr/bin/env node
// CPU time per vote: where a vote's work goes, for Convene and for the floor (bare socket.io + one raw INSERT).
//   node test/bench/cpu-per-vote.bench.mjs      (after `npm run build`; DATABASE_URL optional)
// BENCH_CPU_MEETINGS meetings (100) × BENCH_CPU_MEMBERS members (20), a warm-up, then BENCH_CPU_RATE votes/s (300)
// for BENCH_CPU_SECONDS (10), open loop. Over the measured seconds: the server process's CPU (utime + stime from
// /proc/<pid>/stat), this load generator's own, and the whole machine's busy time (/proc/stat); what is left
// after the two is PostgreSQL's (and anything else running, so run it on a quiet machine). Per vote, in ms.
// A server that needs less CPU per vote reaches a higher vote rate on the same cores. Loopback only; bounded.
import { readFileSync } from 'node:fs';
import {
  busyWarning,
  connectRooms,
  database,
  driveVotes,
  envNumber,
  figuresLine,
  machine,
  machineLoad,
  processCpuSeconds,
  seed,
  startApi,
  startFloor,
  writeResults,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_CPU_MEETINGS', 100);
const MEMBERS = envNumber('BENCH_CPU_MEMBERS', 20);
const RATE = envNumber('BENCH_CPU_RATE', 300);
const SECONDS = envNumber('BENCH_CPU_SECONDS', 10);
const TICKS_PER_SECOND = 100;
/** CPU seconds the whole machine has been busy so far (user, nice, system, irq, softirq). */
const machineSeconds = () => {
  const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq) / TICKS_PER_SECOND;
};

async function measure(label, start) {
  const db = await database();
  try {
    const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
    const server = await start(db.url);
    try {
      const members = await connectRooms(rooms, () => server.baseUrl);
      await driveVotes(members, { rate: Math.min(RATE, 50), seconds: 3 });
      const before = {
        server: processCpuSeconds(server.child.pid),
        machine: machineSeconds(),
        self: process.cpuUsage(),
      };
      const figures = await driveVotes(members, { rate: RATE, seconds: SECONDS });
      const self = process.cpuUsage(before.self);
      const votes = RATE * SECONDS;
      const perVote = (seconds) => Number(((seconds * 1000) / votes).toFixed(2));
      const serverMs = perVote(processCpuSeconds(server.child.pid) - before.server);
      const machineMs = perVote(machineSeconds() - before.machine);
      const generatorMs = perVote((self.user + self.system) / 1e6);
      const result = {
        ...figures,
        cpu_ms_per_vote: {
          server: serverMs,
          load_generator: generatorMs,
          postgres_and_rest: Number((machineMs - serverMs - generatorMs).toFixed(2)),
          machine: machineMs,
        },
      };
      members.close();
      console.log(figuresLine(label, figures));
      console.log(
        `${label.padEnd(8)} CPU per vote: server ${serverMs} ms, PostgreSQL and the rest ${result.cpu_ms_per_vote.postgres_and_rest} ms, load generator ${generatorMs} ms (machine ${machineMs} ms)`,
      );
      return result;
    } finally {
      await server.child.stop();
    }
  } finally {
    await db.stop();
  }
}

process.stdout.write(busyWarning());
console.log(
  `CPU per vote: ${MEETINGS * MEMBERS} sockets, ${RATE} votes/s for ${SECONDS} s; machine: ${machine()}, load average ${machineLoad()}`,
);
const convene = await measure('convene', startApi);
const floor = await measure('floor', startFloor);
const ratio = Number(
  (
    (convene.cpu_ms_per_vote.server + convene.cpu_ms_per_vote.postgres_and_rest) /
    (floor.cpu_ms_per_vote.server + floor.cpu_ms_per_vote.postgres_and_rest)
  ).toFixed(2),
);
console.log(`CPU per vote ratio to floor (server + PostgreSQL): ${ratio}`);
console.log(
  `figures in ${await writeResults('cpu-per-vote', { load: { MEETINGS, MEMBERS, RATE, SECONDS }, convene, floor, cpu_ratio_to_floor: ratio })}`,
);
process.exit(0);
