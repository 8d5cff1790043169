import { ApiProperty } from '@nestjs/swagger';
import type { QualityFigures, QualityRow } from '@convene/contracts';

export class QualityRowDto implements QualityRow {
  @ApiProperty({ description: 'The month (YYYY-MM), theme, locality, tier or agency' })
  key!: string;

  @ApiProperty({ description: 'Given a moderated grade' })
  moderated!: number;

  @ApiProperty({ description: 'Of those, graded Good or Outstanding' })
  meeting!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'One decimal; null when none were moderated' })
  percent!: number | null;
}

export class QualityPlanFiguresDto {
  @ApiProperty({ type: QualityRowDto })
  total!: QualityRowDto;

  @ApiProperty({ type: QualityRowDto, isArray: true })
  byMonth!: QualityRowDto[];

  @ApiProperty({ type: QualityRowDto, isArray: true })
  byTheme!: QualityRowDto[];

  @ApiProperty({ type: QualityRowDto, isArray: true })
  byLocality!: QualityRowDto[];

  @ApiProperty({
    type: QualityRowDto,
    isArray: true,
    description: '`multiagency` (tier 3) and `senior` (tier 2)',
  })
  byTier!: QualityRowDto[];
}

export class AgreementDto {
  @ApiProperty({ description: 'Pairs of reviewers who graded the same plan' })
  pairs!: number;

  @ApiProperty({ nullable: true, type: Number, description: '% of pairs giving the same grade' })
  exact!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: '% of pairs within one grade' })
  withinOne!: number | null;
}

export class MeetingAgreementDto extends AgreementDto {
  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty()
  title!: string;
}

export class SeniorSampleAgreementDto extends AgreementDto {
  @ApiProperty({ format: 'uuid' })
  sampleId!: string;

  @ApiProperty({ nullable: true, type: String })
  theme!: string | null;

  @ApiProperty({ format: 'date-time' })
  drawnAt!: string;
}

export class QualityAgreementDto {
  @ApiProperty({ type: AgreementDto })
  overall!: AgreementDto;

  @ApiProperty({ type: MeetingAgreementDto, isArray: true })
  byMeeting!: MeetingAgreementDto[];

  @ApiProperty({
    type: SeniorSampleAgreementDto,
    isArray: true,
    description: "Seniors' (tier 2) samples whose scores were revealed in the period",
  })
  bySeniorSample!: SeniorSampleAgreementDto[];
}

export class QualityFiguresDto implements QualityFigures {
  @ApiProperty({ format: 'date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  to!: string;

  @ApiProperty({ type: QualityPlanFiguresDto, description: 'Plans whose moderated grade is Good or better' })
  plans!: QualityPlanFiguresDto;

  @ApiProperty({
    type: QualityRowDto,
    isArray: true,
    description: 'Advices whose audited (moderated) grade is Good or better, by agency',
  })
  advicesByAgency!: QualityRowDto[];

  @ApiProperty({ type: QualityAgreementDto, description: "Agreement between reviewers' private grades" })
  agreement!: QualityAgreementDto;
}
