#!/usr/bin/env node
// The room on screen: how soon the chair sees a meeting well under way, and each vote as it comes in.
//   node test/bench/room-render.bench.mjs      (after `npm run build`; DATABASE_URL optional; Debian's chromium)
// One meeting of MEMBERS members (default 50) with an AGENDA-item agenda (default 30), as join-snapshot builds it:
// a third decided, one item open with half the votes in, the rest pending. The chair's room opens in Chromium with
// the CPU throttled LOADS_CPU_SLOWDOWN times (default 4) through the DevTools protocol, LOADS times (default 5):
//   first render: the join's snapshot arriving (the store's `room:snapshot` mark) → the agenda and the item on screen;
//   event to DOM: a vote's event arriving (`room:event`) → the chair's progress line showing it, for every vote the
//     members still to vote cast from socket.io clients, one every VOTE_GAP_MS (default 250);
//   transfer: the JS and CSS the room route loads, gzipped as a server would send them.
// Figures are printed and written to test-results/bench/room-render.json; nothing is asserted.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { SESSION_COOKIE } from '@convene/contracts';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { fillAgenda } from './bench-agenda.mjs';
import {
  busyWarning,
  connected,
  database,
  envNumber,
  machine,
  machineLoad,
  memberSocket,
  seed,
  sleep,
  startApi,
  writeResults,
} from './bench-support.mjs';

const MEMBERS = envNumber('BENCH_ROOM_MEMBERS', 50);
const AGENDA = envNumber('BENCH_AGENDA_ITEMS', 30);
const LOADS = envNumber('BENCH_ROOM_LOADS', 5);
const CPU_SLOWDOWN = envNumber('BENCH_ROOM_CPU_SLOWDOWN', 4);
const VOTE_GAP_MS = envNumber('BENCH_ROOM_VOTE_GAP_MS', 250);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const GOALS = { firstRenderMs: 300, eventToDomP95Ms: 50, roomRouteKiB: 150 };

if (!existsSync(CHROMIUM)) {
  console.log(
    `no Chromium at ${CHROMIUM}: install Debian's chromium (never a downloaded one) or set CHROMIUM_PATH`,
  );
  process.exit(0);
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : null;
};
const round = (ms) => (ms === null ? null : Math.round(ms * 10) / 10);

/**
 * Watches the page from its first script: the moment the whole agenda and the item's heading are on screen, and each
 * rise of the chair's "n of m who may vote have voted", with the time the DOM showed it.
 */
