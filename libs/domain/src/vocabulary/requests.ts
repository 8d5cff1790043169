/** Where an EHC needs assessment request stands on the 20-week path (SEND Regulations 2014, part 2). */
export const REQUEST_STAGES = [
  'received',
  'assessment',
  'decision_to_issue',
  'draft_issued',
  'final_issued',
  'refused',
  'not_issued',
  'withdrawn',
] as const;
export type RequestStage = (typeof REQUEST_STAGES)[number];

export const REQUEST_STAGE_LABELS: Record<RequestStage, string> = {
  received: 'Awaiting decision to assess',
  assessment: 'Assessment: gathering advice',
  decision_to_issue: 'Agreed to issue: plan being written',
  draft_issued: 'Draft plan issued',
  final_issued: 'Final plan issued',
  refused: 'Refused to assess',
  not_issued: 'Decided not to issue',
  withdrawn: 'Withdrawn',
};

export const CLOSED_REQUEST_STAGES: readonly RequestStage[] = [
  'final_issued',
  'refused',
  'not_issued',
  'withdrawn',
];

export const REQUEST_SOURCES = ['school', 'parent', 'health', 'other'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const ADVICE_REQUEST_STATUSES = ['awaiting_triage', 'with_team', 'returned', 'cancelled'] as const;
export type AdviceRequestStatus = (typeof ADVICE_REQUEST_STATUSES)[number];

export const ADVICE_KINDS = ['health', 'educational_psychology', 'social_care'] as const;
export type AdviceKind = (typeof ADVICE_KINDS)[number];
export const ADVICE_KIND_LABELS: Record<AdviceKind, string> = {
  health: 'Health',
  educational_psychology: 'Educational psychology',
  social_care: 'Social care',
};

/** The kinds of evidence a panel weighs (seed 002, "Decision Making"). */
export const PANEL_EVIDENCE_KINDS = [
  'sen_support_plan',
  'apdr_cycle',
  'ep_advice',
  'health_advice',
  'social_care_advice',
  'parent_views',
  'child_views',
  'school_report',
  'other',
] as const;

/**
 * The documents of a family's disagreement with a decision: their letters, the mediation certificate, and the
 * First-tier Tribunal (SEND)'s papers — the appeal notice, the council's response, the decision or order. Each is
 * filed on its disagreement, never among the evidence a panel weighs.
 */
export const DISAGREEMENT_DOCUMENT_KINDS = [
  'family_letter',
  'mediation_certificate',
  'tribunal_appeal_notice',
  'council_response',
  'tribunal_decision',
  'other',
] as const;
export type DisagreementDocumentKind = (typeof DISAGREEMENT_DOCUMENT_KINDS)[number];

export type PanelEvidenceKind = (typeof PANEL_EVIDENCE_KINDS)[number];
export type EvidenceKind = PanelEvidenceKind | DisagreementDocumentKind;

/** Every kind of document a case holds. */
export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  ...new Set<EvidenceKind>([...PANEL_EVIDENCE_KINDS, ...DISAGREEMENT_DOCUMENT_KINDS]),
];

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  sen_support_plan: 'SEN support plan',
  apdr_cycle: 'Assess-Plan-Do-Review cycle',
  ep_advice: 'Educational psychology advice',
  health_advice: 'Health advice',
  social_care_advice: 'Social care advice',
  parent_views: "Parent's views",
  child_views: "Child's views",
  school_report: 'School report',
  family_letter: "The family's letter",
  mediation_certificate: 'Mediation certificate',
  tribunal_appeal_notice: "The Tribunal's notice of the appeal",
  council_response: "The council's response to the appeal",
  tribunal_decision: "The Tribunal's decision or order",
  other: 'Other',
};

/** How each step reads on a case's timeline. */
export const REQUEST_STEP_LABELS: Record<RequestStage, string> = {
  received: 'Request for assessment received',
  assessment: 'Agreed to assess',
  decision_to_issue: 'Agreed to issue a plan',
  draft_issued: 'Draft plan issued',
  final_issued: 'Final plan issued',
  refused: 'Refused to assess',
  not_issued: 'Decided not to issue a plan',
  withdrawn: 'Request withdrawn',
};
