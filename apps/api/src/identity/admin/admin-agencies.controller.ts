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
import type { AgencyView } from '@convene/contracts';
import { CurrentUser } from '../current-user.decorator.js';
import type { SessionUser } from '../session-user.js';
import { AgenciesService } from './agencies.service.js';
import { ChangeAgencyDto, CreateAgencyDto } from './agency-changes.dto.js';
import { AgencyViewDto } from './dto/agency-view.dto.js';

@ApiTags('administration')
@ApiCookieAuth()
@Controller('admin/agencies')
export class AdminAgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOperation({ summary: 'Every agency and team, retired ones too' })
  @ApiOkResponse({ type: AgencyViewDto, isArray: true })
  list(): Promise<AgencyView[]> {
    return this.agencies.list();
  }

  @Post()
  @ApiOperation({ summary: 'Add an agency or team, e.g. a health team' })
  @ApiCreatedResponse({ type: AgencyViewDto })
  @ApiConflictResponse({ description: 'agency_code_taken' })
  create(@CurrentUser() admin: SessionUser, @Body() body: CreateAgencyDto): Promise<AgencyView> {
    return this.agencies.create(admin, body);
  }

  @Patch(':agencyId')
  @ApiOperation({ summary: 'Rename an agency, retire it (no new users) or bring it back into use' })
  @ApiOkResponse({ type: AgencyViewDto })
  change(
    @CurrentUser() admin: SessionUser,
    @Param('agencyId', new ParseUUIDPipe()) agencyId: string,
    @Body() body: ChangeAgencyDto,
  ): Promise<AgencyView> {
    return this.agencies.change(admin, agencyId, body);
  }

  @Delete(':agencyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an agency nobody belongs to (one in use is retired instead)' })
  @ApiNoContentResponse()
  @ApiConflictResponse({ description: 'agency_in_use: retire it instead' })
  remove(
    @CurrentUser() admin: SessionUser,
    @Param('agencyId', new ParseUUIDPipe()) agencyId: string,
  ): Promise<void> {
    return this.agencies.remove(admin, agencyId);
  }
}
