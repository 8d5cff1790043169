import { ApiProperty } from '@nestjs/swagger';
import type { HealthGatewayFigures, TimelinessRow } from '@convene/contracts';

export class AdviceTimelinessRowDto implements TimelinessRow {
  @ApiProperty({ description: 'The team, the month (YYYY-MM), or the total' })
  key!: string;

  @ApiProperty()
  due!: number;

  @ApiProperty()
  onTime!: number;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: '% returned within 6 weeks, one decimal; null when none were due',
  })
  percent!: number | null;
}

export class AdviceTimelinessDto {
  @ApiProperty({ type: AdviceTimelinessRowDto })
  total!: AdviceTimelinessRowDto;

  @ApiProperty({ type: AdviceTimelinessRowDto, isArray: true })
  byTeam!: AdviceTimelinessRowDto[];

  @ApiProperty({ type: AdviceTimelinessRowDto, isArray: true })
  byMonth!: AdviceTimelinessRowDto[];
}

export class RightTeamFirstTimeDto {
  @ApiProperty()
  triaged!: number;

  @ApiProperty()
  firstTime!: number;

  @ApiProperty({ nullable: true, type: Number })
  percent!: number | null;
}

export class OpenByAgeDto {
  @ApiProperty({ description: 'Weeks since the request for advice' })
  band!: string;

  @ApiProperty()
  count!: number;
}

export class AdviceQualityMeetsStandardDto {
  @ApiProperty()
  rated!: number;

  @ApiProperty()
  meeting!: number;

  @ApiProperty({ nullable: true, type: Number })
  percent!: number | null;
}

export class HealthGatewayFiguresDto implements HealthGatewayFigures {
  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiProperty({ type: AdviceTimelinessDto, description: 'Every advice due in the period' })
  withExceptions!: AdviceTimelinessDto;

  @ApiProperty({
    type: AdviceTimelinessDto,
    description: 'Leaving out advices with an accepted reg 8(2) exception',
  })
  withoutExceptions!: AdviceTimelinessDto;

  @ApiProperty({
    type: RightTeamFirstTimeDto,
    description: 'Advices triaged in the period that were never moved to another team',
  })
  rightTeamFirstTime!: RightTeamFirstTimeDto;

  @ApiProperty({
    type: OpenByAgeDto,
    isArray: true,
    description: 'Open requests today, by weeks since the request for advice',
  })
  openByAge!: OpenByAgeDto[];

  @ApiProperty({ type: AdviceQualityMeetsStandardDto })
  qualityMeetsStandard!: AdviceQualityMeetsStandardDto;
}
