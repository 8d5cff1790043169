#!/usr/bin/env node
// One member floods the room; everyone else's votes, in one run.
//   node test/bench/person-flood.bench.mjs   (after `npm run build`; DATABASE_URL optional: an embedded PostgreSQL otherwise)
// Load: MEETINGS meetings × MEMBERS members connected to one API node; the others' votes at RATE votes/s on an
// open-loop schedule, each timed from when it was scheduled to be sent until its acknowledgement. The flooder, a
// voter of the first meeting, opens FLOOD_SOCKETS connections (those over the per-person limit are refused) and
// keeps FLOOD_IN_FLIGHT votes in flight on each, as fast as the answers come back. The timed seconds
// (BENCH_SECONDS) are split into BENCH_ROUNDS rounds taken in turn, quiet, flood, flood, quiet…, so a spell of
// other work on the machine falls on both alike. Prints the others' acknowledgement p50/p95/p99 without and with
// the flood, the API process's CPU time a second in each (from /proc, so other work on the machine does not
// inflate it), and how many of the flooder's commands were accepted and refused. Loopback only; bounded.
import { randomUUID } from 'node:crypto';
import {
  busyWarning,
  connectRooms,
  connected,
  database,
  envNumber,
  machine,
  machineLoad,
  memberSocket,
  newHistogram,
  percentiles,
  processCpuSeconds,
  seed,
  sleep,
  startApi,
  WARM_UP_SECONDS,
  writeResults,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_MEETINGS', 20);
const MEMBERS = envNumber('BENCH_MEMBERS', 20);
const RATE = envNumber('BENCH_RATE', 100);
const SECONDS = envNumber('BENCH_SECONDS', 24);
const ROUNDS = Math.max(2, envNumber('BENCH_ROUNDS', 4));
const FLOOD_SOCKETS = envNumber('BENCH_FLOOD_SOCKETS', 50);
const FLOOD_IN_FLIGHT = envNumber('BENCH_FLOOD_IN_FLIGHT', 5);

const cpuMs = (seconds) => `${Math.round(seconds * 1000)} ms`;

/** Quiet in rounds 0, 3, 4, 7…; flood in 1, 2, 5, 6…: neither is always first. */
const flooded = (n) => ((n + 1) >> 1) % 2 === 1;

/** The others' votes: RATE a second for `seconds`, each timed to its acknowledgement into `histogram`. */
async function othersVote(voters, { seconds, histogram }) {
  const total = Math.round(RATE * seconds);
  const start = performance.now() + 100;
  const answers = [];
  let failed = 0;
  for (let n = 0; n < total; n++) {
    const scheduled = start + (n * 1000) / RATE;
    const wait = scheduled - performance.now();
    if (wait > 1) await sleep(wait);
    const { socket, room } = voters[Math.floor(Math.random() * voters.length)];
    answers.push(
      socket
        .timeout(30_000)
        .emitWithAck('vote.cast', {
          meetingId: room.meetingId,
          idempotencyKey: randomUUID(),
          itemId: room.itemId,
          choice: n % 2 ? 'agree' : 'refuse',
          reason: 'bench',
        })
        .then((ack) => {
          if (!ack?.ok) failed++;
          else histogram?.recordValue(Math.max(1, Math.round((performance.now() - scheduled) * 1000)));
        })
        .catch(() => failed++),
    );
  }
  await Promise.all(answers);
  return { votes: total, failed };
}

/** The flooder's votes on every connection they got, FLOOD_IN_FLIGHT at a time on each, until `stop()`. */
function startFlood(sockets, room) {
  const counts = { accepted: 0, refused: 0, other: 0 };
  let running = true;
  const lane = async (socket) => {
    while (running && socket.connected) {
      const ack = await socket
        .timeout(30_000)
        .emitWithAck('vote.cast', {
          meetingId: room.meetingId,
          idempotencyKey: randomUUID(),
          itemId: room.itemId,
          choice: 'agree',
          reason: 'flood',
        })
        .catch(() => null);
      if (ack?.ok) counts.accepted++;
      else if (ack?.code === 'rate_limited') counts.refused++;
      else counts.other++;
    }
  };
  const lanes = sockets.flatMap((socket) => Array.from({ length: FLOOD_IN_FLIGHT }, () => lane(socket)));
  return {
    counts,
    stop: async () => {
      running = false;
      await Promise.all(lanes);
    },
  };
}

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  const server = await startApi(db.url);
  const members = await connectRooms(rooms, () => server.baseUrl);
  const flooderRoom = rooms[0];
  const flooder = flooderRoom.members.find((m) => m.voter);
  const voters = members.voters.filter(({ member }) => member.userId !== flooder.userId);

  // The flooder's connections, on top of the one they already have: those over their limit are refused.
  const attempts = Array.from({ length: FLOOD_SOCKETS }, () => memberSocket(server.baseUrl, flooder));
  const outcomes = await Promise.allSettled(attempts.map((socket) => connected(socket)));
  const floodSockets = attempts.filter((_, i) => outcomes[i].status === 'fulfilled');
  console.log(
    `load: ${MEETINGS * MEMBERS} sockets, the others' votes at ${RATE}/s, ${SECONDS} s in ${ROUNDS} rounds (quiet, flood, flood, quiet…), after ${WARM_UP_SECONDS} s untimed; the flooder got ${floodSockets.length} of ${FLOOD_SOCKETS} connections, ${FLOOD_IN_FLIGHT} votes in flight on each; machine: ${machine()}, load average ${machineLoad()}`,
  );
  if (WARM_UP_SECONDS > 0) await othersVote(voters, { seconds: WARM_UP_SECONDS });

  const quiet = { histogram: newHistogram(), votes: 0, failed: 0, cpu: [] };
  const flood = {
    histogram: newHistogram(),
    votes: 0,
    failed: 0,
    accepted: 0,
    refused: 0,
    other: 0,
    seconds: 0,
    cpu: [],
  };
  for (let n = 0; n < ROUNDS; n++) {
    const seconds = SECONDS / ROUNDS;
    const into = flooded(n) ? flood : quiet;
    const round = newHistogram();
    const started = performance.now();
    const cpuBefore = processCpuSeconds(server.child.pid);
    const flooding = flooded(n) ? startFlood(floodSockets, flooderRoom) : null;
    const figures = await othersVote(voters, { seconds, histogram: round });
    await flooding?.stop();
    const cpuPerSecond =
      (processCpuSeconds(server.child.pid) - cpuBefore) / ((performance.now() - started) / 1000);
    into.cpu.push(cpuPerSecond);
    into.histogram.add(round);
    into.votes += figures.votes;
    into.failed += figures.failed;
    let floodLine = '';
    if (flooding) {
      const { accepted, refused, other } = flooding.counts;
      flood.accepted += accepted;
      flood.refused += refused;
      flood.other += other;
      flood.seconds += (performance.now() - started) / 1000;
      floodLine = `; flooder accepted ${accepted}, refused ${refused}, other ${other}`;
    }
    const p = percentiles(round);
    console.log(
      `${flooded(n) ? 'flood' : 'quiet'} ${n + 1}: others' votes ${figures.votes}, failed ${figures.failed}, ack p50 ${p.p50_ms} ms, p95 ${p.p95_ms} ms, p99 ${p.p99_ms} ms; the API used ${cpuMs(cpuPerSecond)} of CPU a second${floodLine}`,
    );
  }
  members.close();
  floodSockets.forEach((socket) => socket.close());
  await server.child.stop();

  const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const without = {
    votes: quiet.votes,
    failed: quiet.failed,
    ...percentiles(quiet.histogram),
    api_cpu_ms_per_s: Math.round(mean(quiet.cpu) * 1000),
  };
  const withFlood = {
    votes: flood.votes,
    failed: flood.failed,
    ...percentiles(flood.histogram),
    api_cpu_ms_per_s: Math.round(mean(flood.cpu) * 1000),
  };
  console.log(
    `others' ack without the flood: p50 ${without.p50_ms} ms, p95 ${without.p95_ms} ms, p99 ${without.p99_ms} ms (${without.votes} votes, ${without.failed} failed); the API's CPU ${without.api_cpu_ms_per_s} ms a second`,
  );
  console.log(
    `others' ack with the flood:    p50 ${withFlood.p50_ms} ms, p95 ${withFlood.p95_ms} ms, p99 ${withFlood.p99_ms} ms (${withFlood.votes} votes, ${withFlood.failed} failed); the API's CPU ${withFlood.api_cpu_ms_per_s} ms a second`,
  );
  console.log(
    `flooder: ${floodSockets.length} of ${FLOOD_SOCKETS} connections admitted; ${flood.accepted} votes accepted, ${flood.refused} refused (rate_limited), ${flood.other} other answers, over ${flood.seconds.toFixed(1)} s of flood`,
  );
  const file = await writeResults('person-flood', {
    load: { MEETINGS, MEMBERS, RATE, SECONDS, ROUNDS, FLOOD_SOCKETS, FLOOD_IN_FLIGHT },
    without,
    with: withFlood,
    flooder: {
      connections: floodSockets.length,
      accepted: flood.accepted,
      refused: flood.refused,
      other: flood.other,
      seconds: Number(flood.seconds.toFixed(1)),
    },
  });
  console.log(`figures written to ${file}`);
} finally {
  await db.stop();
}
process.exit(0);
