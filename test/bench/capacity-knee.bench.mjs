#!/usr/bin/env node
// Capacity knee: the vote rate one node sustains with every member of the room getting each vote within
// P99_MS at the 99th percentile, for Convene and for the floor (bare socket.io + one raw INSERT per vote).
//   node test/bench/capacity-knee.bench.mjs      (after `npm run build`; DATABASE_URL optional)
// The rate goes up by STEP every STEP_SECONDS (open loop, timed as in vote-round-trip) until p99 passes P99_MS
// or a vote fails, then REFINE halvings between the last rate that passed and the first that did not; it also
// stops at MAX or when the server's BUDGET_SECONDS run out. The knee is the highest rate that passed. A step
// over the limit is tried RETRIES more times (default 1), so that a burst of unrelated work on a small shared
// machine does not end the sweep early.
// Defaults let the floor climb past 2,000 votes/s on 2 cores (about 7 minutes in all): a budget that ends the
// climb first gives only a lower bound, and the line says so. Loopback only.
import {
  busyWarning,
  connectRooms,
  database,
  driveVotes,
  envNumber,
  machine,
  machineLoad,
  seed,
  sleep,
  startApi,
  startFloor,
  writeResults,
  WARM_UP_SECONDS,
} from './bench-support.mjs';

const MEETINGS = envNumber('BENCH_KNEE_MEETINGS', 50);
const MEMBERS = envNumber('BENCH_KNEE_MEMBERS', 20);
const START = envNumber('BENCH_KNEE_START', 200);
const STEP = envNumber('BENCH_KNEE_STEP', 200);
const STEP_SECONDS = envNumber('BENCH_KNEE_STEP_SECONDS', 8);
const MAX = envNumber('BENCH_KNEE_MAX', 3000);
const P99_MS = envNumber('BENCH_KNEE_P99_MS', 100);
const REFINE = envNumber('BENCH_KNEE_REFINE', 2);
const RETRIES = envNumber('BENCH_KNEE_RETRIES', 1);
const BUDGET_SECONDS = envNumber('BENCH_KNEE_BUDGET_SECONDS', 200);

/** Steps the rate up against one server; returns every step and the knee (0 when even START failed). */
async function sweep(label, server, rooms) {
  const members = await connectRooms(rooms, () => server.baseUrl);
  // Unrecorded: the first seconds of a fresh process are the JIT's, not the server's steady state.
  await driveVotes(members, { rate: START, seconds: WARM_UP_SECONDS });
  const deadline = performance.now() + BUDGET_SECONDS * 1000;
  const steps = [];
  const timeLeft = () => performance.now() + STEP_SECONDS * 1000 <= deadline;
  const step = async (rate) => {
    for (let attempt = 0; ; attempt++) {
      const figures = await driveVotes(members, { rate, seconds: STEP_SECONDS });
      const passed = figures.failed === 0 && figures.p99_ms <= P99_MS;
      const retry = !passed && attempt < RETRIES && timeLeft();
      steps.push({ rate, attempt: attempt + 1, passed, ...figures });
      console.log(
        `${label.padEnd(8)} ${String(rate).padStart(5)} votes/s: p50 ${figures.p50_ms} ms, p95 ${figures.p95_ms} ms, p99 ${figures.p99_ms} ms, failed ${figures.failed}${passed ? '' : retry ? '  (over: once more)' : '  ← past the knee'}`,
      );
      await sleep(1000); // let the last step's stragglers settle before the next
      if (!retry) return passed;
    }
  };
  let knee = 0;
  let past = null;
  let stoppedBy = 'max rate';
  for (let rate = START; rate <= MAX; rate += STEP) {
    if (!timeLeft()) {
      stoppedBy = 'time budget';
      break;
    }
    if (!(await step(rate))) {
      past = rate;
      stoppedBy = 'p99';
      break;
    }
    knee = rate;
  }
  for (let i = 0; past !== null && i < REFINE && timeLeft(); i++) {
    const rate = Math.round((knee + past) / 2 / 5) * 5;
    if (rate <= knee || rate >= past) break;
    if (await step(rate)) knee = rate;
    else past = rate;
  }
  members.close();
  const first = steps.findLast((s) => s.rate === past);
  const note = first
    ? `past it at ${first.rate} votes/s (p99 ${first.p99_ms} ms${first.failed ? `, ${first.failed} failed` : ''})`
    : `stopped by the ${stoppedBy} before p99 passed ${P99_MS} ms: the knee is at least this`;
  console.log(`${label} knee: ${knee} votes/s with p99 ≤ ${P99_MS} ms; ${note}`);
  return { knee_votes_per_s: knee, first_past_votes_per_s: past, stopped_by: stoppedBy, steps };
}

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  console.log(
    `capacity knee: ${MEETINGS * MEMBERS} sockets, from ${START} votes/s up by ${STEP} every ${STEP_SECONDS} s until p99 > ${P99_MS} ms; machine: ${machine()}, load average ${machineLoad()}`,
  );
  const ours = await startApi(db.url);
  const convene = await sweep('convene', ours, rooms);
  await ours.child.stop();
  const bare = await startFloor(db.url);
  const floor = await sweep('floor', bare, rooms);
  await bare.child.stop();
  const ratio =
    floor.knee_votes_per_s > 0
      ? Number((convene.knee_votes_per_s / floor.knee_votes_per_s).toFixed(2))
      : null;
  console.log(`capacity ratio to floor: ${ratio ?? 'n/a (the floor failed its first step)'} (target ≥ 0.5)`);
  const file = await writeResults('capacity-knee', {
    load: { MEETINGS, MEMBERS, START, STEP, STEP_SECONDS, REFINE, RETRIES, MAX, P99_MS, BUDGET_SECONDS },
    convene,
    floor,
    capacity_ratio_to_floor: ratio,
  });
  console.log(`figures in ${file}`);
} finally {
  await db.stop();
}
process.exit(0);
