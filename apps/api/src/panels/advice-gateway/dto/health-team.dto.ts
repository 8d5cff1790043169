import { PickType } from '@nestjs/swagger';
import type { HealthTeam } from '@convene/contracts';
import { AgencyViewDto } from '../../../identity/admin/dto/agency-view.dto.js';

/** A team a gateway triages to: an agency of the gateway's team kind (a health team, a social care team…). */
export class HealthTeamDto
  extends PickType(AgencyViewDto, ['id', 'code', 'name'] as const)
  implements HealthTeam {}
