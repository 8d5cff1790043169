// Ten years of one fictional council, written straight to a migrated database by set-based statements
// (generate_series, unnest, a recursive CTE for the annual reviews): requests for assessment along the
// 20-week path, their steps, reg 10(4) and reg 8(2) exceptions, advice requests across the agencies, the
// panels' meetings with their decisions and moderated grades, annual reviews, phase transfers and the audit
// trail. Deterministic for a given seed (one connection, setseed). Every name is invented.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';

const HEALTH_TEAMS = [
  ['salt', 'Speech and language therapy'],
  ['ot', 'Occupational therapy'],
  ['physio', 'Physiotherapy'],
  ['camhs', 'CAMHS'],
  ['community_paediatrics', 'Community paediatrics'],
  ['school_nursing', 'School nursing'],
  ['health_visiting', 'Health visiting'],
];
const AGENCIES = [
  ['send', 'SEND service (EHC team)', 'send_service'],
  ['ep', 'Educational Psychology service', 'ep_service'],
  ['virtual_school', 'Virtual School', 'virtual_school'],
  ['icb', 'Integrated Care Board (Designated Clinical Officer)', 'health'],
  ...HEALTH_TEAMS.map(([code, name]) => [code, name, 'health']),
  ['social_care', "Children's social care", 'social_care'],
  ['early_help', 'Early Help', 'early_help'],
  ['parent_carer_forum', 'Tenyear Parent Carer Forum', 'parent_carer_forum'],
];
const LOCALITIES = [
  ['northdale', 'Northdale', false],
  ['southmere', 'Southmere', false],
  ['eastbrook', 'Eastbrook', false],
  ['westholm', 'Westholm', false],
  ['vulnerable_pupils', 'Vulnerable Pupils Team', true],
];
const SETTING_NAMES = [
  'Ashgrove',
  'Bramblehill',
  'Copperbeech',
  'Dovecote',
  'Elmstead',
  'Foxholes',
  'Greenacre',
  'Hollybank',
  'Ivydene',
  'Juniper Lane',
  'Kestrel Rise',
  'Larkspur',
];
const SETTING_KINDS = [
  'Primary School',
  'Academy',
  'Infant School',
  'Junior School',
  'High School',
  'Special School',
];
const COUNTED = [
  'children',
  'ehc_requests',
  'request_events',
  'statutory_exceptions',
  'advice_requests',
  'meetings',
  'agenda_items',
  'dip_samples',
  'plan_scores',
  'dip_sample_moderations',
  'annual_reviews',
  'phase_transfers',
  'audit_records',
];
const GRADES = `CASE WHEN g < 0.12 THEN 'outstanding' WHEN g < 0.62 THEN 'good' WHEN g < 0.9 THEN 'requires_improvement' ELSE 'inadequate' END`;

/** The first day a decision could be taken at the Wednesday Decision-Making Group on or after `day`. */
const nextWednesday = (day) => `((${day}) + ((10 - extract(isodow FROM (${day}))::int) % 7))`;

export async function migrate(url, root) {
  const { createDataSource } = await import(new URL('apps/api/dist/database/data-source.js', root).href);
  const ds = createDataSource(url);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
}

/**
 * Loads the council into the (migrated, empty) database at `url`, up to `today` (YYYY-MM-DD, England), and
 * returns a session token of a panel chair who may read the dashboard. `log` gets one line per step.
 */
