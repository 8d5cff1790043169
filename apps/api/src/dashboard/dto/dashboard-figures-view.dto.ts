import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  FIGURE_MEASURES,
  type DashboardDecisions,
  type DashboardQuality,
  type FigureCase,
  type FigureCaseList,
  type FigureMeasure,
} from '@convene/contracts';
import { DecisionReportDto } from '../../panels/decision-making/dto/decision-report.dto.js';
import { QualityRowDto } from '../../panels/quality/dto/quality-figures.dto.js';

export class DashboardDecisionsDto implements DashboardDecisions {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({
    type: String,
    isArray: true,
    description: 'The 12 months to the end of `month`, oldest first',
  })
  months!: string[];

  @ApiProperty({ type: DecisionReportDto })
  inMonth!: DecisionReportDto;

  @ApiProperty({
    type: DecisionReportDto,
    description: 'The 12 months to the end of `month`; `byMonth` gives the trend',
  })
  rolling!: DecisionReportDto;
}

export class DashboardPlanQualityDto {
  @ApiProperty({ type: QualityRowDto })
  inMonth!: QualityRowDto;

  @ApiProperty({ type: QualityRowDto })
  rolling!: QualityRowDto;

  @ApiProperty({
    type: QualityRowDto,
    isArray: true,
    description: 'Every one of the 12 months, with zeros where none were moderated',
  })
  byMonth!: QualityRowDto[];
}

export class DashboardAgencyQualityDto {
  @ApiProperty()
  agency!: string;

  @ApiProperty({ type: QualityRowDto })
  inMonth!: QualityRowDto;

  @ApiProperty({ type: QualityRowDto })
  rolling!: QualityRowDto;
}

export class DashboardQualityDto implements DashboardQuality {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: String, isArray: true })
  months!: string[];

  @ApiProperty({ type: DashboardPlanQualityDto })
  plans!: DashboardPlanQualityDto;

  @ApiProperty({
    type: DashboardAgencyQualityDto,
    isArray: true,
    description: 'Every agency with an advice moderated in the 12 months',
  })
  advicesByAgency!: DashboardAgencyQualityDto[];
}

export class FigureCaseDto implements FigureCase {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ format: 'date', description: 'When the request for assessment was received' })
  receivedOn!: string;

  @ApiProperty({ format: 'date', description: 'The day the figure counts it on' })
  countedOn!: string;

  @ApiPropertyOptional({ description: 'The stage of the path today (open requests)' })
  stage?: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'date',
    description: 'When the advice came back; null while it is still out',
  })
  returnedOn?: string | null;

  @ApiPropertyOptional({ description: 'The moderated grade' })
  grade?: string;

  @ApiPropertyOptional({ description: 'The agency that gave the advice' })
  agency?: string;
}

export class FigureCaseListDto implements FigureCaseList {
  @ApiProperty({ enum: FIGURE_MEASURES })
  measure!: FigureMeasure;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date',
    description: 'Null for the figures counted today',
  })
  from!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date' })
  to!: string | null;

  @ApiProperty({ type: FigureCaseDto, isArray: true })
  cases!: FigureCaseDto[];
}
