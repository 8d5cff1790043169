import { ApiProperty } from '@nestjs/swagger';
import type { PanelDecision } from '@convene/contracts';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@convene/domain';

export class PanelDecisionDto implements PanelDecision {
  @ApiProperty({
    format: 'uuid',
    description: 'The agenda item the decision was taken on, or the decision taken under delegation',
  })
  itemId!: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Null under delegation' })
  meetingId!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'Null under delegation' })
  meetingTitle!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Who took it alone under the scheme of delegation; null for a panel’s decision',
  })
  decidedUnderDelegationBy!: string | null;

  @ApiProperty({
    format: 'date',
    description: 'The day the meeting sat, or the decision was taken under delegation, in England',
  })
  heldOn!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS })
  kind!: AgendaItemKind;

  @ApiProperty({ enum: ['decided', 'deferred'] })
  status!: 'decided' | 'deferred';

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The decision recorded by the chair; null when deferred',
    example: 'agree',
  })
  outcome!: string | null;

  @ApiProperty({ nullable: true, type: String })
  reasons!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Conditions or recommendations recorded with the decision',
  })
  conditions!: string | null;

  @ApiProperty({ nullable: true, type: String })
  deferredReason!: string | null;
}
