import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { YouSaidWeDidEntry } from '@convene/contracts';
import { CurrentUser } from '../identity/current-user.decorator.js';
import type { SessionUser } from '../identity/session-user.js';
import { YouSaidWeDidEntryDto } from './dto/you-said-we-did.dto.js';
import { WriteYouSaidWeDidDto } from './dto/write-you-said-we-did.dto.js';
import { YouSaidWeDidService } from './you-said-we-did.service.js';

@ApiTags('you-said-we-did')
@ApiCookieAuth()
@Controller('you-said-we-did')
export class YouSaidWeDidController {
  constructor(private readonly entries: YouSaidWeDidService) {}

  @Get()
  @ApiOperation({ summary: 'Every "You said, we did" entry, withdrawn ones too, newest first' })
  @ApiOkResponse({ type: [YouSaidWeDidEntryDto] })
  list(): Promise<YouSaidWeDidEntry[]> {
    return this.entries.all();
  }

  @Post()
  @ApiOperation({
    summary: 'Tell families what the service changed because of what they said',
    description:
      'Every family reads it from the day it is published. Never put a child’s name in it. In the audit trail.',
  })
  @ApiCreatedResponse({ type: YouSaidWeDidEntryDto })
  write(@CurrentUser() user: SessionUser, @Body() body: WriteYouSaidWeDidDto): Promise<YouSaidWeDidEntry> {
    return this.entries.write(user, body);
  }

  @Post(':entryId/withdraw')
  @HttpCode(200)
  @ApiParam({ name: 'entryId', format: 'uuid' })
  @ApiOperation({ summary: 'Withdraw an entry: families no longer see it. In the audit trail.' })
  @ApiOkResponse({ type: YouSaidWeDidEntryDto })
  @ApiNotFoundResponse({ description: 'you_said_we_did_not_found' })
  @ApiConflictResponse({ description: 'you_said_we_did_already_withdrawn; nothing changed' })
  withdraw(
    @CurrentUser() user: SessionUser,
    @Param('entryId', new ParseUUIDPipe()) entryId: string,
  ): Promise<YouSaidWeDidEntry> {
    return this.entries.withdraw(user, entryId);
  }
}
