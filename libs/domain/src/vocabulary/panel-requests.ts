/**
 * Requests a Family Link Officer brings to the Decision-Making Group for a child who has (or is about to
 * have) an EHC plan: a change of educational placement, additional funding, or a personal budget.
 */
export const PANEL_REQUEST_KINDS = ['placement_change', 'funding', 'personal_budget'] as const;
export type PanelRequestKind = (typeof PANEL_REQUEST_KINDS)[number];

export const PANEL_REQUEST_KIND_LABELS: Record<PanelRequestKind, string> = {
  placement_change: 'Change of placement',
  funding: 'Additional funding',
  personal_budget: 'Personal budget',
};

export const PANEL_REQUEST_STATUSES = ['awaiting_panel', 'agreed', 'refused', 'withdrawn'] as const;
export type PanelRequestStatus = (typeof PANEL_REQUEST_STATUSES)[number];

export const PANEL_REQUEST_STATUS_LABELS: Record<PanelRequestStatus, string> = {
  awaiting_panel: 'Awaiting panel',
  agreed: 'Agreed',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
};

/** The kinds of setting a placement can be named as (Children and Families Act 2014, s.38 and s.39). */
export const SETTING_TYPES = [
  'mainstream',
  'resourced_provision',
  'maintained_special',
  'independent_special',
  'alternative_provision',
  'post_16',
  'early_years',
] as const;
export type SettingType = (typeof SETTING_TYPES)[number];

export const SETTING_TYPE_LABELS: Record<SettingType, string> = {
  mainstream: 'Mainstream school',
  resourced_provision: 'Resourced provision in a mainstream school',
  maintained_special: 'Maintained special school',
  independent_special: 'Independent or non-maintained special school',
  alternative_provision: 'Alternative provision',
  post_16: 'Post-16 college or training provider',
  early_years: 'Early years setting',
};

/** The council's top-up funding bands, lowest to highest, and the exceptional band agreed case by case. */
export const FUNDING_BANDS = ['band_1', 'band_2', 'band_3', 'band_4', 'band_5', 'exceptional'] as const;
export type FundingBand = (typeof FUNDING_BANDS)[number];

export const FUNDING_BAND_LABELS: Record<FundingBand, string> = {
  band_1: 'Band 1',
  band_2: 'Band 2',
  band_3: 'Band 3',
  band_4: 'Band 4',
  band_5: 'Band 5',
  exceptional: 'Exceptional needs',
};

/** What a personal budget pays for. */
export const PERSONAL_BUDGET_PURPOSES = [
  'transport',
  'therapy',
  'equipment',
  'short_breaks',
  'education_other_than_at_school',
  'other',
] as const;
export type PersonalBudgetPurpose = (typeof PERSONAL_BUDGET_PURPOSES)[number];

export const PERSONAL_BUDGET_PURPOSE_LABELS: Record<PersonalBudgetPurpose, string> = {
  transport: 'Travel to school',
  therapy: 'Therapy',
  equipment: 'Equipment',
  short_breaks: 'Short breaks',
  education_other_than_at_school: 'Education other than at school',
  other: 'Other',
};

/** A whole number of pence shown as pounds, e.g. 1234500 → "£12,345.00". */
export function formatPounds(pence: number): string {
  return `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** The agencies that share a joint funding decision. */
export const JOINT_FUNDING_PARTIES = ['education', 'health', 'social_care'] as const;
export type JointFundingParty = (typeof JOINT_FUNDING_PARTIES)[number];
export const JOINT_FUNDING_PARTY_LABELS: Record<JointFundingParty, string> = {
  education: 'Education (SEND)',
  health: 'Health',
  social_care: 'Social care',
};

/** Which party a member answers for, from their agency's kind; null for agencies that hold no share. */
export function jointFundingPartyOf(agencyKind: string): JointFundingParty | null {
  if (agencyKind === 'send_service' || agencyKind === 'ep_service' || agencyKind === 'virtual_school')
    return 'education';
  if (agencyKind === 'health') return 'health';
  if (agencyKind === 'social_care') return 'social_care';
  return null;
}
