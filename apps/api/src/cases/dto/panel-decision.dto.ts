import { ApiProperty } from '@nestjs/swagger';
import type { PanelDecision } from '@convene/contracts';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@convene/domain';

export class PanelDecisionDto implements PanelDecision {
  @ApiProperty({ format: 'uuid', description: 'The agenda item the decision was taken on' })
  itemId!: string;

  @ApiProperty({ format: 'uuid' })
  meetingId!: string;

  @ApiProperty()
  meetingTitle!: string;

  @ApiProperty({ format: 'date', description: 'The day the meeting sat, in England' })
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
