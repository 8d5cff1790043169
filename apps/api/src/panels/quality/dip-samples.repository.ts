import type { DipSampleSummary, DipSampleView, RevealedScore } from '@convene/contracts';
import type { QualityGrade } from '@convene/domain';
import type { Queryable } from '../../database/prepared-statement.repository.js';

type Tier = DipSampleView['tier'];
type Subject = DipSampleView['subject'];

/** A plan or an advice that may be drawn, with its stratum (the child's locality, or the agency that gave the advice). */
export interface Drawable {
  id: string;
  locality: string;
  request_id: string;
}

export interface NewDipSample {
  tier: Tier;
  subject: Subject;
  meetingId: string | null;
  theme: string | null;
  seed: number;
  size: number;
  byLocality: Record<string, number>;
  drawnBy: string;
}

export interface DipSampleRow {
  id: string;
  tier: Tier;
  subject: Subject;
  meeting_id: string | null;
  theme: string | null;
  seed: string;
  size: number;
  by_locality: Record<string, number>;
  drawn_at: Date;
  drawn_by: string;
  drawn_by_name: string;
}

/** Which past samples to list. */
export interface DipSampleFilter {
  tier?: Tier;
  /** YYYY-MM, in England. */
  month?: string;
  /** Part of the theme, matched as typed. */
  theme?: string;
}

interface SampleSummaryRow {
  id: string;
  tier: DipSampleSummary['tier'];
  subject: DipSampleSummary['subject'];
  theme: string | null;
  seed: string;
  size: number;
  drawn_at: Date;
  drawn_by: string;
  drawn_by_name: string;
  meeting_id: string | null;
  meeting_title: string | null;
  moderated: number;
}

/** A plan of a seniors' sample, locked while it is scored, revealed or moderated. */
export interface LockedSamplePlan {
  tier: Tier;
  drawn_by: string;
  revealed_at: Date | null;
  moderated: boolean;
}

/** A plan of a seniors' sample with its moderation, if recorded. */
export interface SeniorSamplePlan {
  request_id: string;
  revealed_at: Date | null;
  grade: QualityGrade | null;
  feedback: string;
  moderated_at: Date;
  moderated_by: string;
  moderator: string;
}

export type NamedScore = RevealedScore & { reviewerName: string };

/** `%` and `_` in what was typed are matched as themselves, not as wildcards. */
const likeContaining = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Dip samples: the plans or advices drawn, seniors' scores of them, their reveal and moderated grades. */
export class DipSamplesRepository {
  constructor(private readonly db: Queryable) {}

  /** Final plans not sampled in the last months, each with its child's locality. */
  plansToDraw(excludeMonths: number): Promise<Drawable[]> {
    return this.db.query(
      `SELECT r.id, l.name AS locality, r.id AS request_id FROM ehc_requests r JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
                WHERE r.stage = 'final_issued'
                  AND NOT EXISTS (SELECT 1 FROM dip_sample_plans p JOIN dip_samples s ON s.id = p.sample_id
                                   WHERE p.request_id = r.id AND s.drawn_at > now() - make_interval(months => $1::int))`,
      [excludeMonths],
    );
  }

  /** Returned advices not sampled in the last months, each with the agency that gave it. */
  advicesToDraw(excludeMonths: number): Promise<Drawable[]> {
    return this.db.query(
      `SELECT a.id, g.name AS locality, a.request_id FROM advice_requests a JOIN agencies g ON g.id = a.agency_id
                WHERE a.status = 'returned'
                  AND NOT EXISTS (SELECT 1 FROM dip_sample_advices p JOIN dip_samples s ON s.id = p.sample_id
                                   WHERE p.advice_request_id = a.id AND s.drawn_at > now() - make_interval(months => $1::int))`,
      [excludeMonths],
    );
  }

