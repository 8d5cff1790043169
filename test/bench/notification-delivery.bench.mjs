#!/usr/bin/env node
// Notification email delivery: MESSAGES (10,000) emails queued in the outbox, the time the API takes to deliver them
// to a local SMTP server, and the vote round trip p50/p99 before and while it delivers. Printed, never asserted.
// The SMTP server runs in a worker thread, so the votes' timings here wait on nothing of the mail's but the API's.
//   node test/bench/notification-delivery.bench.mjs   (needs `npm run build`; DATABASE_URL optional)
// Load: MEETINGS × MEMBERS members voting at RATE votes/s for BENCH_SECONDS (10) without delivery, then for as long
// as the delivery takes. The SMTP server (smtp-server) accepts each message at once. Loopback only.
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
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
} from './bench-support.mjs';

const MESSAGES = envNumber('BENCH_MESSAGES', 10_000);
const MEETINGS = envNumber('BENCH_MEETINGS', 20);
const MEMBERS = envNumber('BENCH_MEMBERS', 10);
const RATE = envNumber('BENCH_RATE', 100);
const SECONDS = envNumber('BENCH_SECONDS', 10);

const acceptedCount = new SharedArrayBuffer(4);
const smtp = new Worker(new URL('./smtp-sink-thread.mjs', import.meta.url), {
  workerData: { accepted: acceptedCount },
});
const [{ port: smtpPort }] = await once(smtp, 'message');
const received = () => Atomics.load(new Int32Array(acceptedCount), 0);
const smtpUrl = `smtp://127.0.0.1:${smtpPort}`;

const db = await database();
try {
  console.log(`seeding ${MEETINGS} meetings × ${MEMBERS} members…`);
  const rooms = await seed(db.url, { meetings: MEETINGS, members: MEMBERS });
  process.stdout.write(busyWarning());
  const api = await startApi(db.url, {
    env: { SMTP_URL: smtpUrl, MAIL_FROM: 'Bench <bench@council.example>' },
  });
  const members = await connectRooms(rooms, () => api.baseUrl);
  console.log(
    `load: ${MEETINGS * MEMBERS} sockets, ${RATE} votes/s, ${MESSAGES} emails; machine: ${machine()}, load average ${machineLoad()}`,
  );
  await driveVotes(members, { rate: RATE, seconds: 2 });
  const quiet = await driveVotes(members, { rate: RATE, seconds: SECONDS });
  console.log(figuresLine('no mail', quiet));

  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    `INSERT INTO outbound_messages (recipient_id, kind, cause_key, address, subject, body_text, body_html, message_id)
     SELECT u.id, 'case_decided', 'bench:' || n, 'person-' || n || '@council.example', 'Convene: a decision',
            'Your case EHC-0042 was decided: agree', '<p>Your case EHC-0042 was decided: agree</p>',
            '<' || gen_random_uuid() || '@council.example>'
       FROM generate_series(1, $1) n, LATERAL (SELECT id FROM users ORDER BY id LIMIT 1) u`,
    [MESSAGES],
  );
  const started = performance.now();
  let delivering = true;
  const sent = async () =>
    (await client.query(`SELECT count(*)::int AS n FROM outbound_messages WHERE status = 'sent'`)).rows[0].n;
  const watcher = (async () => {
    while ((await sent()) < MESSAGES) await sleep(250);
    delivering = false;
    return (performance.now() - started) / 1000;
  })();
  const during = [];
  while (delivering) during.push(await driveVotes(members, { rate: RATE, seconds: Math.min(SECONDS, 5) }));
  const seconds = await watcher;
  const votes = during.reduce((sum, f) => sum + f.votes, 0);
  const worst = (key) => Math.max(...during.map((f) => f[key]));
  console.log(
    `delivered ${MESSAGES} emails in ${seconds.toFixed(1)} s (${(MESSAGES / seconds).toFixed(0)}/s); the SMTP server counted ${received()}`,
  );
  for (const [n, figures] of during.entries()) console.log(figuresLine(`mail ${n + 1}`, figures));
  console.log(
    `while delivering: ${votes} votes, worst slice p50 ${worst('p50_ms')} ms, p99 ${worst('p99_ms')} ms`,
  );
  await writeResults('notification-delivery', {
    machine: machine(),
    load: { MESSAGES, MEETINGS, MEMBERS, RATE, SECONDS },
    deliverySeconds: seconds,
    received: received(),
    quiet,
    during,
  });
  await client.end();
  members.close();
  await api.child.stop();
} finally {
  await db.stop();
  smtp.postMessage('close');
}
process.exit(0);
