import type { FundingBand, PanelRequestKind, PersonalBudgetPurpose, SettingType } from '@convene/domain';
import type { DashboardDecisions, DashboardQuality } from './dashboard-figures.js';
import type { QualityRow } from './quality.js';
import type { AnnualReviewsReport } from './dashboard-reviews.js';
import type { DecisionsToAssessReport } from './dashboard-targets.js';
import type { TimelinessReport } from './dashboard.js';
import type { DisagreementIndicatorsReport } from './dashboard-disagreements.js';

/** The longest narrative the service may write for a pack. */
export const LEADERSHIP_PACK_NARRATIVE_MAX = 10_000;

export const LEADERSHIP_PACK_STATUSES = ['draft', 'issued'] as const;
export type LeadershipPackStatus = (typeof LEADERSHIP_PACK_STATUSES)[number];

/** Changes of placement, funding or personal budget requests of one kind decided in a month (or a year). */
export interface PanelRequestTotals {
  kind: PanelRequestKind;
  agreed: number;
  refused: number;
  /** The year's amounts agreed, in whole pence (none for changes of placement). */
  agreedPence: number;
}

/** One kind's decisions in each month, for the trend. */
export interface PanelRequestMonth {
  month: string;
  kinds: PanelRequestTotals[];
}

/** Agreed requests of one detail (a funding band, a personal budget's purpose, a type of setting), with their amounts. */
export interface PanelRequestDetailRow<K extends string> {
  key: K;
  agreed: number;
  agreedPence: number;
}

/** Placement, funding and personal budget decisions of the Decision-Making Group, from the requests it settled. */
export interface PanelRequestFigures {
  inMonth: PanelRequestTotals[];
  rolling: PanelRequestTotals[];
  /** Each of the 12 months to the pack's month, oldest first. */
  byMonth: PanelRequestMonth[];
  /** In the month: additional funding agreed by band. */
  fundingByBand: PanelRequestDetailRow<FundingBand>[];
  /** In the month: personal budgets agreed by purpose. */
  personalBudgetsByPurpose: PanelRequestDetailRow<PersonalBudgetPurpose>[];
  /** In the month: changes of placement agreed by the type of the new setting. */
  placementsBySettingType: PanelRequestDetailRow<SettingType>[];
}

/**
 * Every figure of a leadership pack for one month, by case reference and counts only, never a child's name. While
 * the pack is a draft they are counted live; once issued, they are the figures frozen on the day it was issued.
 */
export interface LeadershipPackFigures {
  month: string;
  /** The 12 months to the end of `month`, oldest first. */
  months: string[];
  /** The day the figures were counted (YYYY-MM-DD): today for a draft, the issue day for an issued pack. */
  countedOn: string;
  decisions: DashboardDecisions;
  panelRequests: PanelRequestFigures;
  timeliness: TimelinessReport;
  decisionsToAssess: DecisionsToAssessReport;
  annualReviews: AnnualReviewsReport;
  quality: DashboardQuality;
  /** Plans moderated in the month and the 12 months by each tier of the quality framework that moderates a grade. */
  qualityByTier: QualityTierFigures[];
  /** Complaints, mediations and appeals: the dashboard's disagreement indicators for the 12 months to `month`. */
  disagreements: DisagreementIndicatorsReport;
}

/** The tiers of quality assurance that give a plan a moderated grade: seniors' dip samples (2) and the group (3). */
export const MODERATING_TIERS = ['seniors', 'group'] as const;
export type ModeratingTier = (typeof MODERATING_TIERS)[number];

export interface QualityTierFigures {
  tier: ModeratingTier;
  inMonth: QualityRow;
  rolling: QualityRow;
}

export interface LeadershipPack {
  month: string;
  status: LeadershipPackStatus;
  narrative: string;
  issuedBy: { id: string; displayName: string } | null;
  issuedAt: string | null;
  figures: LeadershipPackFigures;
}

/** A pack in the list: months with a narrative begun or a pack issued, newest first. */
export interface LeadershipPackSummary {
  month: string;
  status: LeadershipPackStatus;
  hasNarrative: boolean;
  issuedBy: { id: string; displayName: string } | null;
  issuedAt: string | null;
}

export interface WriteLeadershipPackNarrative {
  narrative: string;
}
