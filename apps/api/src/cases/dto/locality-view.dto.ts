import { ApiProperty } from '@nestjs/swagger';
import type { LocalityView } from '@convene/contracts';

export class LocalityViewDto implements LocalityView {
  @ApiProperty({ example: 'northdale' })
  code!: string;

  @ApiProperty({ example: 'Northdale' })
  name!: string;

  @ApiProperty({ description: 'The vulnerable-pupils team, listed after the four areas' })
  isVulnerablePupilsTeam!: boolean;
}
