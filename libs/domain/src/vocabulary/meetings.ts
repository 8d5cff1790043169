/**
 * The three panels, the three Decision-Making Groups seen in practice, and the Weekly Orders: the weekly meeting that
 * goes through the children who need actions and tasks that week, to keep assessments and reviews inside their limits.
 */
export const MEETING_KINDS = [
  'dmg',
  'dmg_children_in_care',
  'dmg_vulnerable',
  'health_gateway',
  'social_care_gateway',
  'ep_gateway',
  'quality',
  'weekly_orders',
] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  dmg: 'Decision-Making Group',
  dmg_children_in_care: 'Decision-Making Group: Children in Care',
  dmg_vulnerable: 'Decision-Making Group: vulnerable and at-risk children',
  health_gateway: 'Health Gateway',
  social_care_gateway: 'Social Care Gateway',
  ep_gateway: 'Educational Psychology Gateway',
  quality: 'Multiagency Quality and Compliance Group',
  weekly_orders: 'Weekly Orders',
};

export const MEETING_STATUSES = ['scheduled', 'in_progress', 'ended', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_MEMBER_ROLES = ['chair', 'member', 'presenter', 'observer'] as const;
export type MeetingMemberRole = (typeof MEETING_MEMBER_ROLES)[number];

export const AGENDA_ITEM_KINDS = [
  'decision_to_assess',
  'decision_to_issue',
  'placement_change',
  'funding',
  'personal_budget',
  'advice_triage',
  'health_funding',
  'dip_sample',
  'advice_audit',
  'joint_funding',
  'case_actions',
] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

export const AGENDA_ITEM_STATUSES = ['pending', 'in_discussion', 'decided', 'deferred', 'withdrawn'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];
