import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@convene/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { HealthResponseDto } from './health-response.dto.js';
import { APP_VERSION } from '../common/app-version.js';
import { DatabaseHealthRepository } from './database-health.repository.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'Whether the service and its database are up (for load balancers and monitoring)',
  })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto, description: 'The database cannot be reached' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const database = await this.pingDatabase();
    if (database === 'down') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: database === 'up' ? 'ok' : 'degraded', database, version: APP_VERSION };
  }

  private async pingDatabase(): Promise<'up' | 'down'> {
    try {
      await new DatabaseHealthRepository(this.dataSource.manager).ping();
      return 'up';
    } catch {
      return 'down';
    }
  }
}
