import { ApiProperty } from '@nestjs/swagger';
import type { ThresholdCriterionView } from '@convene/contracts';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '@convene/domain';

export class ThresholdCriterionViewDto implements ThresholdCriterionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: AGENDA_ITEM_KINDS, description: 'The kind of decision it is a criterion for' })
  itemKind!: AgendaItemKind;

  @ApiProperty()
  text!: string;

  @ApiProperty({ description: 'Its place among its kind’s criteria' })
  position!: number;

  @ApiProperty({ description: 'A retired criterion stays with the items already marked against it' })
  active!: boolean;
}
