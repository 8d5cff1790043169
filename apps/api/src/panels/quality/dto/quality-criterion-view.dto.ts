import { ApiProperty } from '@nestjs/swagger';
import type { QualityCriterionView } from '@convene/contracts';

export class QualityCriterionViewDto implements QualityCriterionView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ description: 'The framework section it belongs to' })
  section!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ minimum: 1, maximum: 10, description: 'Its share in the grade' })
  weight!: number;

  @ApiProperty({ description: 'Its place in the framework' })
  position!: number;

  @ApiProperty({ description: 'A retired criterion is kept for the scores given against it' })
  active!: boolean;
}
