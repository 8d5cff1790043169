import { Injectable } from '@nestjs/common';
import {
  MODERATING_TIERS,
  type LeadershipPackFigures,
  type PanelRequestDetailRow,
  type PanelRequestFigures,
  type PanelRequestTotals,
  type QualityRow,
  type QualityTierFigures,
} from '@convene/contracts';
import {
  FUNDING_BANDS,
  monthsEnding,
  PANEL_REQUEST_KINDS,
  PERSONAL_BUDGET_PURPOSES,
  SETTING_TYPES,
  type PanelRequestKind,
} from '@convene/domain';
import { DataSource } from 'typeorm';
import { MODERATED_PLAN_GRADES } from '../../panels/quality/moderated-grades.query.js';
import { QualityFiguresRepository } from '../../panels/quality/quality-figures.repository.js';
import { MODERATED_SENIOR_PLAN_GRADES } from '../../panels/quality/senior-sample-figures.query.js';
import { todayInEngland } from '../../common/today.js';
import {
  PanelRequestsRepository,
  type SettledPanelRequestTally,
} from '../../panels/decision-making/panel-requests/panel-requests.repository.js';
import { AnnualReviewsDashboardService } from '../annual-reviews-dashboard.service.js';
import { DashboardService } from '../dashboard.service.js';
import { DecisionsDashboardService } from '../decisions-dashboard.service.js';
import { DisagreementIndicatorsService } from '../disagreement-indicators.service.js';
import { figurePeriod } from '../figure-period.js';
import { QualityDashboardService } from '../quality-dashboard.service.js';
import { StatutoryTargetsService } from '../statutory-targets.service.js';

/**
 * The figures of a month's leadership pack, each counted by the same service as the dashboard's own figure (so the
 * pack and the dashboard never disagree), over the month and the 12 months to its end. Counts and references only.
 */
@Injectable()
export class LeadershipPackFiguresService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly decisions: DecisionsDashboardService,
    private readonly timeliness: DashboardService,
    private readonly targets: StatutoryTargetsService,
    private readonly reviews: AnnualReviewsDashboardService,
    private readonly quality: QualityDashboardService,
    private readonly disagreementIndicators: DisagreementIndicatorsService,
  ) {}

  async figures(month: string): Promise<LeadershipPackFigures> {
    const months = monthsEnding(month, 12);
    const inMonth = figurePeriod(month, 'month');
    const rolling = figurePeriod(month, 'rolling');
    const grades = new QualityFiguresRepository(this.dataSource.manager);
    const [
      decisions,
      settled,
      timeliness,
      decisionsToAssess,
      annualReviews,
      quality,
      tiersInMonth,
      tiersInYear,
      disagreements,
    ] = await Promise.all([
      this.decisions.figures(month),
      new PanelRequestsRepository(this.dataSource.manager).settledTallies(rolling.from, rolling.to),
      this.timeliness.timeliness({ month, months: 12 }),
      this.targets.decisionsToAssess({ month, months: 12 }),
      this.reviews.report({ month, months: 12 }),
      this.quality.figures(month),
      grades.moderatedCounts(TIER_SOURCES, inMonth.from, inMonth.to),
      grades.moderatedCounts(TIER_SOURCES, rolling.from, rolling.to),
      this.disagreementIndicators.report({ month }),
    ]);
    const tierRow = (rows: QualityRow[], tier: string): QualityRow =>
      rows.find((row) => row.key === tier) ?? { key: tier, moderated: 0, meeting: 0, percent: null };
    return {
      month,
      months,
      countedOn: todayInEngland(),
      decisions,
      panelRequests: panelRequestFigures(settled, months),
      timeliness,
      decisionsToAssess,
      annualReviews,
      quality,
      qualityByTier: MODERATING_TIERS.map((tier): QualityTierFigures => ({
        tier,
        inMonth: tierRow(tiersInMonth, tier),
        rolling: tierRow(tiersInYear, tier),
      })),
      disagreements,
    };
  }
}

/** The plans' moderated grades counted by tier: the same sources the dashboard adds together, kept apart. */
const TIER_SOURCES = [
  { source: MODERATED_SENIOR_PLAN_GRADES, dimension: `'seniors'` },
  { source: MODERATED_PLAN_GRADES, dimension: `'group'` },
];

function totals(tallies: SettledPanelRequestTally[]): PanelRequestTotals[] {
  return PANEL_REQUEST_KINDS.map((kind: PanelRequestKind) => {
    const of = tallies.filter((t) => t.kind === kind);
    const count = (status: string) => of.filter((t) => t.status === status).reduce((n, t) => n + t.count, 0);
    return {
      kind,
      agreed: count('agreed'),
      refused: count('refused'),
      agreedPence: of.reduce((n, t) => n + t.agreed_pence, 0),
    };
  });
}

/** The agreed requests of one kind in the month by their detail, every value listed so a nought reads as none. */
function details<K extends string>(
  tallies: SettledPanelRequestTally[],
  kind: PanelRequestKind,
  keys: readonly K[],
): PanelRequestDetailRow<K>[] {
  return keys.map((key) => {
    const of = tallies.filter((t) => t.kind === kind && t.status === 'agreed' && t.detail === key);
    return {
      key,
      agreed: of.reduce((n, t) => n + t.count, 0),
      agreedPence: of.reduce((n, t) => n + t.agreed_pence, 0),
    };
  });
}

function panelRequestFigures(tallies: SettledPanelRequestTally[], months: string[]): PanelRequestFigures {
  const inMonth = tallies.filter((t) => t.month === months.at(-1));
  return {
    inMonth: totals(inMonth),
    rolling: totals(tallies),
    byMonth: months.map((month) => ({ month, kinds: totals(tallies.filter((t) => t.month === month)) })),
    fundingByBand: details(inMonth, 'funding', FUNDING_BANDS),
    personalBudgetsByPurpose: details(inMonth, 'personal_budget', PERSONAL_BUDGET_PURPOSES),
    placementsBySettingType: details(inMonth, 'placement_change', SETTING_TYPES),
  };
}
