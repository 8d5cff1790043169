import {
  LEADERSHIP_PACK_STATUSES,
  MODERATING_TIERS,
  type ModeratingTier,
  type QualityTierFigures,
  type LeadershipPack,
  type LeadershipPackFigures,
  type LeadershipPackStatus,
  type LeadershipPackSummary,
  type PanelRequestDetailRow,
  type PanelRequestFigures,
  type PanelRequestMonth,
  type PanelRequestTotals,
} from '@convene/contracts';
import { PANEL_REQUEST_KINDS, type PanelRequestKind } from '@convene/domain';
import { ApiProperty } from '@nestjs/swagger';
import { AnnualReviewsReportDto } from '../../dto/annual-reviews-report.dto.js';
import { DisagreementIndicatorsReportDto } from '../../dto/disagreement-indicators-report.dto.js';
import { DashboardDecisionsDto, DashboardQualityDto } from '../../dto/dashboard-figures-view.dto.js';
import { DecisionsToAssessReportDto } from '../../dto/statutory-targets-report.dto.js';
import { TimelinessReportDto } from '../../dto/timeliness-report.dto.js';
import { QualityRowDto } from '../../../panels/quality/dto/quality-figures.dto.js';

export class PanelRequestTotalsDto implements PanelRequestTotals {
  @ApiProperty({ enum: PANEL_REQUEST_KINDS })
  kind!: PanelRequestKind;

  @ApiProperty()
  agreed!: number;

  @ApiProperty()
  refused!: number;

  @ApiProperty({ description: "The year's amounts agreed, in whole pence" })
  agreedPence!: number;
}

export class PanelRequestMonthDto implements PanelRequestMonth {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: PanelRequestTotalsDto, isArray: true })
  kinds!: PanelRequestTotalsDto[];
}

class PanelRequestDetailRowDto implements PanelRequestDetailRow<string> {
  @ApiProperty({ description: 'A funding band, a personal budget purpose or a type of setting' })
  key!: string;

  @ApiProperty()
  agreed!: number;

  @ApiProperty({ description: 'In whole pence' })
  agreedPence!: number;
}

export class PanelRequestFiguresDto implements PanelRequestFigures {
  @ApiProperty({ type: PanelRequestTotalsDto, isArray: true })
  inMonth!: PanelRequestTotalsDto[];

  @ApiProperty({
    type: PanelRequestTotalsDto,
    isArray: true,
    description: 'The 12 months to the month’s end',
  })
  rolling!: PanelRequestTotalsDto[];

  @ApiProperty({ type: PanelRequestMonthDto, isArray: true })
  byMonth!: PanelRequestMonthDto[];

  @ApiProperty({ type: PanelRequestDetailRowDto, isArray: true })
  fundingByBand!: PanelRequestFigures['fundingByBand'];

  @ApiProperty({ type: PanelRequestDetailRowDto, isArray: true })
  personalBudgetsByPurpose!: PanelRequestFigures['personalBudgetsByPurpose'];

  @ApiProperty({ type: PanelRequestDetailRowDto, isArray: true })
  placementsBySettingType!: PanelRequestFigures['placementsBySettingType'];
}

class QualityTierFiguresDto implements QualityTierFigures {
  @ApiProperty({
    enum: MODERATING_TIERS,
    description: "seniors: seniors' dip samples (tier 2); group: the Quality and Compliance Group (tier 3)",
  })
  tier!: ModeratingTier;

  @ApiProperty({ type: QualityRowDto })
  inMonth!: QualityRowDto;

  @ApiProperty({ type: QualityRowDto })
  rolling!: QualityRowDto;
}

export class LeadershipPackFiguresDto implements LeadershipPackFigures {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: String, isArray: true })
  months!: string[];

  @ApiProperty({ example: '2026-12-03', description: 'The day the figures were counted' })
  countedOn!: string;

  @ApiProperty({ type: DashboardDecisionsDto })
  decisions!: DashboardDecisionsDto;

  @ApiProperty({ type: PanelRequestFiguresDto })
  panelRequests!: PanelRequestFiguresDto;

  @ApiProperty({ type: TimelinessReportDto })
  timeliness!: TimelinessReportDto;

  @ApiProperty({ type: DecisionsToAssessReportDto })
  decisionsToAssess!: DecisionsToAssessReportDto;

  @ApiProperty({ type: AnnualReviewsReportDto })
  annualReviews!: AnnualReviewsReportDto;

  @ApiProperty({ type: DashboardQualityDto })
  quality!: DashboardQualityDto;

  @ApiProperty({ type: QualityTierFiguresDto, isArray: true })
  qualityByTier!: QualityTierFiguresDto[];

  @ApiProperty({ type: DisagreementIndicatorsReportDto })
  disagreements!: DisagreementIndicatorsReportDto;
}

export class PackIssuerDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  displayName!: string;
}

export class LeadershipPackSummaryDto implements LeadershipPackSummary {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ enum: LEADERSHIP_PACK_STATUSES })
  status!: LeadershipPackStatus;

  @ApiProperty()
  hasNarrative!: boolean;

  @ApiProperty({ type: PackIssuerDto, nullable: true })
  issuedBy!: PackIssuerDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  issuedAt!: string | null;
}

export class LeadershipPackDto implements LeadershipPack {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ enum: LEADERSHIP_PACK_STATUSES })
  status!: LeadershipPackStatus;

  @ApiProperty()
  narrative!: string;

  @ApiProperty({ type: PackIssuerDto, nullable: true })
  issuedBy!: PackIssuerDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  issuedAt!: string | null;

  @ApiProperty({
    type: LeadershipPackFiguresDto,
    description: 'Counted live for a draft; for an issued pack, the figures frozen when it was issued',
  })
  figures!: LeadershipPackFiguresDto;
}