function recorder(agendaSize) {
  const seen = { fullAt: null, counts: [] };
  window.__roomRender = seen;
  let last = -1;
  new MutationObserver(() => {
    if (
      seen.fullAt === null &&
      document.querySelectorAll('.app-agenda li').length === agendaSize &&
      document.getElementById('current-item-heading')
    )
      seen.fullAt = performance.now();
    const progress = document.querySelector('[data-test="progress"]')?.textContent ?? '';
    const match = /(\d+) of \d+ who may vote/.exec(progress);
    if (match && Number(match[1]) > last) {
      if (last >= 0) seen.counts.push({ count: Number(match[1]), at: performance.now() });
      last = Number(match[1]);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const db = await database();
let api;
let browser;
try {
  console.log(`seeding one meeting of ${MEMBERS} members with a ${AGENDA}-item agenda…`);
  const [room] = await seed(db.url, { meetings: 1, members: MEMBERS });
  const agenda = await fillAgenda(db.url, room, AGENDA);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const [{ current_item_id: openItemId }] = (
    await client.query(`SELECT current_item_id FROM meetings WHERE id = $1`, [room.meetingId])
  ).rows;
  await client.end();
  api = await startApi(db.url);
  process.stdout.write(busyWarning());
  console.log(
    `room render: chair's view, CPU ${CPU_SLOWDOWN}× slower, ${LOADS} loads; machine: ${machine()}, load average ${machineLoad()}`,
  );

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const chair = room.members[0];
  const voters = room.members.filter((m) => m.voter);
  // fillAgenda recuses the first two voters and has the next half vote: the rest are still to vote.
  let toVote = voters.slice(2 + Math.floor(voters.length / 2));

  const firstRenders = [];
  const eventToDom = [];
  let transfer = null;
  for (let load = 0; load < LOADS; load++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: chair.token, url: api.baseUrl }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(recorder, AGENDA);
    const loaded = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      try {
        const body = await response.body();
        loaded.push({
          url: new URL(response.url()).pathname,
          type,
          bytes: body.length,
          gzipped: gzipSync(body).length,
        });
      } catch {
        // A response whose body has gone (a redirect) carries nothing to count.
      }
    });
    await page.goto(`${api.baseUrl}/meetings/${room.meetingId}`);
    await page.waitForFunction(() => window.__roomRender?.fullAt !== null, null, { timeout: 60_000 });
    const first = await page.evaluate(
      () => window.__roomRender.fullAt - performance.getEntriesByName('room:snapshot')[0].startTime,
    );
    firstRenders.push(first);
    if (transfer === null) {
      await page.waitForLoadState('networkidle');
      const sum = (list, key) => list.reduce((total, r) => total + r[key], 0);
      transfer = {
        js_kib: round(
          sum(
            loaded.filter((r) => r.type === 'script'),
            'gzipped',
          ) / 1024,
        ),
        css_kib: round(
          sum(
            loaded.filter((r) => r.type === 'stylesheet'),
            'gzipped',
          ) / 1024,
        ),
        total_kib: round(sum(loaded, 'gzipped') / 1024),
        files: loaded.length,
      };
    }

    // Members still to vote cast theirs, one at a time; the chair's page shows each rise in the count.
    const batch = toVote.slice(0, Math.max(1, Math.floor(toVote.length / (LOADS - load))));
    toVote = toVote.slice(batch.length);
    for (const voter of batch) {
      const socket = memberSocket(api.baseUrl, voter);
      await connected(socket);
      await socket.timeout(10_000).emitWithAck('meeting.join', { meetingId: room.meetingId });
      await socket.timeout(10_000).emitWithAck('vote.cast', {
        meetingId: room.meetingId,
        idempotencyKey: randomUUID(),
        itemId: openItemId,
        choice: 'agree',
        reason: 'Needs not met by SEN support',
      });
      socket.close();
      await sleep(VOTE_GAP_MS);
    }
    await sleep(500);
    const gaps = await page.evaluate(() => {
      const arrivals = performance
        .getEntriesByName('room:event')
        .filter((m) => m.detail?.type === 'vote.cast')
        .map((m) => m.startTime);
      return window.__roomRender.counts
        .map((shown, i) => (arrivals[i] === undefined ? null : shown.at - arrivals[i]))
        .filter((gap) => gap !== null);
    });
    eventToDom.push(...gaps);
    await context.close();
  }

  const results = {
    first_render_ms: {
      runs: firstRenders.map(round),
      p50: round(quantile(firstRenders, 0.5)),
      max: round(Math.max(...firstRenders)),
    },
    event_to_dom_ms: {
      events: eventToDom.length,
      p50: round(quantile(eventToDom, 0.5)),
      p95: round(quantile(eventToDom, 0.95)),
      max: round(eventToDom.length ? Math.max(...eventToDom) : null),
    },
    room_route_transfer: transfer,
  };
  console.log(
    `first render (snapshot → agenda and item on screen): p50 ${results.first_render_ms.p50} ms, max ${results.first_render_ms.max} ms over ${LOADS} loads (goal ≤ ${GOALS.firstRenderMs} ms)`,
  );
  console.log(
    `event to DOM (vote event → chair's count): p50 ${results.event_to_dom_ms.p50} ms, p95 ${results.event_to_dom_ms.p95} ms over ${eventToDom.length} votes (goal p95 ≤ ${GOALS.eventToDomP95Ms} ms)`,
  );
  console.log(
    `room route transfer, gzipped: JS ${transfer.js_kib} KiB, CSS ${transfer.css_kib} KiB, ${transfer.total_kib} KiB in ${transfer.files} files (goal ≤ ${GOALS.roomRouteKiB} kB)`,
  );
  const file = await writeResults('room-render', {
    load: { MEMBERS, AGENDA, LOADS, CPU_SLOWDOWN, VOTE_GAP_MS },
    agenda,
    goals: GOALS,
    ...results,
  });
  console.log(`figures in ${file}`);
} finally {
  await browser?.close();
  await api?.child.stop();
  await db.stop();
}
process.exit(0);
