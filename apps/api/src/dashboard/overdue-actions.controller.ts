import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ActionView, OverdueActionsByTeam } from '@convene/contracts';
import { ActionViewDto } from '../actions/dto/action-view.dto.js';
import { OverdueActionsService } from './overdue-actions.service.js';

class TeamOverdueDto {
  @ApiProperty({ format: 'uuid' })
  agencyId!: string;

  @ApiProperty()
  team!: string;

  @ApiProperty({ description: 'Open actions past their due day' })
  overdue!: number;
}

class OverdueActionsByTeamDto implements OverdueActionsByTeam {
  @ApiProperty({ format: 'date' })
  countedOn!: string;

  @ApiProperty({ type: TeamOverdueDto, isArray: true })
  teams!: TeamOverdueDto[];

  @ApiProperty()
  total!: number;
}

@ApiTags('dashboard')
@ApiCookieAuth()
@Controller('dashboard/overdue-actions')
export class OverdueActionsController {
  constructor(private readonly overdue: OverdueActionsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Overdue actions by team: open actions past their due day, counted for the owning team or the owner’s team',
  })
  @ApiOkResponse({ type: OverdueActionsByTeamDto })
  byTeam(): Promise<OverdueActionsByTeam> {
    return this.overdue.byTeam();
  }

  @Get(':agencyId')
  @ApiOperation({ summary: 'The overdue actions behind one team’s count, the longest overdue first' })
  @ApiOkResponse({ type: ActionViewDto, isArray: true })
  ofTeam(@Param('agencyId', new ParseUUIDPipe()) agencyId: string): Promise<ActionView[]> {
    return this.overdue.ofTeam(agencyId);
  }
}
