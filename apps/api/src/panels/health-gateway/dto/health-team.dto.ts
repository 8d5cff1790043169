import { PickType } from '@nestjs/swagger';
import type { HealthTeam } from '@convene/contracts';
import { AgencyViewDto } from '../../../identity/admin/dto/agency-view.dto.js';

/** A health team is an agency of the health kind: its id, code and name. */
export class HealthTeamDto
  extends PickType(AgencyViewDto, ['id', 'code', 'name'] as const)
  implements HealthTeam {}
