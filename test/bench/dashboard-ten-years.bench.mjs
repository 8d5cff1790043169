#!/usr/bin/env node
// The service dashboard over ten years of one council, against hand-written SQL for the same figures.
//   node test/bench/dashboard-ten-years.bench.mjs      (after `npm run build`; DATABASE_URL optional)
// Loads ten years of one council into a fresh database by set-based SQL (ten-years-council.mjs): about
// BENCH_TEN_YEAR_REQUESTS requests (default 12,000), BENCH_TEN_YEAR_ADVICES advice requests (50,000) and
// BENCH_AUDIT_ROWS audit records (1,000,000), then starts the built API and signs in as a panel chair. For each
// dashboard route, BENCH_DASHBOARD_WARMUP warm-up requests (5) and BENCH_DASHBOARD_RUNS timed ones (30), one
// at a time, each followed by the hand-written queries for the same figures (dashboard-hand-written.mjs) on a
// pg Pool, timed the same way; the two must agree on the route's headline figures. First the page as a reader
// opens it (its four figure requests at once, against all their hand-written SQL at once), then each route
// alone. Prints p50/p95 and the ratio of the p50s; target: the page no slower than 1.5 × its hand-written SQL
// (each route's own ratio is printed too, with the worst). BENCH_KEEP_DATABASE=1
// keeps the database (on DATABASE_URL's server) for EXPLAIN ANALYZE afterwards. Loopback only; bounded.
import { mkdir, writeFile } from 'node:fs/promises';
import pg from 'pg';
import {
  busyWarning,
  database,
  envNumber,
  machine,
  machineLoad,
  newHistogram,
  percentiles,
  root,
  startApi,
} from './bench-support.mjs';
import { handWrittenFigures } from './dashboard-hand-written.mjs';
import { loadTenYears, migrate } from './ten-years-council.mjs';

const REQUESTS = envNumber('BENCH_TEN_YEAR_REQUESTS', 12_000);
const ADVICES = envNumber('BENCH_TEN_YEAR_ADVICES', 50_000);
const AUDIT_ROWS = envNumber('BENCH_AUDIT_ROWS', 1_000_000);
const RUNS = envNumber('BENCH_DASHBOARD_RUNS', 30);
const WARMUP = envNumber('BENCH_DASHBOARD_WARMUP', 5);
const TARGET_RATIO = 1.5;

const TODAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
}).format(new Date());
const lastMonth = new Date(`${TODAY.slice(0, 7)}-01T00:00:00Z`);
lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
/** The month the dashboard is read for: the last whole month, as the monthly return is. */
const MONTH = lastMonth.toISOString().slice(0, 7);

/** One line per route (or drill-down) measured: its path and query, and its hand-written figures. */
const routes = (f) => [
  [`/api/dashboard/timeliness?month=${MONTH}&months=12`, f.timeliness],
  [`/api/dashboard/timeliness/cases?month=${MONTH}&measure=late&exceptions=include`, f.lateTimelinessCases],
  [`/api/dashboard/annual-reviews?month=${MONTH}&months=12`, f.annualReviews],
  [`/api/dashboard/annual-reviews/cases?month=${MONTH}&measure=overdue&span=rolling`, f.overdueReviewCases],
  [`/api/dashboard/phase-transfers/cases?deadline=${f.transferCases.deadline}`, f.transferCases],
  [`/api/dashboard/decisions?month=${MONTH}`, f.decisions],
  [`/api/dashboard/quality?month=${MONTH}`, f.quality],
  [`/api/dashboard/cases?measure=received&month=${MONTH}&span=rolling`, f.receivedCases],
  [`/api/dashboard/cases?measure=open`, f.openCases],
  [`/api/dashboard/cases?measure=open_over_twenty_weeks`, f.openOverTwentyWeeksCases],
  [
    `/api/dashboard/cases?measure=advices_due&month=${MONTH}&span=rolling&agency=Educational%20Psychology%20service&adviceKind=educational_psychology`,
    f.epAdvicesDueCases,
  ],
  [
    `/api/dashboard/cases?measure=decisions&outcome=refused_to_assess&month=${MONTH}&span=rolling&by=locality&key=Northdale`,
    f.refusalsInNorthdaleCases,
  ],
  [
    `/api/dashboard/cases?measure=plans_meeting_standard&month=${MONTH}&span=rolling`,
    f.plansMeetingStandardCases,
  ],
  [
    `/api/dashboard/cases?measure=advices_meeting_standard&month=${MONTH}&span=rolling&agency=CAMHS`,
    f.camhsAdvicesMeetingStandardCases,
  ],
];

