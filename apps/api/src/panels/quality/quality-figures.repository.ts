import type { QualityRow } from '@convene/contracts';
import { percentOf, type QualityGrade } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';
import { MEETS_STANDARD, MODERATED_ADVICE_GRADES, MODERATED_ON } from './moderated-grades.query.js';

/** Where moderated grades are counted from (a source of moderated-grades.query.ts, `a.outcome` the grade) and the SQL they are grouped by. */
export interface ModeratedSource {
  source: string;
  dimension: string;
}

export interface SeniorSampleGrades {
  sampleId: string;
  theme: string | null;
  drawnAt: Date;
  /** Each revealed plan's reviewers' grades. */
  plans: QualityGrade[][];
}

/** The Quality and Compliance Group's figures: moderated grades counted, and reviewers' grades for agreement. */
export class QualityFiguresRepository {
  constructor(private readonly db: Queryable) {}

  /**
   * How many were moderated and how many met the standard, grouped by each source's dimension and added together
   * key by key across the sources (the group's plans and the seniors', say), in one query.
   */
  async moderatedCounts(
    sources: readonly ModeratedSource[],
    from: string,
    to: string,
  ): Promise<QualityRow[]> {
    const counted = sources.map(
      ({ source, dimension }) =>
        `SELECT ${dimension} AS key, count(*) AS moderated, count(*) FILTER (WHERE ${MEETS_STANDARD}) AS meeting ${source} GROUP BY 1`,
    );
    const rows = await this.db.query<{ key: string; moderated: number; meeting: number }[]>(
      `SELECT key, sum(moderated)::int AS moderated, sum(meeting)::int AS meeting FROM (${counted.join(' UNION ALL ')}) counted GROUP BY key ORDER BY key`,
      [from, to],
    );
    return rows.map((r) => ({
      key: String(r.key),
      moderated: r.moderated,
      meeting: r.meeting,
      percent: percentOf(r.meeting, r.moderated),
    }));
  }

  /** Advices audited between the dates, by agency, and those of them moderated from `monthFrom` on. */
  advicesByAgency(
    from: string,
    to: string,
    monthFrom: string,
  ): Promise<
    { agency: string; moderated: number; meeting: number; month_moderated: number; month_meeting: number }[]
  > {
    return this.db.query(
      `SELECT g.name AS agency, count(*)::int AS moderated, count(*) FILTER (WHERE ${MEETS_STANDARD})::int AS meeting,
                count(*) FILTER (WHERE ${MODERATED_ON} >= $3)::int AS month_moderated, count(*) FILTER (WHERE ${MODERATED_ON} >= $3 AND ${MEETS_STANDARD})::int AS month_meeting
           ${MODERATED_ADVICE_GRADES}
          GROUP BY g.name ORDER BY g.name`,
      [from, to, monthFrom],
    );
  }

  /** Each reviewer's latest grade of each seniors' plan revealed in the period, by sample, oldest sample first. */
  async seniorSampleGrades(from: string, to: string): Promise<SeniorSampleGrades[]> {
    const rows = await this.db.query<
      { sample_id: string; theme: string | null; drawn_at: Date; request_id: string; grade: QualityGrade }[]
    >(
      `SELECT DISTINCT ON (ps.sample_id, ps.request_id, ps.reviewer_id) s.id AS sample_id, s.theme, s.drawn_at, ps.request_id, ps.grade
       FROM plan_scores ps JOIN dip_sample_plans p ON p.sample_id = ps.sample_id AND p.request_id = ps.request_id JOIN dip_samples s ON s.id = p.sample_id
      WHERE p.revealed_at IS NOT NULL AND (p.revealed_at AT TIME ZONE 'Europe/London')::date BETWEEN $1 AND $2
      ORDER BY ps.sample_id, ps.request_id, ps.reviewer_id, ps.submitted_at DESC, ps.id DESC`,
      [from, to],
    );
    const samples = new Map<
      string,
      { theme: string | null; drawnAt: Date; plans: Map<string, QualityGrade[]> }
    >();
    for (const row of rows) {
      const sample = samples.get(row.sample_id) ?? {
        theme: row.theme,
        drawnAt: row.drawn_at,
        plans: new Map<string, QualityGrade[]>(),
      };
      sample.plans.set(row.request_id, [...(sample.plans.get(row.request_id) ?? []), row.grade]);
      samples.set(row.sample_id, sample);
    }
    return [...samples.entries()]
      .map(([sampleId, s]) => ({
        sampleId,
        theme: s.theme,
        drawnAt: s.drawnAt,
        plans: [...s.plans.values()],
      }))
      .sort((a, b) => +a.drawnAt - +b.drawnAt);
  }
}
