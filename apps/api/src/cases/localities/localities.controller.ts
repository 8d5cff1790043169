import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LocalityView } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { LocalitiesRepository } from './localities.repository.js';
import { LocalityViewDto } from './locality-view.dto.js';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('localities')
export class LocalitiesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: "The council's localities and its vulnerable-pupils team, for filters and forms" })
  @ApiOkResponse({ type: LocalityViewDto, isArray: true })
  list(): Promise<LocalityView[]> {
    return new LocalitiesRepository(this.dataSource.manager).list();
  }
}
