#!/usr/bin/env node
// Memory per authenticated connection, Convene next to the floor (bare socket.io, no authentication), and
// whether memory keeps growing as people come and go.
//   node test/bench/memory-per-connection.bench.mjs      (after `npm run build`; DATABASE_URL optional)
// Each server: resident set (VmRSS from /proc/<pid>/status) and V8 heap after a forced GC, idle and with
// SOCKETS connections held open (default 5,000, each with its own session); then CYCLES cycles (default 10)
// of CYCLE_SOCKETS connects and disconnects (default 2,000) on a fresh process, and growth from the first
// cycle to the last; any MaxListenersExceededWarning the server prints (its stderr is captured) is reported.
// The heap is read by memory-probe.mjs, loaded into the server process by this script: the API exposes
// nothing new. Clients are spread over CLIENT_PROCESSES child processes. Loopback only; bounded.
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import {
  busyWarning,
  database,
  envNumber,
  machine,
  machineLoad,
  openFileLimit,
  rssKiB,
  seed,
  sleep,
  startApi,
  startFloor,
  writeResults,
} from './bench-support.mjs';

const SOCKETS = envNumber('BENCH_SOCKETS', 5000);
const CYCLES = envNumber('BENCH_CYCLES', 10);
const CYCLE_SOCKETS = envNumber('BENCH_CYCLE_SOCKETS', 2000);
const CLIENT_PROCESSES = envNumber('BENCH_CLIENT_PROCESSES', 2);
const CONCURRENCY = 25; // handshakes in flight per client process
const MEMBERS = 20;
const PROBE = ['--expose-gc', '--import', new URL('memory-probe.mjs', import.meta.url).pathname];

// Every connection is a file descriptor in the server and in a client process (all on this machine).
const needed = SOCKETS + 256;
const limit = await openFileLimit();
if (limit < needed) {
  console.error(
    `memory per connection: the open-file limit is ${limit}, below the ${needed} that ${SOCKETS} sockets need.`,
  );
  console.error(
    `Raise it for this shell (\`ulimit -n ${Math.max(needed, 20000)}\`; the hard limit is in /etc/security/limits.conf or the container's nofile), or set BENCH_SOCKETS lower.`,
  );
  process.exit(1);
}

const mib = (kib) => Number((kib / 1024).toFixed(1));

/** RSS (KiB, from /proc) and heap (bytes, from the probe) after a forced GC, once the server is quiet. */
async function memory(server) {
  await sleep(1500);
  const heap = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the memory probe did not answer')), 10_000);
    server.child.once('message', (m) => {
      clearTimeout(timer);
      resolve(m);
    });
    server.child.send({ type: 'memory' });
  });
  return {
    rss_kib: await rssKiB(server.child.pid),
    heap_used_bytes: heap.heapUsed,
    heap_total_bytes: heap.heapTotal,
    external_bytes: heap.external,
  };
}

/** Established TCP connections whose local end is the server's port, from /proc/net/tcp. */
async function serverConnections(port) {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const table = await readFile('/proc/net/tcp', 'utf8');
  let count = 0;
  for (const line of table.split('\n')) {
    const [, local, , state] = line.trim().split(/\s+/);
    if (state === '01' && local?.endsWith(`:${hexPort}`)) count++;
  }
  return count;
}

async function untilConnections(port, test, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let count;
  while (!test((count = await serverConnections(port))) && Date.now() < deadline) await sleep(250);
  return count;
}

/** Child processes each holding a share of the connections. */
async function clientProcesses(count) {
  const children = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve, reject) => {
          const child = fork(new URL('socket-clients.mjs', import.meta.url).pathname, {
            stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          });
          child.once('message', () => resolve(child));
          child.once('exit', (code) => reject(new Error(`a client process exited ${code}`)));
        }),
    ),
  );
  const ask = (child, message, answer) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`a client process did not answer ${message.type} within 5 minutes`)),
        300_000,
      );
      const onMessage = (m) => {
        if (m.type === answer) {
          clearTimeout(timer);
          child.off('message', onMessage);
          resolve(m);
        }
      };
      child.on('message', onMessage);
      child.send(message);
    });
  return {
    async connect(baseUrl, members) {
      const started = performance.now();
      const shares = children.map((_, i) => members.filter((__, n) => n % count === i));
      const answers = await Promise.all(
        children.map((child, i) =>
          ask(child, { type: 'connect', baseUrl, members: shares[i], concurrency: CONCURRENCY }, 'connected'),
        ),
      );
      const failed = answers.reduce((sum, a) => sum + a.failed, 0);
      if (failed)
        console.log(
          `  ${failed} of ${members.length} connections failed: ${[...new Set(answers.flatMap((a) => a.errors))].join('; ')}`,
        );
      return {
        connected: answers.reduce((sum, a) => sum + a.connected, 0),
        failed,
        seconds: (performance.now() - started) / 1000,
      };
    },
    disconnect: () =>
      Promise.all(children.map((child) => ask(child, { type: 'disconnect' }, 'disconnected'))),
    stop: () => children.forEach((child) => child.kill()),
  };
}

