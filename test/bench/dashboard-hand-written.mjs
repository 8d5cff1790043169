// The dashboard's figures computed straight from the tables, as a careful developer would write them by hand
// (a few set-based queries run side by side on a pg Pool), to time the API against. Each figure comes with
// `headline`: the numbers of the API's answer that the hand-written queries must agree with, and `sql`: the
// same numbers from the hand-written queries.

/** YYYY-MM `n` months after `month` (n may be negative). */
const monthsAfter = (month, n) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 7);
};
const lastDayOf = (month) => {
  const d = new Date(`${monthsAfter(month, 1)}-01T00:00:00Z`);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
};
const sum = (rows, key) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);
const num = (v) => (v === null || v === undefined ? null : Number(v));

const OPEN_STAGES = `('received', 'assessment', 'decision_to_issue', 'draft_issued')`;
const MODERATED_ON = `(m.starts_at AT TIME ZONE 'Europe/London')::date`;
const MEETS = `a.outcome IN ('outstanding', 'good')`;

/** Every year's review due between $1 and $2: those recorded, and the year now running of plans with none recorded. */
const REVIEWS_DUE = `
  SELECT a.child_id, a.due_on, a.review_meeting_on FROM annual_reviews a WHERE a.due_on BETWEEN $1 AND $2
  UNION ALL
  SELECT r.child_id, due.due_on, NULL
    FROM ehc_requests r
    LEFT JOIN LATERAL (SELECT a.review_meeting_on, a.decision_outcome FROM annual_reviews a
                        WHERE a.request_id = r.id AND a.review_meeting_on IS NOT NULL ORDER BY a.review_meeting_on DESC LIMIT 1) last ON true
    CROSS JOIN LATERAL (SELECT (coalesce(last.review_meeting_on, r.final_issued_on) + interval '1 year')::date AS due_on) due
   WHERE r.final_issued_on IS NOT NULL AND last.decision_outcome IS DISTINCT FROM 'cease'
     AND NOT EXISTS (SELECT 1 FROM annual_reviews o WHERE o.request_id = r.id AND o.review_meeting_on IS NULL)
     AND due.due_on BETWEEN $1 AND $2`;

/** Rolling 12-month sums over monthly rows: `cols` summed over the window w. */
const rolling = (cols) => cols.map((c) => `sum(${c}) OVER w AS rolling_${c}`).join(', ');

/**
 * The figures of the dashboard for `month` (YYYY-MM), as of `today` (YYYY-MM-DD). Each key names a route (or
 * a drill-down of one); the bench pairs it with the route's path in one line.
 */
