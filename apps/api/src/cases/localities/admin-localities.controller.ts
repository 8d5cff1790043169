import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { ManagedLocality } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { AddLocalityDto, ChangeLocalityDto } from './locality-changes.dto.js';
import { ManagedLocalityDto } from './locality-view.dto.js';
import { LocalitiesService } from './localities.service.js';

@ApiTags('administration')
@ApiCookieAuth()
@Controller('admin/localities')
export class AdminLocalitiesController {
  constructor(private readonly localities: LocalitiesService) {}

  @Get()
  @ApiOperation({ summary: 'Every locality, retired ones too, with its Family Link Officers and children' })
  @ApiOkResponse({ type: ManagedLocalityDto, isArray: true })
  list(): Promise<ManagedLocality[]> {
    return this.localities.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add a locality (or the vulnerable-pupils team) with its Family Link Officers' })
  @ApiCreatedResponse({ type: ManagedLocalityDto })
  @ApiConflictResponse({ description: 'locality_code_taken' })
  add(@CurrentUser() admin: SessionUser, @Body() body: AddLocalityDto): Promise<ManagedLocality> {
    return this.localities.add(admin, body);
  }

  @Patch(':localityId')
  @ApiOperation({
    summary:
      'Rename a locality, retire it (no new cases) or bring it back, or change its Family Link Officers',
  })
  @ApiOkResponse({ type: ManagedLocalityDto })
  change(
    @CurrentUser() admin: SessionUser,
    @Param('localityId', new ParseUUIDPipe()) localityId: string,
    @Body() body: ChangeLocalityDto,
  ): Promise<ManagedLocality> {
    return this.localities.change(admin, localityId, body);
  }

  @Delete(':localityId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a locality no child was ever recorded in (one in use is retired instead)',
  })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'locality_in_use: retire it instead' })
  remove(
    @CurrentUser() admin: SessionUser,
    @Param('localityId', new ParseUUIDPipe()) localityId: string,
  ): Promise<void> {
    return this.localities.remove(admin, localityId);
  }
}
