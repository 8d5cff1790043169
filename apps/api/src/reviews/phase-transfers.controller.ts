import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PhaseTransferView } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { RecordPhaseTransferAmendmentDto } from './dto/record-phase-transfer-amendment.dto.js';
import { RecordPhaseTransferDto } from './dto/record-phase-transfer.dto.js';
import { PhaseTransfersService } from './phase-transfers.service.js';
import { PhaseTransferViewDto } from './dto/phase-transfer-view.dto.js';

@ApiTags('annual reviews and phase transfers')
@ApiCookieAuth()
@Controller()
export class PhaseTransfersController {
  constructor(private readonly transfers: PhaseTransfersService) {}

  @Get('cases/:childId/phase-transfers')
  @ApiOperation({
    summary: "A child's moves between phases of education, latest first, each with its deadline and clock",
  })
  @ApiOkResponse({ type: PhaseTransferViewDto, isArray: true })
  list(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<PhaseTransferView[]> {
    return this.transfers.list(user, childId);
  }

  @Post('cases/:childId/phase-transfers')
  @ApiOperation({
    summary: 'Record a coming move between phases of education',
    description:
      'By the child’s Family Link Officer, a chair or an admin, for a child with a final plan. The plan must be amended by 15 February of the year of the move, or 31 March for secondary school to post-16 (reg 18(1)). One a year: 409 when that year’s is already recorded.',
  })
  @ApiCreatedResponse({ type: PhaseTransferViewDto })
  record(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: RecordPhaseTransferDto,
  ): Promise<PhaseTransferView> {
    return this.transfers.record(user, childId, body);
  }

  @Post('phase-transfers/:transferId/amended-plan')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Record the plan amended for the move, naming the school or college',
    description:
      'Refused with 422 for a day before the plan was issued or one not yet come; 409 when already recorded.',
  })
  @ApiOkResponse({ type: PhaseTransferViewDto, description: 'The transfer as it now stands' })
  recordAmendment(
    @CurrentUser() user: SessionUser,
    @Param('transferId', new ParseUUIDPipe()) transferId: string,
    @Body() body: RecordPhaseTransferAmendmentDto,
  ): Promise<PhaseTransferView> {
    return this.transfers.recordAmendment(user, transferId, body);
  }
}
