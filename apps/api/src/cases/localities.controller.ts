import { Controller, Get } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { LocalityView } from '@convene/contracts';
import { DataSource } from 'typeorm';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('localities')
export class LocalitiesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: "The council's localities and its vulnerable-pupils team, for filters and forms" })
  @ApiOkResponse({ description: 'LocalityView[]' })
  async list(): Promise<LocalityView[]> {
    const rows = await this.dataSource.query(`SELECT code, name, is_vulnerable_pupils_team FROM localities ORDER BY is_vulnerable_pupils_team, name`);
    return rows.map((r: { code: string; name: string; is_vulnerable_pupils_team: boolean }) => ({
      code: r.code,
      name: r.name,
      isVulnerablePupilsTeam: r.is_vulnerable_pupils_team,
    }));
  }
}