export async function loadTenYears(
  url,
  {
    today,
    years = 10,
    requests = 12_000,
    advices = 50_000,
    auditRows = 1_000_000,
    seed = 0.42,
    log = () => {},
  },
) {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const step = async (label, sql, params = []) => {
    const started = performance.now();
    const result = await db.query(sql, params);
    log(`  ${label}: ${result.rowCount ?? 0} rows, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  try {
    await db.query('SELECT setseed($1)', [seed]);
    const first = `${Number(today.slice(0, 4)) - years}-${today.slice(5, 7)}-01`;
    const start = new Date(`${first}T00:00:00Z`);
    start.setUTCMonth(start.getUTCMonth() + 1);
    const firstDay = start.toISOString().slice(0, 10); // 120 months: from the month after this one, ten years ago

    // Agencies, localities, staff, and the dashboard reader's session.
    await step(
      'agencies',
      `INSERT INTO agencies (code, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
      [AGENCIES.map((a) => a[0]), AGENCIES.map((a) => a[1]), AGENCIES.map((a) => a[2])],
    );
    await step(
      'localities',
      `INSERT INTO localities (code, name, is_vulnerable_pupils_team) SELECT * FROM unnest($1::text[], $2::text[], $3::boolean[])`,
      [LOCALITIES.map((l) => l[0]), LOCALITIES.map((l) => l[1]), LOCALITIES.map((l) => l[2])],
    );
    await step(
      'users',
      `INSERT INTO users (email, display_name, job_title, agency_id, roles)
       SELECT e, d, j, (SELECT id FROM agencies WHERE code = a), r::text[]
         FROM (VALUES ('dashboard.reader@tenyears.example', 'Rowan Tenyear-Reader', 'Head of SEND', 'send', '{chair,panel_member}'),
                      ('dco@tenyears.example', 'Dr Wren Tenyear-Clinic', 'Designated Clinical Officer', 'icb', '{dco,panel_member}')) v(e, d, j, a, r)
       UNION ALL
       SELECT 'flo' || n || '@tenyears.example', 'Family Link Officer ' || n, 'Family Link Officer', (SELECT id FROM agencies WHERE code = 'send'), '{presenter}' FROM generate_series(1, 9) n
       UNION ALL
       SELECT 'quality' || n || '@tenyears.example', 'Quality reviewer ' || n, 'SEND Team Manager (quality)', (SELECT id FROM agencies WHERE code = 'send'), '{qa_reviewer}' FROM generate_series(1, 4) n`,
    );
    const token = randomBytes(32).toString('base64url');
    await step(
      'sessions',
      `INSERT INTO sessions (token_hash, user_id, last_seen_at, expires_at, sign_in_method)
       SELECT $1, id, now(), now() + interval '12 hours', 'password' FROM users WHERE email = 'dashboard.reader@tenyears.example'`,
      [createHash('sha256').update(token).digest('hex')],
    );

    // One request per child, received evenly over the ten years, each followed along the 20-week path as far
    // as today: the same chances as the demo council (22% refused, 7% not issued, 1 in 14 with reg 10(4)).
    await step(
      'the path of each request (scratch table)',
      `CREATE TEMP TABLE ty_draw AS
       SELECT n, gen_random_uuid() AS child_id, gen_random_uuid() AS request_id, received_on,
              random() AS u_withdraw, random() AS u_gap, random() AS u_refuse, random() AS u_closure, random() AS u_exception,
              random() AS u_stall, random() AS u_week, random() AS u_not, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
              random() AS r5, random() AS r6, random() AS r7, random() AS u_age, random() AS u_locality, random() AS u_need, random() AS u_setting,
              random() AS u_marker, random() AS u_source, random() AS u_draft, random() AS u_final
         FROM (SELECT n, $2::date + floor((n - 1 + random()) * ($3::date - $2::date + 1) / $1::int)::int AS received_on FROM generate_series(1, $1::int) n) s`,
      [requests, firstDay, today],
    );
    await step(
      'the dates of each step (scratch table)',
      `CREATE TEMP TABLE ty_dates AS
       SELECT t.*,
              CASE WHEN u_withdraw < 0.02 THEN received_on + 5 + floor(r1 * 56)::int END AS withdrawn_on,
              ${nextWednesday(`received_on + CASE WHEN u_gap < 0.45 THEN 7 + floor(r2 * 8) WHEN u_gap < 0.8 THEN 15 + floor(r2 * 14) WHEN u_gap < 0.95 THEN 29 + floor(r2 * 12) ELSE 43 + floor(r2 * 18) END::int`)} AS dta_on,
              CASE WHEN u_week < 0.15 THEN 12 WHEN u_week < 0.4 THEN 13 WHEN u_week < 0.65 THEN 14 WHEN u_week < 0.85 THEN 15 WHEN u_week < 0.95 THEN 16 ELSE 17 END AS issue_week,
              NULL::text AS exception_kind, 0 AS delay, NULL::date AS dti_on
         FROM ty_draw t`,
    );
    // reg 10(4)(a): advice asked of a school from one week before the summer closure to one week before it reopens.
    await step(
      'reg 10(4) exceptions and delays (scratch table)',
      `UPDATE ty_dates SET exception_kind = CASE
         WHEN dta_on >= make_date(extract(year FROM dta_on)::int, 7, 15) AND dta_on < make_date(extract(year FROM dta_on)::int, 8, 27) AND u_closure < 0.6 THEN 'setting_closure'
         WHEN u_exception < 0.04 THEN CASE WHEN r6 < 0.5 THEN 'exceptional_circumstances' ELSE 'absent_from_area' END END`,
    );
    await step(
      'the decision to issue after the delays (scratch table)',
      `UPDATE ty_dates SET delay = CASE WHEN exception_kind IS NULL THEN 0 ELSE 21 + floor(r3 * 22)::int END + CASE WHEN u_stall < 0.06 THEN 35 + floor(r4 * 56)::int ELSE 0 END,
              dti_on = ${nextWednesday(`received_on + issue_week * 7 - floor(r5 * 7)::int + CASE WHEN exception_kind IS NULL THEN 0 ELSE 21 + floor(r3 * 22)::int END + CASE WHEN u_stall < 0.06 THEN 35 + floor(r4 * 56)::int ELSE 0 END`)}`,
    );
    // Only what has happened by today is recorded: a step due today or later leaves the request where it is.
    await step(
      'each request as far as today (scratch table)',
      `CREATE TEMP TABLE ty_path AS
       SELECT n, child_id, request_id, received_on, exception_kind, u_age, u_locality, u_need, u_setting, u_marker, u_source, r7,
              CASE WHEN withdrawn_on < $1 THEN 'withdrawn' WHEN dta_on >= $1 THEN 'received' WHEN u_refuse < 0.22 THEN 'refused'
                   WHEN dti_on >= $1 THEN 'assessment' WHEN u_not < 0.07 THEN 'not_issued'
                   WHEN draft_on >= $1 THEN 'decision_to_issue' WHEN final_on >= $1 THEN 'draft_issued' ELSE 'final_issued' END AS stage,
              withdrawn_on, dta_on, dti_on, draft_on, final_on
         FROM (SELECT d.*, d.dti_on + 5 + floor(d.u_draft * 16)::int AS draft_on, d.dti_on + 5 + floor(d.u_draft * 16)::int + 15 + floor(d.u_final * 18)::int AS final_on FROM ty_dates d) x`,
      [today],
    );
    await step(
      'clear the steps not taken (scratch table)',
      `UPDATE ty_path SET
         withdrawn_on = CASE WHEN stage = 'withdrawn' THEN withdrawn_on END,
         dta_on = CASE WHEN stage IN ('received', 'withdrawn') THEN NULL ELSE dta_on END,
         dti_on = CASE WHEN stage IN ('not_issued', 'decision_to_issue', 'draft_issued', 'final_issued') THEN dti_on END,
         draft_on = CASE WHEN stage IN ('draft_issued', 'final_issued') THEN draft_on END,
         final_on = CASE WHEN stage = 'final_issued' THEN final_on END,
         exception_kind = CASE WHEN stage IN ('received', 'withdrawn', 'refused') THEN NULL ELSE exception_kind END`,
    );

    await step(
      'children',
      `INSERT INTO children (id, case_reference, given_name, family_name, date_of_birth, year_group, setting_name, locality_id, family_link_officer_id, primary_need, vulnerability_markers, vulnerability_score)
       SELECT p.child_id, 'TY-' || lpad(p.n::text, 6, '0'),
              (ARRAY['Ash', 'Bryn', 'Cai', 'Dara', 'Elin', 'Fenn', 'Gwyn', 'Hale', 'Isla', 'Jory', 'Kit', 'Lark'])[1 + p.n % 12],
              (ARRAY['Tenbrook', 'Yarrowby', 'Quillmere', 'Fernholt', 'Brackenly', 'Thistlecombe', 'Mossford'])[1 + p.n % 7],
              make_date(extract(year FROM p.received_on)::int - 5 - y.year_group - CASE WHEN extract(month FROM p.received_on) >= 9 THEN 0 ELSE 1 END, 9, 1) + floor(p.r7 * 364)::int,
              y.year_group,
              CASE WHEN p.u_setting < 0.03 THEN NULL ELSE ($1::text[])[1 + floor(p.u_setting * p.u_setting * 12)::int % 12] || ' ' || ($2::text[])[1 + p.n % 6] END,
              (SELECT id FROM localities ORDER BY is_vulnerable_pupils_team, code OFFSET least(4, floor(p.u_locality * 4.35)::int) LIMIT 1),
              (SELECT id FROM users WHERE email = 'flo' || (1 + p.n % 9) || '@tenyears.example'),
              CASE WHEN p.u_need < 0.38 THEN 'communication_interaction' WHEN p.u_need < 0.6 THEN 'cognition_learning' WHEN p.u_need < 0.9 THEN 'semh' ELSE 'physical_sensory' END,
              CASE WHEN p.u_marker < 0.08 THEN '{looked_after}'::text[] WHEN p.u_marker < 0.15 THEN '{child_in_need}' WHEN p.u_marker < 0.19 THEN '{child_protection,child_in_need}' WHEN p.u_marker < 0.22 THEN '{attendance_below_55}' ELSE '{}' END,
              CASE WHEN p.u_marker < 0.22 THEN 1 + floor(p.u_marker * 20)::int ELSE 0 END
         FROM ty_path p CROSS JOIN LATERAL (SELECT least(13, floor(p.u_age * p.u_age * 14.99)::int - CASE WHEN p.u_age < 0.08 THEN 1 ELSE 0 END) AS year_group) y`,
      [SETTING_NAMES, SETTING_KINDS],
    );
    await step(
      'requests for assessment',
      `INSERT INTO ehc_requests (id, child_id, received_on, source, stage, decision_to_assess_on, decision_to_issue_on, draft_issued_on, final_issued_on, closed_on)
       SELECT request_id, child_id, received_on,
              CASE WHEN u_source < 0.6 THEN 'school' WHEN u_source < 0.9 THEN 'parent' WHEN u_source < 0.97 THEN 'health' ELSE 'other' END,
              stage, dta_on, dti_on, draft_on, final_on,
              CASE stage WHEN 'withdrawn' THEN withdrawn_on WHEN 'refused' THEN dta_on WHEN 'not_issued' THEN dti_on END
         FROM ty_path`,
    );
    await step(
      'request steps',
      `INSERT INTO request_events (request_id, stage, occurred_on, recorded_by)
       SELECT p.request_id, s.stage, s.on_day,
              CASE WHEN s.stage IN ('assessment', 'refused', 'decision_to_issue', 'not_issued') THEN (SELECT id FROM users WHERE email = 'dashboard.reader@tenyears.example') ELSE c.family_link_officer_id END
         FROM ty_path p JOIN children c ON c.id = p.child_id
        CROSS JOIN LATERAL (VALUES ('received', p.received_on), ('withdrawn', p.withdrawn_on),
                                   (CASE WHEN p.stage = 'refused' THEN 'refused' ELSE 'assessment' END, p.dta_on),
                                   (CASE WHEN p.stage = 'not_issued' THEN 'not_issued' ELSE 'decision_to_issue' END, p.dti_on),
                                   ('draft_issued', p.draft_on), ('final_issued', p.final_on)) s(stage, on_day)
        WHERE s.on_day IS NOT NULL`,
    );
    await step(
      'reg 10(4) exceptions',
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_asked_on, note)
       SELECT request_id, '10(4)', exception_kind,
              CASE WHEN exception_kind = 'setting_closure' THEN make_date(extract(year FROM dta_on)::int, 7, 22) ELSE dta_on + 7 + floor(r7 * 28)::int END,
              CASE WHEN exception_kind = 'setting_closure' THEN make_date(extract(year FROM dta_on)::int, 9, 2) ELSE dta_on + 7 + floor(r7 * 28)::int + 14 + floor(r7 * 35)::int END,
              CASE WHEN exception_kind = 'setting_closure' THEN dta_on END,
              CASE WHEN exception_kind = 'setting_closure' THEN 'School summer closure: advice from the school could not be given in the usual time.' ELSE 'Exceptional personal circumstances of the family.' END
         FROM ty_path WHERE exception_kind IS NOT NULL`,
    );

    // Advice for every assessment: the EP service, one or more health teams, children's social care for about
    // 40%. The number of health teams is drawn so the ten years come to about `advices`.
    const [{ assessed }] = (
      await db.query(
        `SELECT count(*)::int AS assessed FROM ty_path WHERE dta_on IS NOT NULL AND stage <> 'refused'`,
      )
    ).rows;
    const healthPerRequest = Math.min(7, Math.max(1, advices / Math.max(1, assessed) - 1.4));
    await step(
      'advice requests',
      `INSERT INTO advice_requests (request_id, agency_id, advice_kind, requested_on, returned_on, status, response, priority, triaged_at, team_response, reassignments)
       SELECT a.request_id,
              CASE WHEN a.awaiting_triage THEN NULL ELSE a.agency_id END,
              a.kind, a.requested_on,
              CASE WHEN a.cancelled OR a.returned_on >= $1 OR a.awaiting_triage THEN NULL ELSE a.returned_on END,
              CASE WHEN a.cancelled THEN 'cancelled' WHEN a.awaiting_triage THEN 'awaiting_triage' WHEN a.returned_on < $1 THEN 'returned' ELSE 'with_team' END,
              CASE WHEN a.kind = 'health' AND NOT a.awaiting_triage THEN CASE WHEN a.u < 0.2 THEN 'triage_note' ELSE 'full_advice' END END,
              CASE WHEN a.kind = 'health' AND NOT a.awaiting_triage THEN CASE WHEN a.u2 < 0.1 THEN 'urgent' ELSE 'routine' END END,
              CASE WHEN a.kind = 'health' AND NOT a.awaiting_triage THEN (a.requested_on + 3)::timestamp AT TIME ZONE 'Europe/London' END,
              CASE WHEN a.kind = 'health' AND NOT a.awaiting_triage THEN 'accepted' END,
              CASE WHEN a.kind = 'health' AND a.u2 > 0.92 THEN 1 ELSE 0 END
         FROM (SELECT x.*, x.requested_on + CASE WHEN x.u_turn < 0.55 THEN 18 + floor(x.u_days * 18) WHEN x.u_turn < 0.83 THEN 36 + floor(x.u_days * 7) ELSE 43 + floor(x.u_days * 28) END::int AS returned_on,
                      x.u_cancel < 0.015 AS cancelled, x.kind = 'health' AND x.requested_on >= $1::date - 7 AS awaiting_triage
                 FROM (SELECT p.request_id, p.dta_on AS requested_on, asked.kind, asked.agency_id, random() AS u, random() AS u2, random() AS u_turn, random() AS u_days, random() AS u_cancel
                         FROM (SELECT t.*, least(7, 1 + floor(random() * (2 * $2::float - 1)))::int AS health_teams, random() < 0.4 AS social_care FROM ty_path t
                                WHERE t.dta_on IS NOT NULL AND t.stage <> 'refused') p
                        CROSS JOIN LATERAL (
                          SELECT 'educational_psychology' AS kind, (SELECT id FROM agencies WHERE code = 'ep') AS agency_id
                          UNION ALL SELECT 'social_care', (SELECT id FROM agencies WHERE code = 'social_care') WHERE p.social_care
                          UNION ALL (SELECT 'health', h.id FROM agencies h WHERE h.kind = 'health' AND h.code <> 'icb' ORDER BY random() + 0 * p.n LIMIT p.health_teams)
                        ) asked) x) a`,
      [today, healthPerRequest],
    );
    await step(
      'reg 8(2) exceptions on late advice',
      `INSERT INTO statutory_exceptions (request_id, regulation, kind, starts_on, ends_on, advice_request_id, note)
       SELECT a.request_id, '8(2)', k.kind, a.requested_on + 5, CASE k.kind WHEN 'absent_from_area' THEN a.requested_on + 33 WHEN 'exceptional_circumstances' THEN a.requested_on + 25 END,
              a.id, 'Recorded by the team when the advice was returned late.'
         FROM (SELECT a.*, (ARRAY['missed_appointment', 'exceptional_circumstances', 'absent_from_area'])[1 + floor(random() * 3)::int] AS kind, random() AS u
                 FROM advice_requests a WHERE a.returned_on > a.requested_on + 42) a
        CROSS JOIN LATERAL (SELECT a.kind) k
        WHERE a.u < 0.3`,
    );

    // The Decision-Making Group every Wednesday, one decided item per decision taken that day.
    await step(
      'Decision-Making Group meetings',
      `INSERT INTO meetings (kind, title, starts_at, ends_at, status, started_at, ended_at)
       SELECT 'dmg', 'Decision-Making Group', s, s + interval '3 hours', CASE WHEN s < now() THEN 'ended' ELSE 'scheduled' END,
              CASE WHEN s < now() THEN s END, CASE WHEN s < now() THEN s + interval '3 hours' END
         FROM (SELECT (d::date + time '09:30') AT TIME ZONE 'Europe/London' AS s
                 FROM generate_series(${nextWednesday('$1::date')}, $2::date, interval '7 days') d) w`,
      [firstDay, today],
    );
    await step(
      'decisions on the agendas',
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, presenter_id, status, voting_status, outcome, outcome_reasons, decided_at, decided_by)
       SELECT m.id, row_number() OVER (PARTITION BY m.id ORDER BY e.request_id, e.stage),
              CASE WHEN e.stage IN ('assessment', 'refused') THEN 'decision_to_assess' ELSE 'decision_to_issue' END, e.request_id, c.family_link_officer_id,
              'decided', 'revealed',
              CASE e.stage WHEN 'assessment' THEN 'agree' WHEN 'refused' THEN 'refuse' WHEN 'decision_to_issue' THEN 'issue' ELSE 'not_issue' END,
              CASE e.stage WHEN 'refused' THEN 'One cycle of the graduated approach so far; needs can be met from SEN support.'
                           WHEN 'not_issued' THEN 'Needs can be met from resources ordinarily available to the setting.'
                           ELSE 'Evidence of needs beyond what the setting can ordinarily provide.' END,
              m.starts_at + interval '1 hour', e.recorded_by
         FROM request_events e JOIN ehc_requests r ON r.id = e.request_id JOIN children c ON c.id = r.child_id
         JOIN meetings m ON m.kind = 'dmg' AND (m.starts_at AT TIME ZONE 'Europe/London')::date = e.occurred_on
        WHERE e.stage IN ('assessment', 'refused', 'decision_to_issue', 'not_issued')`,
    );

    // The Quality and Compliance Group monthly (the second Thursday): six sampled plans and about 25 audited
    // advices a sitting, each with a moderated grade; three reviewers' scores for each plan.
    await step(
      'Quality and Compliance Group meetings',
      `INSERT INTO meetings (kind, title, starts_at, ends_at, status, theme, started_at, ended_at)
       SELECT 'quality', 'Quality and Compliance Group', s, s + interval '150 minutes', CASE WHEN s < now() THEN 'ended' ELSE 'scheduled' END,
              (ARRAY['Preparing for adulthood', 'The child''s voice in the plan', 'Transitions between phases', 'Outcomes that are SMART', 'Health provision specified'])[1 + (extract(month FROM s)::int % 5)],
              CASE WHEN s < now() THEN s END, CASE WHEN s < now() THEN s + interval '150 minutes' END
         FROM (SELECT ((m::date + ((11 - extract(isodow FROM m)::int) % 7) + 7) + time '13:30') AT TIME ZONE 'Europe/London' AS s
                 FROM generate_series($1::date, $2::date, interval '1 month') m) q
        WHERE s::date <= $2::date`,
      [firstDay, today],
    );
    await step(
      'sampled plans with moderated grades',
      `INSERT INTO agenda_items (meeting_id, position, kind, request_id, status, voting_status, outcome, outcome_reasons, decided_at, decided_by)
       SELECT s.meeting_id, s.position, 'dip_sample', s.request_id, 'decided', 'revealed', ${GRADES}, 'Meets the statutory minimum; the child''s voice could be stronger in section A.',
              s.starts_at + interval '1 hour', (SELECT id FROM users WHERE email = 'quality1@tenyears.example')
         FROM (SELECT m.id AS meeting_id, m.starts_at, pick.request_id, row_number() OVER (PARTITION BY m.id ORDER BY pick.request_id) AS position, random() AS g
                 FROM meetings m CROSS JOIN LATERAL (
                        SELECT r.id AS request_id FROM ehc_requests r WHERE r.final_issued_on < (m.starts_at AT TIME ZONE 'Europe/London')::date
                         ORDER BY random() + 0 * extract(epoch FROM m.starts_at) LIMIT 6) pick
                WHERE m.kind = 'quality' AND m.starts_at < now()) s`,
    );
    await step(
      'audited advices with moderated grades',
      `INSERT INTO agenda_items (meeting_id, position, kind, advice_request_id, status, voting_status, outcome, outcome_reasons, decided_at, decided_by)
       SELECT s.meeting_id, 100 + s.position, 'advice_audit', s.advice_request_id, 'decided', 'revealed', ${GRADES}, 'The advice is specific about the provision the child needs.',
              s.starts_at + interval '2 hours', (SELECT id FROM users WHERE email = 'quality1@tenyears.example')
         FROM (SELECT m.id AS meeting_id, m.starts_at, pick.advice_request_id, row_number() OVER (PARTITION BY m.id ORDER BY pick.advice_request_id) AS position, random() AS g
                 FROM meetings m CROSS JOIN LATERAL (
                        SELECT a.id AS advice_request_id FROM advice_requests a
                         WHERE a.returned_on >= date_trunc('month', m.starts_at AT TIME ZONE 'Europe/London')::date - interval '1 month'
                           AND a.returned_on < date_trunc('month', m.starts_at AT TIME ZONE 'Europe/London')::date
                         ORDER BY random() + 0 * extract(epoch FROM m.starts_at) LIMIT 25) pick
                WHERE m.kind = 'quality' AND m.starts_at < now()) s`,
    );
    await step(
      'advices audited: their grade',
      `UPDATE advice_requests a SET audited_grade = i.outcome FROM agenda_items i WHERE i.kind = 'advice_audit' AND i.advice_request_id = a.id`,
    );
    await step(
      'dip samples of the group',
      `INSERT INTO dip_samples (tier, subject, meeting_id, theme, seed, size, by_locality, drawn_by, drawn_at)
       SELECT 'multiagency', s.subject, m.id, m.theme, floor(random() * 1e9)::bigint, count(i.id)::int, '{}'::jsonb, (SELECT id FROM users WHERE email = 'quality1@tenyears.example'), m.starts_at - interval '7 days'
         FROM meetings m JOIN agenda_items i ON i.meeting_id = m.id
         JOIN (VALUES ('plans', 'dip_sample'), ('advice', 'advice_audit')) s(subject, kind) ON s.kind = i.kind
        WHERE m.kind = 'quality' GROUP BY m.id, m.theme, m.starts_at, s.subject`,
    );
    await step(
      'sampled plans in the samples',
      `INSERT INTO dip_sample_plans (sample_id, request_id, revealed_at, revealed_by)
       SELECT d.id, i.request_id, i.decided_at, i.decided_by FROM dip_samples d JOIN agenda_items i ON i.meeting_id = d.meeting_id AND i.kind = 'dip_sample' WHERE d.subject = 'plans'`,
    );
    await step(
      'audited advices in the samples',
      `INSERT INTO dip_sample_advices (sample_id, advice_request_id)
       SELECT d.id, i.advice_request_id FROM dip_samples d JOIN agenda_items i ON i.meeting_id = d.meeting_id AND i.kind = 'advice_audit' WHERE d.subject = 'advice'`,
    );
    await step(
      'reviewers\u2019 scores of sampled plans',
      `INSERT INTO plan_scores (agenda_item_id, reviewer_id, met_criteria, computed_grade, grade, submitted_at)
       SELECT i.id, u.id, '{}', g.grade, g.grade, i.decided_at - interval '30 minutes'
         FROM agenda_items i JOIN users u ON u.email IN ('quality1@tenyears.example', 'quality2@tenyears.example', 'quality3@tenyears.example')
        CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.75 THEN i.outcome ELSE (ARRAY['outstanding', 'good', 'requires_improvement', 'inadequate'])[1 + floor(random() * 4)::int] END AS grade) g
        WHERE i.kind = 'dip_sample'`,
    );
    // Seniors' samples (tier 2) between meetings: five plans a month, two scores each, a moderated grade.
    await step(
      'seniors\u2019 dip samples (tier 2)',
      `INSERT INTO dip_samples (tier, subject, theme, seed, size, by_locality, drawn_by, drawn_at)
       SELECT 'senior', 'plans', 'Outcomes that are SMART', floor(random() * 1e9)::bigint, 5, '{}'::jsonb, (SELECT id FROM users WHERE email = 'quality2@tenyears.example'),
              (m::date + 20)::timestamp AT TIME ZONE 'Europe/London'
         FROM generate_series($1::date + 180, $2::date - 21, interval '1 month') m`,
      [firstDay, today],
    );
    await step(
      'plans in the seniors\u2019 samples',
      `INSERT INTO dip_sample_plans (sample_id, request_id, revealed_at, revealed_by)
       SELECT d.id, pick.id, d.drawn_at + interval '5 days', d.drawn_by
         FROM dip_samples d CROSS JOIN LATERAL (
                SELECT r.id FROM ehc_requests r WHERE r.final_issued_on < d.drawn_at::date ORDER BY random() + 0 * extract(epoch FROM d.drawn_at) LIMIT 5) pick
        WHERE d.tier = 'senior'`,
    );
    await step(
      'seniors\u2019 scores',
      `INSERT INTO plan_scores (sample_id, request_id, reviewer_id, met_criteria, computed_grade, grade, submitted_at)
       SELECT g.sample_id, g.request_id, g.reviewer_id, '{}', g.grade, g.grade, g.revealed_at - interval '1 day'
         FROM (SELECT p.sample_id, p.request_id, p.revealed_at, u.id AS reviewer_id, (ARRAY['outstanding', 'good', 'good', 'requires_improvement', 'inadequate'])[1 + floor(random() * 5)::int] AS grade
                 FROM dip_sample_plans p JOIN dip_samples d ON d.id = p.sample_id AND d.tier = 'senior'
                 JOIN users u ON u.email IN ('quality2@tenyears.example', 'quality3@tenyears.example')) g`,
    );
    await step(
      'seniors\u2019 moderated grades',
      `INSERT INTO dip_sample_moderations (sample_id, request_id, grade, feedback, moderated_by, moderated_at)
       SELECT p.sample_id, p.request_id, (SELECT s.grade FROM plan_scores s WHERE s.sample_id = p.sample_id AND s.request_id = p.request_id ORDER BY s.grade LIMIT 1),
              'Clear outcomes; section F could quantify the provision.', d.drawn_by, p.revealed_at + interval '1 hour'
         FROM dip_sample_plans p JOIN dip_samples d ON d.id = p.sample_id AND d.tier = 'senior'`,
    );

    // Annual reviews of every final plan, year after year, as far as today: most held by the due day, some late,
    // a few never held (overdue); a decision within weeks, then an amended plan for those amended. The year now
    // running is recorded as an open row for half the plans; for the rest only the plan itself says it is due.
    await step(
      'annual review years (scratch table)',
      `CREATE TEMP TABLE ty_review AS
       WITH RECURSIVE cycle(request_id, child_id, counts_from, meeting_on, year) AS (
         SELECT r.id, r.child_id, r.final_issued_on, NULL::date, 0 FROM ehc_requests r WHERE r.final_issued_on IS NOT NULL
         UNION ALL
         SELECT c.request_id, c.child_id, coalesce(c.meeting_on, c.counts_from), next.meeting_on, c.year + 1
           FROM cycle c CROSS JOIN LATERAL (
                  SELECT CASE WHEN random() < 0.03 THEN NULL ELSE held.on_day END AS meeting_on
                    FROM (SELECT (coalesce(c.meeting_on, c.counts_from) + interval '1 year')::date
                                 + CASE WHEN random() < 0.72 THEN -floor(random() * 40)::int ELSE 1 + floor(random() * 75)::int END AS on_day) held) next
          WHERE (c.year = 0 OR c.meeting_on IS NOT NULL) AND (coalesce(c.meeting_on, c.counts_from) + interval '1 year')::date < $1::date + 366
       )
       SELECT request_id, child_id, counts_from, CASE WHEN meeting_on < $1 THEN meeting_on END AS meeting_on, year,
              random() AS u_outcome, random() AS u_decision, random() AS u_amend, random() AS u_recorded
         FROM cycle WHERE year > 0`,
      [today],
    );
    await step(
      'annual reviews',
      `INSERT INTO annual_reviews (child_id, request_id, counts_from, due_on, review_meeting_on, decision_on, decision_outcome, amended_plan_issued_on, created_by)
       SELECT child_id, request_id, counts_from, (counts_from + interval '12 months')::date - CASE WHEN extract(day FROM counts_from + interval '12 months') = extract(day FROM counts_from) THEN 1 ELSE 0 END, meeting_on, decision_on, outcome,
              CASE WHEN outcome = 'amend' AND decision_on + 14 + floor(u_amend * 56)::int < $1 THEN decision_on + 14 + floor(u_amend * 56)::int END,
              (SELECT id FROM users WHERE email = 'flo1@tenyears.example')
         FROM (SELECT r.*, bool_or(r.outcome = 'cease') OVER (PARTITION BY r.request_id ORDER BY r.year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS ceased_before,
                      bool_or(r.meeting_on IS NULL) OVER (PARTITION BY r.request_id ORDER BY r.year ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS stopped_before
                 FROM (SELECT y.*, d.decision_on, CASE WHEN d.decision_on IS NULL THEN NULL WHEN y.u_outcome < 0.04 THEN 'cease' WHEN y.u_outcome < 0.4 THEN 'amend' ELSE 'maintain' END AS outcome
                         FROM ty_review y CROSS JOIN LATERAL (SELECT CASE WHEN y.meeting_on + 7 + floor(y.u_decision * 28)::int < $1 THEN y.meeting_on + 7 + floor(y.u_decision * 28)::int END AS decision_on) d) r) x
        WHERE ceased_before IS NOT TRUE AND stopped_before IS NOT TRUE AND (meeting_on IS NOT NULL OR u_recorded < 0.5)`,
      [today],
    );
    // Phase transfers (reg 18): into school, to junior school for some, to secondary school and to post-16, for
    // children whose plan was final before the deadline; the deadline is 15 February (31 March for post-16).
    await step(
      'phase transfers',
      `INSERT INTO phase_transfers (child_id, request_id, kind, transfer_year, deadline, setting_name, amended_plan_issued_on, created_by)
       SELECT t.child_id, t.request_id, t.kind, t.transfer_year, t.deadline,
              CASE WHEN t.amended_on IS NOT NULL THEN t.next_setting END, t.amended_on, (SELECT id FROM users WHERE email = 'flo2@tenyears.example')
         FROM (SELECT x.*, CASE
                   WHEN x.deadline < $1 AND x.u < 0.8 THEN greatest(x.final_on + 1, x.deadline - floor(x.u2 * 60)::int)
                   WHEN x.deadline < $1 AND x.u < 0.95 THEN least($1::date - 1, x.deadline + 1 + floor(x.u2 * 60)::int)
                   WHEN x.deadline >= $1 AND x.u < 0.4 AND x.deadline - 20 - floor(x.u2 * 60)::int < $1 THEN greatest(x.final_on + 1, x.deadline - 20 - floor(x.u2 * 60)::int)
                 END AS amended_on
                 FROM (SELECT p.child_id, p.request_id, p.final_on, k.kind, y.transfer_year,
                              CASE WHEN k.kind = 'secondary_to_post16' THEN make_date(y.transfer_year, 3, 31) ELSE make_date(y.transfer_year, 2, 15) END AS deadline,
                              k.next_setting, random() AS u, random() AS u2, random() AS u3
                         FROM ty_path p JOIN children c ON c.id = p.child_id
                        CROSS JOIN LATERAL (VALUES ('early_years_to_school', 0, 'Ashgrove Primary School'), ('infant_to_junior', 3, 'Bramblehill Junior School'),
                                                   ('primary_to_secondary', 7, 'Kestrel Rise High School'), ('secondary_to_post16', 12, 'Larkspur College')) k(kind, to_year, next_setting)
                        CROSS JOIN LATERAL (SELECT extract(year FROM p.received_on)::int - CASE WHEN extract(month FROM p.received_on) >= 9 THEN 0 ELSE 1 END
                                                   + (k.to_year - c.year_group) AS transfer_year) y
                        WHERE p.final_on IS NOT NULL AND k.to_year > c.year_group) x
                WHERE x.deadline > x.final_on AND x.transfer_year <= extract(year FROM $1::date)::int + 1 AND (x.kind <> 'infant_to_junior' OR x.u3 < 0.3)) t`,
      [today],
    );

    // The audit trail: a million records over the ten years, each about a request of its time.
    await step(
      'audit records',
      `INSERT INTO audit_records (occurred_at, actor_id, action, entity_type, entity_id, before, after)
       SELECT $2::timestamptz + (g.n::float / $1::int) * (now() - $2::timestamptz),
              u.ids[1 + g.n % array_length(u.ids, 1)],
              (ARRAY['case.created', 'advice_request.created', 'evidence.uploaded', 'request.exception_recorded', 'letter.produced', 'annual_review.meeting_recorded', 'panel_request.raised', 'meeting.agenda_built'])[1 + g.n % 8],
              (ARRAY['child', 'advice_request', 'evidence_item', 'ehc_request', 'ehc_request', 'annual_review', 'panel_request', 'meeting'])[1 + g.n % 8],
              r.ids[least(array_length(r.ids, 1), 1 + floor(g.n::float / $1::int * array_length(r.ids, 1))::int)],
              CASE WHEN g.n % 3 = 0 THEN jsonb_build_object('stage', 'received') END,
              jsonb_build_object('stage', (ARRAY['assessment', 'decision_to_issue', 'draft_issued', 'final_issued'])[1 + g.n % 4], 'note', 'Recorded at the panel')
         FROM generate_series(1, $1::int) g(n)
        CROSS JOIN (SELECT array_agg(id ORDER BY email) AS ids FROM users) u
        CROSS JOIN (SELECT array_agg(id::text ORDER BY received_on, id) AS ids FROM ehc_requests) r`,
      [auditRows, `${firstDay}T00:00:00Z`],
    );
    const analyzed = performance.now();
    await db.query('ANALYZE');
    log(`  ANALYZE: ${((performance.now() - analyzed) / 1000).toFixed(1)} s`);
    const counts = {};
    for (const table of COUNTED)
      counts[table] = (await db.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    return { token, firstDay, counts };
  } finally {
    await db.end();
  }
}
