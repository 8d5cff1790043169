import type { ItemQuality, RevealedScore } from '@convene/contracts';
import { isDisagreement, type QualityGrade } from '@convene/domain';
import type { EntityManager } from 'typeorm';

/** Kinds of item scored privately on the quality framework. */
export const SCORED_KINDS: readonly string[] = ['dip_sample', 'advice_audit'];

/** Each reviewer's latest score of each item, leaving out reviewers who declared an interest in it. */
export async function latestScores(manager: Pick<EntityManager, 'query'>, itemIds: readonly string[]): Promise<Map<string, RevealedScore[]>> {
  const byItem = new Map<string, RevealedScore[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await manager.query(
    `SELECT DISTINCT ON (s.agenda_item_id, s.reviewer_id) s.agenda_item_id, s.reviewer_id, s.grade, s.computed_grade, s.override_reason, s.met_criteria
       FROM plan_scores s
      WHERE s.agenda_item_id = ANY($1::uuid[])
        AND NOT EXISTS (SELECT 1 FROM declarations_of_interest d WHERE d.agenda_item_id = s.agenda_item_id AND d.user_id = s.reviewer_id)
      ORDER BY s.agenda_item_id, s.reviewer_id, s.submitted_at DESC, s.id`,
    [itemIds],
  );
  for (const row of rows) {
    byItem.set(row.agenda_item_id, [
      ...(byItem.get(row.agenda_item_id) ?? []),
      { reviewerId: row.reviewer_id, grade: row.grade, computedGrade: row.computed_grade, overrideReason: row.override_reason, metCriterionIds: row.met_criteria },
    ]);
  }
  return byItem;
}

/** The room's view of a scored item for one member: their own score always; everyone's only once revealed. */
export function itemQuality(all: RevealedScore[] | undefined, revealed: boolean, userId: string): ItemQuality {
  const mine = all?.find((s) => s.reviewerId === userId);
  return {
    yourScore: mine ? { grade: mine.grade, computedGrade: mine.computedGrade, metCriterionIds: mine.metCriterionIds, overrideReason: mine.overrideReason } : null,
    scores: revealed ? (all ?? []) : null,
    disagreement: revealed ? isDisagreement((all ?? []).map((s) => s.grade as QualityGrade)) : null,
  };
}