export function handWrittenFigures({ month, today }) {
  const first12 = `${monthsAfter(month, -11)}-01`;
  const first23 = `${monthsAfter(month, -22)}-01`;
  const monthFrom = `${month}-01`;
  const monthTo = lastDayOf(month);

  return {
    timeliness: {
      headline: (b) => {
        const last = b.withoutExceptions.at(-1);
        return {
          issued: last.issued,
          inTwentyWeeks: last.inTwentyWeeks,
          rollingIssued: last.rolling.issued,
          rollingPercent: last.rolling.percent,
          withExceptionsRollingIssued: b.withExceptions.at(-1).rolling.issued,
          received: b.received.at(-1).count,
          refusedInTwelveMonths: sum(b.refused, 'count'),
          open: sum(b.openByStage, 'count'),
          openOverTwentyWeeks: b.openOverTwentyWeeks,
          advicesDue: sum(b.advicesInTime, 'due'),
          advicesOnTime: sum(b.advicesInTime, 'onTime'),
        };
      },
      sql: async (pool) => {
        const [plans, requests, open, advices] = await Promise.all([
          pool.query(
            `WITH plans AS (
               SELECT date_trunc('month', r.final_issued_on)::date AS m, r.final_issued_on <= r.received_on + 140 AS in_time,
                      EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)') AS exception_case
                 FROM ehc_requests r WHERE r.final_issued_on BETWEEN $1 AND $3),
             monthly AS (
               SELECT g.m::date AS m,
                      count(p.m) FILTER (WHERE NOT p.exception_case) AS issued, count(p.m) FILTER (WHERE NOT p.exception_case AND p.in_time) AS in_time,
                      count(p.m) AS issued_all, count(p.m) FILTER (WHERE p.in_time) AS in_time_all
                 FROM generate_series($1::date, $2::date, interval '1 month') g(m) LEFT JOIN plans p ON p.m = g.m::date GROUP BY g.m)
             SELECT to_char(m, 'YYYY-MM') AS month, issued, in_time, ${rolling(['issued', 'in_time', 'issued_all', 'in_time_all'])},
                    round(100.0 * sum(in_time) OVER w / nullif(sum(issued) OVER w, 0), 1) AS rolling_percent
               FROM monthly WINDOW w AS (ORDER BY m ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) ORDER BY m`,
            [first23, monthFrom, monthTo],
          ),
          pool.query(
            `SELECT to_char(d.on_day, 'YYYY-MM') AS month, count(*) FILTER (WHERE d.counted = 'received') AS received, count(*) FILTER (WHERE d.counted = 'refused') AS refused
               FROM (SELECT received_on AS on_day, 'received' AS counted FROM ehc_requests WHERE received_on BETWEEN $1 AND $2
                     UNION ALL
                     SELECT decision_to_assess_on, 'refused' FROM ehc_requests WHERE stage = 'refused' AND decision_to_assess_on BETWEEN $1 AND $2) d
              GROUP BY 1 ORDER BY 1`,
            [first12, monthTo],
          ),
          pool.query(
            `SELECT stage, count(*) AS open, count(*) FILTER (WHERE received_on + 140 < $1) AS over FROM ehc_requests WHERE stage IN ${OPEN_STAGES} GROUP BY stage`,
            [today],
          ),
          pool.query(
            `SELECT g.name AS agency, a.advice_kind, count(*) AS due, count(*) FILTER (WHERE a.returned_on <= a.requested_on + 42) AS on_time
               FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
              WHERE a.status <> 'cancelled' AND a.requested_on + 42 BETWEEN $1 AND $2 AND (a.returned_on IS NOT NULL OR a.requested_on + 42 < $3)
              GROUP BY g.name, a.advice_kind`,
            [first12, monthTo, today],
          ),
        ]);
        const last = plans.rows.at(-1);
        return {
          issued: num(last.issued),
          inTwentyWeeks: num(last.in_time),
          rollingIssued: num(last.rolling_issued),
          rollingPercent: num(last.rolling_percent),
          withExceptionsRollingIssued: num(last.rolling_issued_all),
          received: num(requests.rows.find((r) => r.month === month)?.received ?? 0),
          refusedInTwelveMonths: sum(requests.rows, 'refused'),
          open: sum(open.rows, 'open'),
          openOverTwentyWeeks: sum(open.rows, 'over'),
          advicesDue: sum(advices.rows, 'due'),
          advicesOnTime: sum(advices.rows, 'on_time'),
        };
      },
    },

    lateTimelinessCases: {
      headline: (b) => ({
        cases: b.length,
        first: b[0]?.caseReference ?? null,
        exceptionCases: b.filter((c) => c.exceptionCase).length,
      }),
      sql: async (pool) => {
        const { rows } = await pool.query(
          `SELECT r.child_id, c.case_reference, r.received_on, r.final_issued_on,
                  EXISTS (SELECT 1 FROM statutory_exceptions e WHERE e.request_id = r.id AND e.regulation = '10(4)') AS exception_case
             FROM ehc_requests r JOIN children c ON c.id = r.child_id
            WHERE r.final_issued_on BETWEEN $1 AND $2 AND r.final_issued_on > r.received_on + 140
            ORDER BY r.final_issued_on, c.case_reference`,
          [monthFrom, monthTo],
        );
        return {
          cases: rows.length,
          first: rows[0]?.case_reference ?? null,
          exceptionCases: rows.filter((r) => r.exception_case).length,
        };
      },
    },

    annualReviews: {
      headline: (b) => {
        const last = b.annualReviews.at(-1);
        return {
          due: last.due,
          heldOnTime: last.heldOnTime,
          overdue: last.overdue,
          percentOnTime: last.percentOnTime,
          rollingDue: last.rolling.due,
          rollingHeldOnTime: last.rolling.heldOnTime,
          rollingPercentOnTime: last.rolling.percentOnTime,
          transferDeadlines: b.phaseTransfers.length,
          transfersDue: sum(b.phaseTransfers, 'due'),
          transfersByDeadline: sum(b.phaseTransfers, 'byDeadline'),
          transfersOverdue: sum(b.phaseTransfers, 'overdue'),
        };
      },
      sql: async (pool) => {
        const [reviews, transfers] = await Promise.all([
          pool.query(
            `WITH due AS (${REVIEWS_DUE}),
             monthly AS (
               SELECT g.m::date AS m, count(d.due_on) AS due, count(*) FILTER (WHERE d.review_meeting_on <= d.due_on) AS on_time,
                      count(*) FILTER (WHERE d.review_meeting_on IS NULL AND d.due_on < $3) AS overdue,
                      count(*) FILTER (WHERE d.review_meeting_on IS NULL AND d.due_on >= $3) AS not_yet_due
                 FROM generate_series($1::date, $4::date, interval '1 month') g(m) LEFT JOIN due d ON date_trunc('month', d.due_on)::date = g.m::date GROUP BY g.m)
             SELECT due, on_time, overdue, round(100.0 * on_time / nullif(due - not_yet_due, 0), 1) AS percent,
                    ${rolling(['due', 'on_time'])}, round(100.0 * sum(on_time) OVER w / nullif(sum(due - not_yet_due) OVER w, 0), 1) AS rolling_percent
               FROM monthly WINDOW w AS (ORDER BY m ROWS BETWEEN 11 PRECEDING AND CURRENT ROW) ORDER BY m`,
            [first23, monthTo, today, monthFrom],
          ),
          pool.query(
            `SELECT deadline, array_agg(DISTINCT kind) AS kinds, count(*) AS due, count(*) FILTER (WHERE amended_plan_issued_on <= deadline) AS by_deadline,
                    count(*) FILTER (WHERE amended_plan_issued_on > deadline) AS late, count(*) FILTER (WHERE amended_plan_issued_on IS NULL) AS outstanding,
                    count(*) FILTER (WHERE amended_plan_issued_on IS NULL AND deadline < $3) AS overdue
               FROM phase_transfers WHERE transfer_year BETWEEN $1 AND $2 GROUP BY deadline ORDER BY deadline`,
            [Number(first12.slice(0, 4)), Number(month.slice(0, 4)) + 1, today],
          ),
        ]);
        const last = reviews.rows.at(-1);
        const t = transfers.rows;
        return {
          due: num(last.due),
          heldOnTime: num(last.on_time),
          overdue: num(last.overdue),
          percentOnTime: num(last.percent),
          rollingDue: num(last.rolling_due),
          rollingHeldOnTime: num(last.rolling_on_time),
          rollingPercentOnTime: num(last.rolling_percent),
          transferDeadlines: t.length,
          transfersDue: sum(t, 'due'),
          transfersByDeadline: sum(t, 'by_deadline'),
          transfersOverdue: sum(t, 'overdue'),
        };
      },
    },

    overdueReviewCases: {
      headline: (b) => ({ cases: b.length, firstDueOn: b[0]?.dueOn ?? null }),
      sql: async (pool) => {
        const { rows } = await pool.query(
          `SELECT d.due_on, c.case_reference FROM (${REVIEWS_DUE}) d JOIN children c ON c.id = d.child_id
            WHERE d.review_meeting_on IS NULL AND d.due_on < $3 ORDER BY d.due_on, c.case_reference`,
          [first12, monthTo, today],
        );
        return { cases: rows.length, firstDueOn: rows[0]?.due_on ?? null };
      },
    },

    transferCases: {
      deadline: `${today.slice(0, 4)}-02-15`,
      headline: (b) => ({
        cases: b.length,
        byDeadline: b.filter((t) => t.standing === 'by_deadline').length,
        overdue: b.filter((t) => t.standing === 'overdue').length,
      }),
      sql: async (pool) => {
        const { rows } = await pool.query(
          `SELECT t.child_id, c.case_reference, t.kind, t.transfer_year, t.deadline, t.amended_plan_issued_on
             FROM phase_transfers t JOIN children c ON c.id = t.child_id WHERE t.deadline = $1 ORDER BY c.case_reference`,
          [`${today.slice(0, 4)}-02-15`],
        );
        return {
          cases: rows.length,
          byDeadline: rows.filter(
            (r) => r.amended_plan_issued_on !== null && r.amended_plan_issued_on <= r.deadline,
          ).length,
          overdue: rows.filter((r) => r.amended_plan_issued_on === null && r.deadline < today).length,
        };
      },
    },

    decisions: {
      headline: (b) => ({
        inMonth: b.inMonth.total,
        rolling: b.rolling.total,
        rollingMonths: b.rolling.byMonth.length,
        rollingLocalities: b.rolling.byLocality.length,
        rollingNeeds: b.rolling.byNeed.map((r) => `${r.key}:${r.refusedToAssess}`).join(' '),
        rollingTopSettingDecided: b.rolling.bySetting[0]
          ? b.rolling.bySetting[0].agreedToAssess + b.rolling.bySetting[0].refusedToAssess
          : 0,
      }),
      sql: async (pool) => {
        // One scan of the period's decisions for every breakdown at once (GROUPING SETS), the month and the year side by side.
        const period = (from, to) =>
          pool.query(
            `SELECT CASE WHEN GROUPING(d.month) = 0 THEN 'month' WHEN GROUPING(d.locality) = 0 THEN 'locality' WHEN GROUPING(d.need) = 0 THEN 'need'
                         WHEN GROUPING(d.setting) = 0 THEN 'setting' ELSE 'total' END AS breakdown,
                    coalesce(d.month, d.locality, d.need, d.setting) AS key,
                    count(*) FILTER (WHERE d.stage = 'assessment') AS agreed_to_assess, count(*) FILTER (WHERE d.stage = 'refused') AS refused_to_assess,
                    count(*) FILTER (WHERE d.stage = 'decision_to_issue') AS agreed_to_issue, count(*) FILTER (WHERE d.stage = 'not_issued') AS not_issued
               FROM (SELECT e.stage, to_char(e.occurred_on, 'YYYY-MM') AS month, l.name AS locality, c.primary_need AS need, coalesce(c.setting_name, 'No setting recorded') AS setting
                       FROM request_events e JOIN ehc_requests r ON r.id = e.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
                      WHERE e.stage IN ('assessment', 'refused', 'decision_to_issue', 'not_issued') AND e.occurred_on BETWEEN $1 AND $2) d
              GROUP BY GROUPING SETS ((), (d.month), (d.locality), (d.need), (d.setting))`,
            [from, to],
          );
        const [inMonth, year] = await Promise.all([period(monthFrom, monthTo), period(first12, monthTo)]);
        const total = (rows) => {
          const t = rows.find((r) => r.breakdown === 'total');
          const agreedToAssess = num(t?.agreed_to_assess ?? 0);
          const refusedToAssess = num(t?.refused_to_assess ?? 0);
          const decided = agreedToAssess + refusedToAssess;
          return {
            agreedToAssess,
            refusedToAssess,
            agreedToIssue: num(t?.agreed_to_issue ?? 0),
            notIssued: num(t?.not_issued ?? 0),
            refusalRate: decided === 0 ? null : Math.round((refusedToAssess / decided) * 1000) / 10,
          };
        };
        const of = (kind) =>
          year.rows.filter((r) => r.breakdown === kind).sort((a, b) => (a.key < b.key ? -1 : 1));
        const settings = of('setting')
          .map((r) => num(r.agreed_to_assess) + num(r.refused_to_assess))
          .sort((a, b) => b - a);
        return {
          inMonth: total(inMonth.rows),
          rolling: total(year.rows),
          rollingMonths: of('month').length,
          rollingLocalities: of('locality').length,
          rollingNeeds: of('need')
            .map((r) => `${r.key}:${r.refused_to_assess}`)
            .join(' '),
          rollingTopSettingDecided: settings[0] ?? 0,
        };
      },
    },

    quality: {
      headline: (b) => ({
        plansInMonth: [b.plans.inMonth.moderated, b.plans.inMonth.meeting],
        plansRolling: [b.plans.rolling.moderated, b.plans.rolling.meeting, b.plans.rolling.percent],
        agencies: b.advicesByAgency.length,
        advicesInMonth: b.advicesByAgency.reduce((n, a) => n + a.inMonth.moderated, 0),
        advicesRolling: [
          b.advicesByAgency.reduce((n, a) => n + a.rolling.moderated, 0),
          b.advicesByAgency.reduce((n, a) => n + a.rolling.meeting, 0),
        ],
      }),
      sql: async (pool) => {
        // The meetings of the period first (a handful), then their decided items.
        const meetings = `SELECT id, ${MODERATED_ON.replace(/m\./g, '')} AS sat_on FROM meetings WHERE kind = 'quality' AND starts_at >= $1::date - 1 AND starts_at < $2::date + 2`;
        const [plans, advices] = await Promise.all([
          // Plans moderated by the group at its meetings (tier 3) and by seniors between them (tier 2).
          pool.query(
            `SELECT to_char(a.on_day, 'YYYY-MM') AS month, count(*) AS moderated, count(*) FILTER (WHERE ${MEETS}) AS meeting
               FROM (SELECT m.sat_on AS on_day, i.outcome FROM (${meetings}) m JOIN agenda_items i ON i.meeting_id = m.id
                      WHERE i.kind = 'dip_sample' AND i.status = 'decided' AND i.outcome IS NOT NULL
                     UNION ALL
                     SELECT (moderated_at AT TIME ZONE 'Europe/London')::date, grade FROM dip_sample_moderations
                      WHERE moderated_at >= $1::date - 1 AND moderated_at < $2::date + 2) a
              WHERE a.on_day BETWEEN $1 AND $2
              GROUP BY 1 ORDER BY 1`,
            [first12, monthTo],
          ),
          pool.query(
            `SELECT g.name, count(*) AS moderated, count(*) FILTER (WHERE ${MEETS}) AS meeting, count(*) FILTER (WHERE m.sat_on >= $3) AS month_moderated
               FROM (${meetings}) m JOIN agenda_items a ON a.meeting_id = m.id JOIN advice_requests ar ON ar.id = a.advice_request_id JOIN agencies g ON g.id = ar.agency_id
              WHERE m.sat_on BETWEEN $1 AND $2 AND a.kind = 'advice_audit' AND a.status = 'decided' AND a.outcome IS NOT NULL
              GROUP BY g.name`,
            [first12, monthTo, monthFrom],
          ),
        ]);
        const own = plans.rows.find((r) => r.month === month);
        const [moderated, meeting] = [sum(plans.rows, 'moderated'), sum(plans.rows, 'meeting')];
        return {
          plansInMonth: [num(own?.moderated ?? 0), num(own?.meeting ?? 0)],
          plansRolling: [
            moderated,
            meeting,
            moderated === 0 ? null : Math.round((meeting / moderated) * 1000) / 10,
          ],
          agencies: advices.rows.length,
          advicesInMonth: sum(advices.rows, 'month_moderated'),
          advicesRolling: [sum(advices.rows, 'moderated'), sum(advices.rows, 'meeting')],
        };
      },
    },

    // The cases behind single figures: one listing query each, with the figure's own conditions.
    ...figureCases({ first12, monthTo, today }),
  };
}

