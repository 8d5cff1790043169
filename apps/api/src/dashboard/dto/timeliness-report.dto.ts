import { ADVICE_KINDS, type AdviceKind } from '@convene/domain';
import { ApiProperty } from '@nestjs/swagger';
import type { TimelinessCase, TimelinessReport } from '@convene/contracts';
import type { TimelinessMonth } from '@convene/domain';

export class PlanTimelinessCountsDto {
  @ApiProperty()
  issued!: number;

  @ApiProperty()
  inTwentyWeeks!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'One decimal; null when none were issued' })
  percent!: number | null;
}

export class TimelinessMonthDto extends PlanTimelinessCountsDto implements TimelinessMonth {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty({ type: PlanTimelinessCountsDto, description: 'The 12 months to the end of this one' })
  rolling!: PlanTimelinessCountsDto;
}

export class MonthCountDto {
  @ApiProperty({ example: '2026-11' })
  month!: string;

  @ApiProperty()
  count!: number;
}

export class StageCountDto {
  @ApiProperty()
  stage!: string;

  @ApiProperty()
  count!: number;
}

export class AdvicesInTimeDto {
  @ApiProperty()
  agency!: string;

  @ApiProperty({ example: 'health' })
  adviceKind!: string;

  @ApiProperty()
  due!: number;

  @ApiProperty()
  onTime!: number;

  @ApiProperty({ nullable: true, type: Number })
  percent!: number | null;
}

export class AdviceQualityDto {
  @ApiProperty({ enum: ADVICE_KINDS })
  adviceKind!: AdviceKind;

  @ApiProperty({
    description: 'Returned in the months shown and rated (audited by the Quality group, or on the rubric)',
  })
  rated!: number;

  @ApiProperty({ description: 'Of them, meeting the standard' })
  meeting!: number;

  @ApiProperty({ nullable: true, type: Number })
  percent!: number | null;
}

export class TimelinessReportDto implements TimelinessReport {
  @ApiProperty({
    type: String,
    isArray: true,
    description: 'YYYY-MM, oldest first; the last is the month asked for',
  })
  months!: string[];

  @ApiProperty({
    type: TimelinessMonthDto,
    isArray: true,
    description: 'The published table: plans with a reg 10(4) exception left out',
  })
  withoutExceptions!: TimelinessMonthDto[];

  @ApiProperty({ type: TimelinessMonthDto, isArray: true })
  withExceptions!: TimelinessMonthDto[];

  @ApiProperty({ type: MonthCountDto, isArray: true })
  received!: MonthCountDto[];

  @ApiProperty({ type: MonthCountDto, isArray: true })
  refused!: MonthCountDto[];

  @ApiProperty({
    type: StageCountDto,
    isArray: true,
    description: 'Open requests today, at each stage of the path',
  })
  openByStage!: StageCountDto[];

  @ApiProperty()
  openOverTwentyWeeks!: number;

  @ApiProperty({
    type: AdvicesInTimeDto,
    isArray: true,
    description: 'Advices due in the months shown, by agency: on time if returned by the deadline day',
  })
  advicesInTime!: AdvicesInTimeDto[];

  @ApiProperty({
    type: AdviceQualityDto,
    isArray: true,
    description:
      'Advice quality by agency: one row per kind of advice (health, social care, educational psychology)',
  })
  adviceQuality!: AdviceQualityDto[];
}

export class TimelinessCaseDto implements TimelinessCase {
  @ApiProperty({ format: 'uuid' })
  childId!: string;

  @ApiProperty()
  caseReference!: string;

  @ApiProperty({ format: 'date' })
  receivedOn!: string;

  @ApiProperty({ format: 'date' })
  finalIssuedOn!: string;

  @ApiProperty()
  inTwentyWeeks!: boolean;

  @ApiProperty()
  exceptionCase!: boolean;
}
