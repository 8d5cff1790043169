import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Sen2ReturnDetails } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import { AddPlacementDto } from './dto/add-placement.dto.js';
import { ReturnDetailsDto } from './dto/return-details.dto.js';
import { UpdateReturnDetailsDto } from './dto/update-return-details.dto.js';
import { ReturnDetailsService } from './return-details.service.js';

@ApiTags('cases')
@ApiCookieAuth()
@ApiParam({ name: 'childId', format: 'uuid' })
@ApiNotFoundResponse({ description: 'No such case, or not one the caller may see' })
@Controller('cases/:childId')
export class ReturnDetailsController {
  constructor(private readonly returnDetails: ReturnDetailsService) {}

  @Get('return-details')
  @ApiOperation({
    summary: 'What the SEN2 return needs of the child: UPN, sex, ethnicity, postcode, need, placements',
  })
  @ApiOkResponse({ type: ReturnDetailsDto })
  details(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
  ): Promise<Sen2ReturnDetails> {
    return this.returnDetails.details(user, childId);
  }

  @Patch('return-details')
  @ApiOperation({
    summary: 'Correct the child’s return details, or record that their latest plan ceased and why',
    description: 'Fields left out stay as they are; null clears one. Every change is in the audit trail.',
  })
  @ApiOkResponse({ type: ReturnDetailsDto })
  @ApiUnprocessableEntityResponse({ description: 'invalid_return_detail: a value breaks the SEN2 rules' })
  update(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: UpdateReturnDetailsDto,
  ): Promise<Sen2ReturnDetails> {
    return this.returnDetails.update(user, childId, body);
  }

  @Post('placements')
  @ApiOperation({
    summary: 'Record a placement: the school or setting, its URN or UKPRN, its dates and rank',
  })
  @ApiCreatedResponse({ type: ReturnDetailsDto })
  @ApiUnprocessableEntityResponse({ description: 'invalid_return_detail: a value breaks the SEN2 rules' })
  addPlacement(
    @CurrentUser() user: SessionUser,
    @Param('childId', new ParseUUIDPipe()) childId: string,
    @Body() body: AddPlacementDto,
  ): Promise<Sen2ReturnDetails> {
    return this.returnDetails.addPlacement(user, childId, body);
  }
}
