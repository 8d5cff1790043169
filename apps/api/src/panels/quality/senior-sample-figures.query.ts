import type { QualityGrade } from '@convene/domain';
import type { DataSource } from 'typeorm';

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

export interface SeniorSampleGrades {
  sampleId: string;
  theme: string | null;
  drawnAt: Date;
  /** Each revealed plan's reviewers' grades. */
  plans: QualityGrade[][];
}

/** Each reviewer's latest grade of each seniors' plan revealed in the period, by sample, oldest sample first. */
export async function seniorSampleGrades(dataSource: DataSource, from: string, to: string): Promise<SeniorSampleGrades[]> {
  const rows: { sample_id: string; theme: string | null; drawn_at: Date; request_id: string; grade: QualityGrade }[] = await dataSource.query(
    `SELECT DISTINCT ON (ps.sample_id, ps.request_id, ps.reviewer_id) s.id AS sample_id, s.theme, s.drawn_at, ps.request_id, ps.grade
       FROM plan_scores ps JOIN dip_sample_plans p ON p.sample_id = ps.sample_id AND p.request_id = ps.request_id JOIN dip_samples s ON s.id = p.sample_id
      WHERE p.revealed_at IS NOT NULL AND (p.revealed_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
      ORDER BY ps.sample_id, ps.request_id, ps.reviewer_id, ps.submitted_at DESC, ps.id DESC`,
    [from, to],
  );
  const samples = new Map<string, { theme: string | null; drawnAt: Date; plans: Map<string, QualityGrade[]> }>();
  for (const row of rows) {
    const sample = samples.get(row.sample_id) ?? { theme: row.theme, drawnAt: row.drawn_at, plans: new Map() };
    sample.plans.set(row.request_id, [...(sample.plans.get(row.request_id) ?? []), row.grade]);
    samples.set(row.sample_id, sample);
  }
  return [...samples.entries()]
    .map(([sampleId, s]) => ({ sampleId, theme: s.theme, drawnAt: s.drawnAt, plans: [...s.plans.values()] }))
    .sort((a, b) => +a.drawnAt - +b.drawnAt);
}
