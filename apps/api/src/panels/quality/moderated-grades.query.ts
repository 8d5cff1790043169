/*
 * The Quality and Compliance Group's moderated grades, in one place for every figure that counts them and every
 * list of the cases behind those figures, so a count and its list can never disagree. A grade counts on the day
 * its meeting sat (in England), from $1 to $2, both included.
 */

/** The day the meeting sat, in England. */
export const MODERATED_ON = `(m.starts_at AT TIME ZONE 'Europe/London')::date`;

/** The month the meeting sat in, YYYY-MM. */
export const MODERATED_MONTH = `to_char(${MODERATED_ON}, 'YYYY-MM')`;

/**
 * The meetings that sat from $1 to $2, for the planner: the same days widened by one on each side as plain
 * timestamps it can estimate and use an index for, next to the exact condition on the day in England.
 */
const SAT_BETWEEN = `m.starts_at >= $1::date - 1 AND m.starts_at < $2::date + 2 AND ${MODERATED_ON} BETWEEN $1 AND $2`;

/** A moderated grade of Good or better: the standard a plan or an advice should meet. */
export const MEETS_STANDARD = `a.outcome IN ('outstanding', 'good')`;

/** Decided items of one kind with their moderated grade (`a.outcome`), the meeting they were moderated at (m), and `joins`. */
const moderated = (kind: 'dip_sample' | 'advice_audit', joins: string) => `
  FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id ${joins}
 WHERE a.kind = '${kind}' AND a.status = 'decided' AND a.outcome IS NOT NULL
   AND ${SAT_BETWEEN}`;

/** Sampled plans with their moderated grade (`a.outcome`): aliases a (agenda item), m, r, c, l. */
export const MODERATED_PLANS = moderated(
  'dip_sample',
  'JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id',
);

/** The same plans, for counting by when they were moderated: aliases a and m only. */
export const MODERATED_PLAN_GRADES = moderated('dip_sample', '');

/** Audited advices with their moderated grade (`a.outcome`): aliases a, m, ar (advice request), g (agency), r, c. */
export const MODERATED_ADVICES = moderated(
  'advice_audit',
  'JOIN advice_requests ar ON ar.id = a.advice_request_id JOIN agencies g ON g.id = ar.agency_id JOIN ehc_requests r ON r.id = ar.request_id JOIN children c ON c.id = r.child_id',
);

/** The same advices, for counting by agency: aliases a, m, ar and g only. */
export const MODERATED_ADVICE_GRADES = moderated(
  'advice_audit',
  'JOIN advice_requests ar ON ar.id = a.advice_request_id JOIN agencies g ON g.id = ar.agency_id',
);
