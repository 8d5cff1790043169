import type { DipSampleSummary, SamplePlanReview, SamplePlanReviewState } from '@convene/contracts';
import { QUALITY_GRADE_LABELS } from '@convene/domain';

/** Who a sample is for, in the group's words. */
export const TIER_LABELS: Record<DipSampleSummary['tier'], string> = {
  multiagency: 'The group’s meeting (tier 3)',
  senior: 'Seniors, between meetings (tier 2)',
};

const STATE_TAGS: Record<SamplePlanReviewState, { text: string; tagClass: string }> = {
  to_score: { text: 'To score', tagClass: 'govuk-tag--grey' },
  scored: { text: 'Scored by you', tagClass: 'govuk-tag--blue' },
  revealed: { text: 'Scores revealed', tagClass: 'govuk-tag--yellow' },
  moderated: { text: 'Moderated', tagClass: 'govuk-tag--green' },
};

/** A plan's review as a tag, in words (never by colour alone): "Moderated: Good". */
export function reviewTag(review: SamplePlanReview): { text: string; tagClass: string } {
  const tag = STATE_TAGS[review.state];
  return review.moderation
    ? { ...tag, text: `${tag.text}: ${QUALITY_GRADE_LABELS[review.moderation.grade]}` }
    : tag;
}

/** "2 reviewers have scored", never who gave what. */
export const scoredCount = (n: number) =>
  n === 0 ? 'Nobody has scored yet' : `${n} ${n === 1 ? 'reviewer has' : 'reviewers have'} scored`;

/** The last `count` months, newest first, as YYYY-MM with their names: "November 2026". */
export function recentMonths(today: string, count = 24): { value: string; label: string }[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(Date.UTC(year, month - 1 - i, 1));
    return {
      value: at.toISOString().slice(0, 7),
      label: at.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    };
  });
}
