import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ThresholdCriterionView } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { CreateCriterionDto, UpdateCriterionDto } from './threshold-criteria.dto.js';
import { ThresholdCriteriaService } from './threshold-criteria.service.js';
import { ThresholdCriterionViewDto } from './threshold-criterion-view.dto.js';

@ApiTags('decision-making')
@ApiCookieAuth()
@Controller()
export class ThresholdCriteriaController {
  constructor(private readonly criteria: ThresholdCriteriaService) {}

  @Get('threshold-criteria')
  @ApiOperation({
    summary: "The council's threshold criteria for each kind of decision (retired ones marked inactive)",
  })
  @ApiOkResponse({ type: ThresholdCriterionViewDto, isArray: true })
  list(): Promise<ThresholdCriterionView[]> {
    return this.criteria.list();
  }

  @Post('admin/threshold-criteria')
  @ApiOperation({ summary: 'Add a threshold criterion to a kind of decision' })
  @ApiCreatedResponse({ type: ThresholdCriterionViewDto })
  create(
    @CurrentUser() admin: SessionUser,
    @Body() body: CreateCriterionDto,
  ): Promise<ThresholdCriterionView> {
    return this.criteria.create(admin, body);
  }

  @Patch('admin/threshold-criteria/:criterionId')
  @ApiOperation({ summary: 'Reword, reorder or retire a threshold criterion' })
  @ApiOkResponse({ type: ThresholdCriterionViewDto })
  update(
    @CurrentUser() admin: SessionUser,
    @Param('criterionId', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateCriterionDto,
  ): Promise<ThresholdCriterionView> {
    return this.criteria.update(admin, id, body);
  }
}
