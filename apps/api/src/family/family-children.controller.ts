import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FamilyChild } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { FamilyChildDto } from './dto/family-child.dto.js';
import { FamilyViewService } from './family-view.service.js';

/**
 * The family's own view. Each route answers only for the children the signed-in account covers now; part 2 of
 * issue #30 adds each child's routes here (`children/:childId/…`), checking the link on every call.
 */
@ApiTags('family')
@ApiCookieAuth()
@Controller('family')
export class FamilyChildrenController {
  constructor(private readonly view: FamilyViewService) {}

  @Get('children')
  @ApiOperation({ summary: 'The children whose cases the signed-in parent, carer or young person may see' })
  @ApiOkResponse({ type: [FamilyChildDto] })
  children(@CurrentUser() user: SessionUser): Promise<FamilyChild[]> {
    return this.view.children(user);
  }
}
