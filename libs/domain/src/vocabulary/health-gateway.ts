/** What the Designated Clinical Officer asks a health team for at the Health Gateway. */
export const ADVICE_RESPONSES = ['full_advice', 'triage_note'] as const;
export type AdviceResponse = (typeof ADVICE_RESPONSES)[number];
export const ADVICE_RESPONSE_LABELS: Record<AdviceResponse, string> = {
  full_advice: 'Full advice',
  triage_note: 'Short triage note',
};

export const TRIAGE_PRIORITIES = ['routine', 'urgent'] as const;
export type TriagePriority = (typeof TRIAGE_PRIORITIES)[number];
export const TRIAGE_PRIORITY_LABELS: Record<TriagePriority, string> = {
  routine: 'Routine',
  urgent: 'Urgent',
};

/** A team's answer to a triage, in the room: it takes the request, or pushes it back with a reason. */
export const TEAM_RESPONSES = ['pending', 'accepted', 'pushed_back'] as const;
export type TeamResponse = (typeof TEAM_RESPONSES)[number];
export const TEAM_RESPONSE_LABELS: Record<TeamResponse, string> = {
  pending: 'Awaiting the team',
  accepted: 'Accepted',
  pushed_back: 'Pushed back',
};

/** Where a request for health advice comes from: an EHC needs assessment, or a referral on the 0–2 pathway. */
export const ADVICE_SOURCES = ['assessment', 'health_visiting_referral', 'paediatrics_referral'] as const;
export type AdviceSource = (typeof ADVICE_SOURCES)[number];
export const ADVICE_SOURCE_LABELS: Record<AdviceSource, string> = {
  assessment: 'EHC needs assessment',
  health_visiting_referral: 'Health visitor referral (0–2)',
  paediatrics_referral: 'Community paediatrics referral (0–2)',
};

/** The DCO's short rubric for a returned advice; an advice meets the standard when every point is met. */
export const ADVICE_QUALITY_CRITERIA = [
  'describes_needs',
  'specific_outcomes',
  'quantified_provision',
  'child_and_family_views',
] as const;
export type AdviceQualityCriterion = (typeof ADVICE_QUALITY_CRITERIA)[number];
export const ADVICE_QUALITY_LABELS: Record<AdviceQualityCriterion, string> = {
  describes_needs: "Describes the child's health needs clearly, in plain English",
  specific_outcomes: 'Sets outcomes that are specific and measurable',
  quantified_provision: 'Specifies and quantifies the provision (who, what, how often)',
  child_and_family_views: "Reflects the child's and the family's views",
};