  /** The sample with what it drew (requests for plans, advice requests for advices); its id. */
  async create(sample: NewDipSample, drawnIds: readonly string[]): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO dip_samples (tier, subject, meeting_id, theme, seed, size, by_locality, drawn_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        sample.tier,
        sample.subject,
        sample.meetingId,
        sample.theme,
        sample.seed,
        sample.size,
        JSON.stringify(sample.byLocality),
        sample.drawnBy,
      ],
    );
    const id = row!.id;
    const table =
      sample.subject === 'plans'
        ? 'dip_sample_plans (sample_id, request_id)'
        : 'dip_sample_advices (sample_id, advice_request_id)';
    for (const drawn of drawnIds) await this.db.query(`INSERT INTO ${table} VALUES ($1, $2)`, [id, drawn]);
    return id;
  }

  async find(sampleId: string): Promise<DipSampleRow | undefined> {
    const [sample] = await this.db.query<DipSampleRow[]>(
      `SELECT s.*, u.display_name AS drawn_by_name FROM dip_samples s JOIN users u ON u.id = s.drawn_by WHERE s.id = $1`,
      [sampleId],
    );
    return sample;
  }

  /** The sample's plans, by locality and case. */
  plansIn(
    sampleId: string,
  ): Promise<{ request_id: string; child_id: string; case_reference: string; locality: string }[]> {
    return this.db.query(
      `SELECT r.id AS request_id, c.id AS child_id, c.case_reference, l.name AS locality
         FROM dip_sample_plans p JOIN ehc_requests r ON r.id = p.request_id JOIN children c ON c.id = r.child_id JOIN localities l ON l.id = c.locality_id
        WHERE p.sample_id = $1 ORDER BY l.name, c.case_reference`,
      [sampleId],
    );
  }

  /** The sample's advices, by agency and case. */
  advicesIn(sampleId: string): Promise<
    {
      advice_request_id: string;
      request_id: string;
      child_id: string;
      case_reference: string;
      agency: string;
      advice_kind: string;
    }[]
  > {
    return this.db.query(
      `SELECT a.id AS advice_request_id, r.id AS request_id, c.id AS child_id, c.case_reference, g.name AS agency, a.advice_kind
         FROM dip_sample_advices p JOIN advice_requests a ON a.id = p.advice_request_id JOIN agencies g ON g.id = a.agency_id
         JOIN ehc_requests r ON r.id = a.request_id JOIN children c ON c.id = r.child_id
        WHERE p.sample_id = $1 ORDER BY g.name, c.case_reference`,
      [sampleId],
    );
  }

  async hasPlan(sampleId: string, requestId: string): Promise<boolean> {
    return (
      (
        await this.db.query<unknown[]>(
          `SELECT 1 FROM dip_sample_plans WHERE sample_id = $1 AND request_id = $2`,
          [sampleId, requestId],
        )
      ).length > 0
    );
  }

  /** Past samples, newest first, a page of them, with how many plans each has moderated; and how many there are. */
  async list(
    filter: DipSampleFilter,
    page: number,
    pageSize: number,
  ): Promise<{ rows: SampleSummaryRow[]; total: number }> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (condition: (at: string) => string, value: unknown) => {
      params.push(value);
      where.push(condition(`$${params.length}`));
    };
    if (filter.tier) add((at) => `s.tier = ${at}`, filter.tier);
    if (filter.month)
      add((at) => `to_char(s.drawn_at AT TIME ZONE 'Europe/London', 'YYYY-MM') = ${at}`, filter.month);
    if (filter.theme?.trim()) add((at) => `s.theme ILIKE ${at}`, likeContaining(filter.theme.trim()));
    const where_ = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [counted] = await this.db.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM dip_samples s ${where_}`,
      params,
    );
    // Moderated: a seniors' sample's recorded grades; the group's, the items decided at its meeting.
    const rows = await this.db.query<SampleSummaryRow[]>(
      `SELECT s.id, s.tier, s.subject, s.theme, s.seed, s.size, s.drawn_at, s.drawn_by, u.display_name AS drawn_by_name, s.meeting_id, m.title AS meeting_title,
              CASE WHEN s.tier = 'senior'
                   THEN (SELECT count(*) FROM dip_sample_moderations d WHERE d.sample_id = s.id)
                   ELSE (SELECT count(*) FROM agenda_items a
                          WHERE a.meeting_id = s.meeting_id AND a.status = 'decided'
                            AND ((a.kind = 'dip_sample' AND a.request_id IN (SELECT p.request_id FROM dip_sample_plans p WHERE p.sample_id = s.id))
                              OR (a.kind = 'advice_audit' AND a.advice_request_id IN (SELECT v.advice_request_id FROM dip_sample_advices v WHERE v.sample_id = s.id))))
              END::int AS moderated
         FROM dip_samples s JOIN users u ON u.id = s.drawn_by LEFT JOIN meetings m ON m.id = s.meeting_id
         ${where_}
        ORDER BY s.drawn_at DESC, s.id
        LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
      params,
    );
    return { rows, total: counted!.total };
  }

  /** The plan, locked until the transaction ends so that a score, the reveal and the moderation cannot cross. */
  async lockPlan(sampleId: string, requestId: string): Promise<LockedSamplePlan | undefined> {
    const [plan] = await this.db.query<LockedSamplePlan[]>(
      `SELECT s.tier, s.drawn_by, p.revealed_at, EXISTS (SELECT 1 FROM dip_sample_moderations d WHERE d.sample_id = p.sample_id AND d.request_id = p.request_id) AS moderated
         FROM dip_sample_plans p JOIN dip_samples s ON s.id = p.sample_id
        WHERE p.sample_id = $1 AND p.request_id = $2
          FOR UPDATE OF p`,
      [sampleId, requestId],
    );
    return plan;
  }

  /** A senior's score of a plan: a new row each time; its id. */
  async score(
    sampleId: string,
    requestId: string,
    reviewerId: string,
    score: {
      metCriterionIds: string[];
      computedGrade: QualityGrade;
      grade: QualityGrade;
      overrideReason: string | null;
    },
  ): Promise<string> {
    const [row] = await this.db.query<{ id: string }[]>(
      `INSERT INTO plan_scores (sample_id, request_id, reviewer_id, met_criteria, computed_grade, grade, override_reason) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        sampleId,
        requestId,
        reviewerId,
        score.metCriterionIds,
        score.computedGrade,
        score.grade,
        score.overrideReason,
      ],
    );
    return row!.id;
  }

  async reveal(sampleId: string, requestId: string, revealedBy: string): Promise<void> {
    await this.db.query(
      `UPDATE dip_sample_plans SET revealed_at = now(), revealed_by = $3 WHERE sample_id = $1 AND request_id = $2`,
      [sampleId, requestId, revealedBy],
    );
  }

  async moderate(
    sampleId: string,
    requestId: string,
    grade: QualityGrade,
    feedback: string,
    moderatedBy: string,
  ): Promise<void> {
    await this.db.query(
      `INSERT INTO dip_sample_moderations (sample_id, request_id, grade, feedback, moderated_by) VALUES ($1, $2, $3, $4, $5)`,
      [sampleId, requestId, grade, feedback, moderatedBy],
    );
  }

  /** The plans of a seniors' sample, each with its reveal and moderation. */
  seniorPlans(sampleId: string): Promise<SeniorSamplePlan[]> {
    return this.db.query(
      `SELECT p.request_id, p.revealed_at, d.grade, d.feedback, d.moderated_at, d.moderated_by, u.display_name AS moderator
         FROM dip_sample_plans p LEFT JOIN dip_sample_moderations d ON d.sample_id = p.sample_id AND d.request_id = p.request_id
         LEFT JOIN users u ON u.id = d.moderated_by
        WHERE p.sample_id = $1`,
      [sampleId],
    );
  }

  /** Each reviewer's latest score of each plan in a seniors' sample, with their name. */
  async latestScores(sampleId: string): Promise<Map<string, NamedScore[]>> {
    const rows = await this.db.query<
      {
        request_id: string;
        reviewer_id: string;
        display_name: string;
        grade: QualityGrade;
        computed_grade: QualityGrade;
        override_reason: string | null;
        met_criteria: string[];
      }[]
    >(
      `SELECT DISTINCT ON (s.request_id, s.reviewer_id) s.request_id, s.reviewer_id, u.display_name, s.grade, s.computed_grade, s.override_reason, s.met_criteria
       FROM plan_scores s JOIN users u ON u.id = s.reviewer_id
      WHERE s.sample_id = $1
      ORDER BY s.request_id, s.reviewer_id, s.submitted_at DESC, s.id DESC`,
      [sampleId],
    );
    const byPlan = new Map<string, NamedScore[]>();
    for (const row of rows) {
      byPlan.set(row.request_id, [
        ...(byPlan.get(row.request_id) ?? []),
        {
          reviewerId: row.reviewer_id,
          reviewerName: row.display_name,
          grade: row.grade,
          computedGrade: row.computed_grade,
          overrideReason: row.override_reason,
          metCriterionIds: row.met_criteria,
        },
      ]);
    }
    return byPlan;
  }
}
