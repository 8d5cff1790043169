/*
 * Seniors' (tier 2) samples in the Quality and Compliance Group's figures, beside the group's own (tier 3).
 * A seniors' moderated grade counts on the day it was recorded (in England), as a meeting's counts on the day
 * the meeting sat; their reviewers' grades count for agreement on the day they were revealed.
 */

/** The day a seniors' plan was moderated, in England. */
export const SENIOR_MODERATED_ON = `(a.moderated_at AT TIME ZONE 'Europe/London')::date`;
export const SENIOR_MODERATED_MONTH = `to_char(${SENIOR_MODERATED_ON}, 'YYYY-MM')`;

/**
 * Seniors' sampled plans with their moderated grade as `a.outcome`, the name the group's source gives it, so that
 * `moderatedCounts` counts both alike: aliases a (the moderation), s (the sample), r, c, l.
 */
export const MODERATED_SENIOR_PLANS = `
  FROM (SELECT sample_id, request_id, grade AS outcome, moderated_at FROM dip_sample_moderations) a
  JOIN dip_samples s ON s.id = a.sample_id
  JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
 WHERE ${SENIOR_MODERATED_ON} BETWEEN $1 AND $2`;

/** The same grades, for counting by when they were moderated: alias a only. */
export const MODERATED_SENIOR_PLAN_GRADES = `
  FROM (SELECT grade AS outcome, moderated_at FROM dip_sample_moderations) a
 WHERE ${SENIOR_MODERATED_ON} BETWEEN $1 AND $2`;
