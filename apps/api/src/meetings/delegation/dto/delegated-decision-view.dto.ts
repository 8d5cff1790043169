import { ApiProperty } from '@nestjs/swagger';
import type { DecidedUnderDelegationView, DelegatedDecisionView } from '@convene/contracts';
import { DELEGABLE_KINDS, MEETING_KINDS, type DelegableKind, type MeetingKind } from '@convene/domain';
import { PersonRefDto } from '../../../common/dto/person-ref.dto.js';

export class DelegatedDecisionViewDto implements DelegatedDecisionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: DELEGABLE_KINDS })
  kind!: DelegableKind;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  requestId!: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  panelRequestId!: string | null;

  @ApiProperty()
  outcome!: string;

  @ApiProperty()
  reasons!: string;

  @ApiProperty({ nullable: true, type: String })
  recommendations!: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Funding or a personal budget agreed: in pence' })
  amountPence!: number | null;

  @ApiProperty({ type: PersonRefDto })
  decidedBy!: PersonRefDto;

  @ApiProperty({ format: 'date-time' })
  decidedAt!: string;

  @ApiProperty({ enum: MEETING_KINDS, description: 'The group that notes it at its next sitting' })
  notedBy!: MeetingKind;

  @ApiProperty({ description: 'Whether the family has a letter for it' })
  hasLetter!: boolean;
}

class NotedDecisionDto extends DelegatedDecisionViewDto {
  @ApiProperty()
  caseReference!: string;
}

export class DecidedUnderDelegationViewDto implements DecidedUnderDelegationView {
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the group’s previous sitting started; null at its first',
  })
  since!: string | null;

  @ApiProperty({ type: NotedDecisionDto, isArray: true })
  decisions!: NotedDecisionDto[];
}
