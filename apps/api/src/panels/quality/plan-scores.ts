import type { ItemQuality, RevealedScore } from '@convene/contracts';
import { isDisagreement, SCORED_KINDS } from '@convene/domain';
import { idsOfKinds, type SnapshotPart } from '../../meetings/engine/meeting-engine-registry.js';
import { VotesRepository } from '../../meetings/votes.repository.js';

/** The room's view of a scored item for one member: their own score always; everyone's only once revealed. */
export function itemQuality(
  all: RevealedScore[] | undefined,
  revealed: boolean,
  userId: string,
): ItemQuality {
  const mine = all?.find((s) => s.reviewerId === userId);
  return {
    yourScore: mine
      ? {
          grade: mine.grade,
          computedGrade: mine.computedGrade,
          metCriterionIds: mine.metCriterionIds,
          overrideReason: mine.overrideReason,
        }
      : null,
    scores: revealed ? (all ?? []) : null,
    disagreement: revealed ? isDisagreement((all ?? []).map((s) => s.grade)) : null,
  };
}

/** The group's part of the snapshot: on each scored item, the viewer's score, and everyone's once revealed. */
export const planScoresPart: SnapshotPart<'quality'> = async (db, items, viewer) => {
  const scores = await new VotesRepository(db).latestScores(idsOfKinds(items, SCORED_KINDS));
  return (item) =>
    SCORED_KINDS.includes(item.kind)
      ? itemQuality(scores.get(item.id), item.voting_status === 'revealed', viewer.userId)
      : null;
};
