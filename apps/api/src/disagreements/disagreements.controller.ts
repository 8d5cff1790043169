import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { DisagreementView } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { DisagreementsService } from './disagreements.service.js';
import { DisagreementViewDto } from './dto/disagreement-view.dto.js';
import { OpenDisagreementDto } from './dto/open-disagreement.dto.js';
import { RecordDisagreementStepDto } from './dto/record-disagreement-step.dto.js';

@ApiTags('disagreements')
@ApiCookieAuth()
@Controller('cases/:childId/disagreements')
export class DisagreementsController {
  constructor(private readonly disagreements: DisagreementsService) {}

  @Get()
  @ApiOperation({
    summary: "A child's register of disagreements: complaints, mediation and appeals, each with its clocks",
  })
  @ApiOkResponse({ type: DisagreementViewDto, isArray: true })
  ofCase(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<DisagreementView[]> {
    return this.disagreements.ofCase(user, childId);
  }

  @Post()
  @ApiOperation({
    summary: 'Record a complaint, a mediation or an appeal against a decision on the case',
    description:
      "By the child's Family Link Officer, a SEND manager or an administrator. 422 naming the field: mediation or an appeal without the decision challenged, a day to come or before the decision's notice, a decision not on this case.",
  })
  @ApiCreatedResponse({ type: DisagreementViewDto })
  open(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: OpenDisagreementDto,
  ): Promise<DisagreementView> {
    return this.disagreements.open(user, childId, body);
  }

  @Post(':disagreementId/steps')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Record a step: mediation asked for or declined, held, the certificate, the appeal sent, the response, the hearing, the outcome, the order',
    description:
      "An order, a concession or a mediation agreement puts each step still to come on the officer's actions, due on its statutory day. 422 naming the field for a step of another kind, a day before the decision or to come, an outcome of another kind; 400 when nothing changes; 404 for a disagreement not on this case.",
  })
  @ApiOkResponse({ type: DisagreementViewDto })
  record(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Param('disagreementId', new ParseUUIDPipe()) disagreementId: string,
    @Body() body: RecordDisagreementStepDto,
  ): Promise<DisagreementView> {
    return this.disagreements.record(user, childId, disagreementId, body);
  }
}
