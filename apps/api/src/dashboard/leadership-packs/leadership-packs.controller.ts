import { Body, Controller, Get, Header, HttpCode, Param, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { LeadershipPack, LeadershipPackSummary } from '@convene/contracts';
import { CurrentUser } from '../../identity/current-user.decorator.js';
import type { SessionUser } from '../../identity/session-user.js';
import {
  LeadershipPackMonthParams,
  WriteLeadershipPackNarrativeDto,
} from './dto/leadership-pack-requests.dto.js';
import { LeadershipPackDto, LeadershipPackSummaryDto } from './dto/leadership-pack-view.dto.js';
import { leadershipPackPdf } from './leadership-pack-pdf.js';
import { LeadershipPacksService } from './leadership-packs.service.js';

@ApiTags('reports')
@ApiCookieAuth()
@Controller('reports/leadership-packs')
export class LeadershipPacksController {
  constructor(private readonly packs: LeadershipPacksService) {}

  @Get()
  @ApiOperation({ summary: 'The monthly leadership packs begun or issued, newest first' })
  @ApiOkResponse({ type: LeadershipPackSummaryDto, isArray: true })
  list(): Promise<LeadershipPackSummary[]> {
    return this.packs.list();
  }

  @Get(':month')
  @ApiOperation({
    summary: "A month's leadership pack: its narrative and its figures",
    description:
      'A draft counts its figures live; an issued pack gives the figures frozen when it was issued. Case references and counts only, never names.',
  })
  @ApiOkResponse({ type: LeadershipPackDto })
  pack(@Param() params: LeadershipPackMonthParams): Promise<LeadershipPack> {
    return this.packs.pack(params.month);
  }

  @Put(':month/narrative')
  @ApiOperation({
    summary: "Write the service's narrative for a month's pack",
    description: 'Refused (409) once the pack is issued. Each change is audited.',
  })
  @ApiOkResponse({ type: LeadershipPackDto })
  writeNarrative(
    @CurrentUser() user: SessionUser,
    @Param() params: LeadershipPackMonthParams,
    @Body() body: WriteLeadershipPackNarrativeDto,
  ): Promise<LeadershipPack> {
    return this.packs.writeNarrative(user, params.month, body.narrative);
  }

  @Post(':month/issue')
  @HttpCode(200)
  @ApiOperation({
    summary: "Issue a month's pack, freezing its figures as they stand today",
    description: 'Refused without a narrative (422) and once issued (409).',
  })
  @ApiOkResponse({ type: LeadershipPackDto })
  issue(
    @CurrentUser() user: SessionUser,
    @Param() params: LeadershipPackMonthParams,
  ): Promise<LeadershipPack> {
    return this.packs.issue(user, params.month);
  }

  @Get(':month/pdf')
  @ApiOperation({ summary: "A month's leadership pack as a PDF, draft or issued" })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  @Header('Content-Type', 'application/pdf')
  @Header('Cache-Control', 'private, no-store')
  async pdf(@Param() params: LeadershipPackMonthParams): Promise<StreamableFile> {
    const pdf = await leadershipPackPdf(await this.packs.pack(params.month));
    return new StreamableFile(pdf, {
      disposition: `attachment; filename="leadership-pack-${params.month}.pdf"`,
    });
  }
}