/** Drill-downs of GET /api/dashboard/cases: each `sql` lists the rows its figure counts. */
function figureCases({ first12, monthTo, today }) {
  const listing = (sql, params) => ({
    headline: (b) => ({ cases: b.cases.length, first: b.cases[0]?.caseReference ?? null }),
    sql: async (pool) => {
      const { rows } = await pool.query(`${sql} ORDER BY counted_on, c.case_reference`, params);
      return { cases: rows.length, first: rows[0]?.case_reference ?? null };
    },
  });
  const REQUESTS = `SELECT r.child_id, c.case_reference, r.received_on`;
  const FROM_REQUESTS = `FROM ehc_requests r JOIN children c ON c.id = r.child_id`;
  const ADVICES = `FROM advice_requests a JOIN agencies g ON g.id = a.agency_id JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id`;
  return {
    receivedCases: listing(
      `${REQUESTS}, r.received_on AS counted_on ${FROM_REQUESTS} WHERE r.received_on BETWEEN $1 AND $2`,
      [first12, monthTo],
    ),
    openCases: listing(
      `${REQUESTS}, r.received_on + 140 AS counted_on ${FROM_REQUESTS} WHERE r.stage IN ${OPEN_STAGES}`,
      [],
    ),
    openOverTwentyWeeksCases: listing(
      `${REQUESTS}, r.received_on + 140 AS counted_on ${FROM_REQUESTS} WHERE r.stage IN ${OPEN_STAGES} AND r.received_on + 140 < $1`,
      [today],
    ),
    epAdvicesDueCases: listing(
      `${REQUESTS}, a.requested_on + 42 AS counted_on ${ADVICES}
        WHERE a.status <> 'cancelled' AND a.requested_on + 42 BETWEEN $1 AND $2 AND (a.returned_on IS NOT NULL OR a.requested_on + 42 < $3)
          AND g.name = 'Educational Psychology service' AND a.advice_kind = 'educational_psychology'`,
      [first12, monthTo, today],
    ),
    refusalsInNorthdaleCases: listing(
      `${REQUESTS}, e.occurred_on AS counted_on FROM request_events e JOIN ehc_requests r ON r.id = e.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
        WHERE e.stage = 'refused' AND e.occurred_on BETWEEN $1 AND $2 AND l.name = 'Northdale'`,
      [first12, monthTo],
    ),
    plansMeetingStandardCases: listing(
      `SELECT r.child_id, c.case_reference, r.received_on, x.counted_on
         FROM (SELECT a.request_id, ${MODERATED_ON} AS counted_on FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id
                WHERE a.kind = 'dip_sample' AND a.status = 'decided' AND ${MEETS} AND ${MODERATED_ON} BETWEEN $1 AND $2
               UNION ALL
               SELECT request_id, (moderated_at AT TIME ZONE 'Europe/London')::date FROM dip_sample_moderations
                WHERE grade IN ('outstanding', 'good') AND (moderated_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2) x
         JOIN ehc_requests r ON r.id = x.request_id JOIN children c ON c.id = r.child_id`,
      [first12, monthTo],
    ),
    camhsAdvicesMeetingStandardCases: listing(
      `${REQUESTS}, ${MODERATED_ON} AS counted_on FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id JOIN advice_requests ar ON ar.id = a.advice_request_id
         JOIN agencies g ON g.id = ar.agency_id JOIN ehc_requests r ON r.id = ar.request_id JOIN children c ON c.id = r.child_id
        WHERE a.kind = 'advice_audit' AND a.status = 'decided' AND ${MEETS} AND ${MODERATED_ON} BETWEEN $1 AND $2 AND g.name = 'CAMHS'`,
      [first12, monthTo],
    ),
  };
}