/** What the dashboard page asks for when it opens, all at once: the figures, not the drill-downs. */
const PAGE = [
  `/api/dashboard/timeliness?month=${MONTH}&months=12`,
  `/api/dashboard/annual-reviews?month=${MONTH}&months=12`,
  `/api/dashboard/decisions?month=${MONTH}`,
  `/api/dashboard/quality?month=${MONTH}`,
];

/** Equal figures whatever the order of their keys. */
const canonical = (value) =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.keys(value)
            .sort()
            .map((k) => [k, canonical(value[k])]),
        )
      : value;
const same = (a, b) => JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
const micros = (from) => Math.max(1, Math.round((performance.now() - from) * 1000));

pg.types.setTypeParser(1082, (value) => value); // dates as YYYY-MM-DD, as the API reads them

const db = await database();
let api;
let pool;
try {
  process.stdout.write(busyWarning());
  console.log(
    `dashboard over ten years: ${REQUESTS} requests, about ${ADVICES} advice requests, ${AUDIT_ROWS} audit records; month ${MONTH}, today ${TODAY}; machine: ${machine()}, load average ${machineLoad()}`,
  );
  await migrate(db.url, root);
  const loadStarted = performance.now();
  const council = await loadTenYears(db.url, {
    today: TODAY,
    requests: REQUESTS,
    advices: ADVICES,
    auditRows: AUDIT_ROWS,
    log: (line) => console.log(line),
  });
  const loadSeconds = Number(((performance.now() - loadStarted) / 1000).toFixed(1));
  console.log(
    `loaded in ${loadSeconds} s: ${Object.entries(council.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString('en-GB')}`)
      .join(', ')}`,
  );

  api = await startApi(db.url);
  pool = new pg.Pool({ connectionString: db.url, max: 20 });
  const cookie = `convene_session=${council.token}`;
  const get = async (path) => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      headers: { cookie, accept: 'application/json' },
    });
    if (!response.ok)
      throw new Error(`GET ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response.json();
  };

  // Every GET route under /api/dashboard, from the API's own OpenAPI document: a route nobody measures is named.
  const openapi = await get('/api/docs/openapi.json');
  const dashboardRoutes = Object.entries(openapi.paths)
    .filter(([path, ops]) => path.startsWith('/api/dashboard') && ops.get)
    .map(([path]) => path)
    .sort();
  // BENCH_ROUTES=quality,annual measures only the routes whose path contains one of those words (and skips the page).
  const only = process.env.BENCH_ROUTES?.split(',');
  const table = routes(handWrittenFigures({ month: MONTH, today: TODAY })).filter(
    ([path]) => !only || only.some((word) => path.includes(word)),
  );
  const measured = new Set(table.map(([path]) => path.split('?')[0]));
  const unmeasured = dashboardRoutes.filter((path) => !measured.has(path));
  for (const path of unmeasured)
    console.log(
      `NOT MEASURED: GET ${path} — add a line for it to routes() in test/bench/dashboard-ten-years.bench.mjs`,
    );

  /** WARMUP + RUNS of each, one at a time, alternating which goes first so neither always meets the other's leftovers. */
  const measure = async (path, figures) => {
    const viaApi = newHistogram();
    const viaSql = newHistogram();
    let apiFigures;
    let sqlFigures;
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const timeApi = async () => {
        const t = performance.now();
        const body = await (figures.get ? figures.get() : get(path));
        const us = micros(t);
        apiFigures = figures.headline(body);
        return us;
      };
      const timeSql = async () => {
        const t = performance.now();
        sqlFigures = await figures.sql(pool);
        return micros(t);
      };
      const [apiUs, sqlUs] =
        run % 2
          ? [await timeApi(), await timeSql()]
          : await timeSql().then(async (s) => [await timeApi(), s]);
      if (run >= WARMUP) {
        viaApi.recordValue(apiUs);
        viaSql.recordValue(sqlUs);
      }
    }
    return { a: percentiles(viaApi), s: percentiles(viaSql), apiFigures, sqlFigures };
  };

  // What any request costs before a dashboard query runs (HTTP, the session check, Nest, one round trip), against one round trip.
  const floor = await measure('/api/health', {
    headline: (b) => b.database,
    sql: async (p) => ((await p.query('SELECT 1')).rowCount === 1 ? 'up' : 'down'),
  });
  console.log(
    `floor GET /api/health (SELECT 1 through the API): p50 ${floor.a.p50_ms} ms, p95 ${floor.a.p95_ms} ms; SELECT 1 on the pool p50 ${floor.s.p50_ms} ms`,
  );

  // The dashboard as a reader meets it: the page's requests in parallel, against the hand-written SQL for all of them in parallel.
  const pageFigures = PAGE.map((path) => table.find(([p]) => p === path)?.[1]);
  const page = pageFigures.some((f) => !f)
    ? { a: {}, s: {} }
    : await measure(PAGE.join(' + '), {
        get: () => Promise.all(PAGE.map((path) => get(path))),
        headline: (bodies) => bodies.map((body, i) => pageFigures[i].headline(body)),
        sql: (p) => Promise.all(pageFigures.map((f) => f.sql(p))),
      });
  const pageRatio = Number((page.a.p50_ms / page.s.p50_ms).toFixed(2));
  const pageAgree = same(page.apiFigures, page.sqlFigures);
  console.log(
    `dashboard page (${PAGE.length} requests in parallel): p50 ${page.a.p50_ms} ms, p95 ${page.a.p95_ms} ms; hand-written SQL (all in parallel) p50 ${page.s.p50_ms} ms; ratio ${pageRatio}${pageAgree ? '' : ' — FIGURES DIFFER'}`,
  );

  const results = [];
  for (const [path, figures] of table) {
    const { a, s, apiFigures, sqlFigures } = await measure(path, figures);
    const ratio = Number((a.p50_ms / s.p50_ms).toFixed(2));
    // What is left once the cost every request pays (the floor above) is taken off: the route's own work.
    const beyondFloor = Number(
      (Math.max(0, a.p50_ms - (floor.a.p50_ms - floor.s.p50_ms)) / s.p50_ms).toFixed(2),
    );
    const agree = same(apiFigures, sqlFigures);
    results.push({
      route: path,
      api: a,
      hand_written_sql: s,
      ratio,
      ratio_beyond_floor: beyondFloor,
      figures_agree: agree,
      figures: apiFigures,
      ...(agree ? {} : { hand_written_figures: sqlFigures }),
    });
    console.log(
      `dashboard ${path}: p50 ${a.p50_ms} ms, p95 ${a.p95_ms} ms; hand-written SQL p50 ${s.p50_ms} ms; ratio ${ratio}`,
    );
    if (!agree)
      console.log(
        `!!! MISMATCH on ${path}:\n!!!   API          ${JSON.stringify(canonical(apiFigures))}\n!!!   hand-written ${JSON.stringify(canonical(sqlFigures))}`,
      );
  }

  const worst = results.reduce((w, r) => (r.ratio > w.ratio ? r : w), results[0]);
  const worstBeyondFloor = results.reduce(
    (w, r) => (r.ratio_beyond_floor > w.ratio_beyond_floor ? r : w),
    results[0],
  );
  const mismatches = results.filter((r) => !r.figures_agree).map((r) => r.route);
  console.log(
    `dashboard ratio to hand-written SQL (the page): ${pageRatio} (target ≤ ${TARGET_RATIO}: ${pageRatio <= TARGET_RATIO ? 'met' : 'not met'})`,
  );
  console.log(
    `dashboard ratio to hand-written SQL (worst single route): ${worst.ratio} on ${worst.route} (target ≤ ${TARGET_RATIO}: ${worst.ratio <= TARGET_RATIO ? 'met' : 'not met'})`,
  );
  console.log(
    `worst ratio beyond the per-request floor of ${(floor.a.p50_ms - floor.s.p50_ms).toFixed(1)} ms: ${worstBeyondFloor.ratio_beyond_floor} on ${worstBeyondFloor.route}`,
  );
  if (mismatches.length)
    console.log(
      `!!! ${mismatches.length} route(s) whose figures differ from the hand-written SQL: ${mismatches.join(', ')}`,
    );

  const dir = new URL('test-results/', root);
  await mkdir(dir, { recursive: true });
  const file = new URL('dashboard-ten-years.json', dir);
  await writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: machine(),
        load_average_at_start: Number(machineLoad()),
        settings: { REQUESTS, ADVICES, AUDIT_ROWS, RUNS, WARMUP, MONTH, TODAY },
        load_seconds: loadSeconds,
        floor: { api_health: floor.a, select_one: floor.s },
        page: {
          requests: PAGE,
          api: page.a,
          hand_written_sql: page.s,
          ratio: pageRatio,
          figures_agree: pageAgree,
        },
        rows: council.counts,
        routes: results,
        worst_ratio: worst.ratio,
        worst_route: worst.route,
        worst_ratio_beyond_floor: worstBeyondFloor.ratio_beyond_floor,
        target_ratio: TARGET_RATIO,
        mismatches,
        unmeasured_routes: unmeasured,
      },
      null,
      2,
    ),
  );
  console.log(`figures in ${file.pathname}`);
} finally {
  await pool?.end();
  await api?.child.stop();
  if (process.env.BENCH_KEEP_DATABASE && process.env.DATABASE_URL) console.log(`database kept: ${db.url}`);
  else await db.stop();
}
process.exit(0);
