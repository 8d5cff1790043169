/** The ways a family challenges a decision: the council's complaints procedure, mediation, and an appeal. */
export const DISAGREEMENT_KINDS = ['complaint', 'mediation', 'appeal'] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export const DISAGREEMENT_KIND_LABELS: Readonly<Record<DisagreementKind, string>> = {
  complaint: 'Complaint',
  mediation: 'Mediation',
  appeal: 'Appeal to the First-tier Tribunal (SEND)',
};

/** The longest summary of what the family disagrees with. */
export const DISAGREEMENT_SUMMARY_MAX_LENGTH = 2000;

/** What can be appealed to the Tribunal (Children and Families Act 2014, s.51(2)), in the council's words. */
export const APPEALABLE_DECISIONS = [
  'refusal_to_assess',
  'refusal_to_issue',
  'plan_needs_and_provision',
  'named_placement',
  'refusal_to_amend',
  'cease_plan',
] as const;
export type AppealableDecision = (typeof APPEALABLE_DECISIONS)[number];

export const APPEALABLE_DECISION_LABELS: Readonly<Record<AppealableDecision, string>> = {
  refusal_to_assess: 'Refusal to assess',
  refusal_to_issue: 'Refusal to issue a plan',
  plan_needs_and_provision: 'The plan’s needs and provision (sections B and F)',
  named_placement: 'The school or placement named (section I)',
  refusal_to_amend: 'Refusal to amend the plan after a review',
  cease_plan: 'Ceasing the plan',
};

/** A placement-only appeal needs no mediation certificate (Children and Families Act 2014, s.55(3)). */
export const NEEDS_NO_MEDIATION_CERTIFICATE: readonly AppealableDecision[] = ['named_placement'];

export const COMPLAINT_STAGES = ['stage_1', 'stage_2', 'ombudsman'] as const;
export type ComplaintStage = (typeof COMPLAINT_STAGES)[number];

export const DISAGREEMENT_OUTCOMES: Readonly<Record<DisagreementKind, readonly string[]>> = {
  complaint: ['upheld', 'partly_upheld', 'not_upheld', 'withdrawn'],
  mediation: ['agreed', 'partly_agreed', 'not_agreed', 'family_declined'],
  appeal: ['conceded', 'withdrawn', 'upheld', 'part_upheld', 'dismissed'],
};

/** Outcomes that went against the council, for the indicators: conceded, or upheld in whole or part. */
export const OUTCOMES_AGAINST_THE_COUNCIL: readonly string[] = [
  'upheld',
  'partly_upheld',
  'part_upheld',
  'conceded',
];
