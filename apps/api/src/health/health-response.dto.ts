import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse } from '@convene/contracts';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ enum: ['up', 'down'] })
  database!: 'up' | 'down';

  @ApiProperty({ example: '0.1.0' })
  version!: string;
}