/** Idle, then SOCKETS connections held open: what each one costs the server. */
async function perConnection(label, server, members, clients) {
  const port = Number(new URL(server.baseUrl).port);
  const idle = await memory(server);
  const opened = await clients.connect(server.baseUrl, members.slice(0, SOCKETS));
  await untilConnections(port, (n) => n >= opened.connected);
  const held = await memory(server);
  const each = {
    rss_kib: Number(((held.rss_kib - idle.rss_kib) / opened.connected).toFixed(1)),
    heap_kib: Number(((held.heap_used_bytes - idle.heap_used_bytes) / 1024 / opened.connected).toFixed(1)),
  };
  console.log(
    `${label.padEnd(8)} ${opened.connected} sockets (opened in ${opened.seconds.toFixed(1)} s): RSS ${mib(idle.rss_kib)} → ${mib(held.rss_kib)} MiB, heap ${mib(idle.heap_used_bytes / 1024)} → ${mib(held.heap_used_bytes / 1024)} MiB; per connection ${each.rss_kib} KiB RSS, ${each.heap_kib} KiB heap`,
  );
  await clients.disconnect();
  await untilConnections(port, (n) => n === 0);
  return {
    sockets: opened.connected,
    failed: opened.failed,
    connect_seconds: Number(opened.seconds.toFixed(1)),
    idle,
    held,
    per_connection: each,
  };
}

/**
 * On a fresh server (so that the peak above does not hide a leak in freed pages): CYCLES cycles of
 * CYCLE_SOCKETS connects and disconnects; growth from after the first cycle to after the last.
 */
async function churn(label, server, members, clients) {
  const port = Number(new URL(server.baseUrl).port);
  const cycles = [];
  for (let c = 1; c <= CYCLES; c++) {
    const cycle = await clients.connect(server.baseUrl, members.slice(0, CYCLE_SOCKETS));
    await untilConnections(port, (n) => n >= cycle.connected);
    await clients.disconnect();
    const left = await untilConnections(port, (n) => n === 0);
    cycles.push({
      cycle: c,
      connected: cycle.connected,
      failed: cycle.failed,
      still_connected: left,
      ...(await memory(server)),
    });
  }
  const [first, last] = [cycles[0], cycles.at(-1)];
  const growth = {
    rss_percent: Number((((last.rss_kib - first.rss_kib) / first.rss_kib) * 100).toFixed(1)),
    heap_percent: Number(
      (((last.heap_used_bytes - first.heap_used_bytes) / first.heap_used_bytes) * 100).toFixed(1),
    ),
  };
  const warnings = server.child
    .output()
    .split('\n')
    .filter((line) => /MaxListenersExceededWarning/.test(line));
  console.log(
    `${label.padEnd(8)} ${CYCLES} cycles of ${CYCLE_SOCKETS} connects and disconnects: RSS growth ${growth.rss_percent}% (target ≤ 5%), heap growth ${growth.heap_percent}%; RSS after each cycle ${cycles.map((c) => Math.round(c.rss_kib / 1024)).join(', ')} MiB; heap ${mib(first.heap_used_bytes / 1024)} → ${mib(last.heap_used_bytes / 1024)} MiB`,
  );
  console.log(
    `${label.padEnd(8)} MaxListenersExceededWarning: ${warnings.length ? `${warnings.length} — ${warnings[0].trim().slice(0, 200)}` : 'none'}`,
  );
  return { cycles, growth, max_listeners_warnings: warnings };
}

/** Both phases against one kind of server, each on a process of its own. */
async function measure(label, start, members, clients) {
  const first = await start();
  const held = await perConnection(label, first, members, clients);
  const firstWarnings = first.child
    .output()
    .split('\n')
    .filter((line) => /MaxListenersExceededWarning/.test(line));
  await first.child.stop();
  const second = await start();
  const churned = await churn(label, second, members, clients);
  await second.child.stop();
  return {
    ...held,
    ...churned,
    max_listeners_warnings: [...firstWarnings, ...churned.max_listeners_warnings],
  };
}

const db = await database();
const clients = await clientProcesses(CLIENT_PROCESSES);
try {
  const meetings = Math.ceil(Math.max(SOCKETS, CYCLE_SOCKETS) / MEMBERS);
  console.log(`seeding ${meetings * MEMBERS} members with sessions…`);
  const rooms = await seed(db.url, { meetings, members: MEMBERS });
  const members = rooms.flatMap((room) => room.members).map(({ userId, token }) => ({ userId, token }));
  process.stdout.write(busyWarning());
  console.log(
    `memory per connection: ${SOCKETS} sockets from ${CLIENT_PROCESSES} client processes, then ${CYCLES} × ${CYCLE_SOCKETS} connects and disconnects; open-file limit ${limit}; machine: ${machine()}, load average ${machineLoad()}`,
  );
  const convene = await measure(
    'convene',
    () => startApi(db.url, { nodeArgs: PROBE, ipc: true }),
    members,
    clients,
  );
  const floor = await measure(
    'floor',
    () => startFloor(db.url, { nodeArgs: PROBE, ipc: true }),
    members,
    clients,
  );
  const ratio = Number((convene.per_connection.rss_kib / floor.per_connection.rss_kib).toFixed(2));
  console.log(`memory per connection ratio to floor (RSS): ${ratio}`);
  const file = await writeResults('memory-per-connection', {
    load: { SOCKETS, CYCLES, CYCLE_SOCKETS, CLIENT_PROCESSES },
    convene,
    floor,
    rss_per_connection_ratio_to_floor: ratio,
  });
  console.log(`figures in ${file}`);
} finally {
  clients.stop();
  await db.stop();
}
process.exit(0);
