import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CaseDetail } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { CasesService } from './cases.service.js';
import { RecordExceptionDto } from './dto/record-exception.dto.js';
import { RecordTransitionDto } from './dto/record-transition.dto.js';
import { RequestStepsService } from './request-steps.service.js';
import { CaseDetailDto } from './dto/case-detail.dto.js';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly steps: RequestStepsService,
    private readonly cases: CasesService,
  ) {}

  @Post(':requestId/transitions')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record the next step on the 20-week path',
    description:
      'Refused with 422 when the path does not allow it (no decision to issue before a decision to assess, no final before a draft, no final within 15 days of the draft). Panel decisions are recorded by a chair.',
  })
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case as it now stands' })
  async transition(
    @CurrentUser() user: SessionUser,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: RecordTransitionDto,
  ): Promise<CaseDetail> {
    const childId = await this.steps.recordTransition(user, requestId, body);
    return this.cases.detail(user, childId);
  }

  @Post(':requestId/exceptions')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Record an exception to a time limit: reg 5(4) for the decision whether to assess, reg 8(2) for an advice, reg 10(4) for the 16 and 20 weeks',
    description:
      'Refused with 422, naming the field, when the statutory clock would not accept it (the same check as the case import). Kept with an audit record.',
  })
  @ApiOkResponse({ type: CaseDetailDto, description: 'The case as it now stands' })
  async exception(
    @CurrentUser() user: SessionUser,
    @Param('requestId', new ParseUUIDPipe()) requestId: string,
    @Body() body: RecordExceptionDto,
  ): Promise<CaseDetail> {
    const childId = await this.steps.recordException(user, requestId, body);
    return this.cases.detail(user, childId);
  }
}
