import { Controller, Get, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BouncingAddress, OutboundMessageView, Page } from '@convene/contracts';
import { DataSource } from 'typeorm';
import { BouncingAddressDto, OutboundMessageViewPage, OutboxQueryDto } from './dto/notification.dto.js';
import { OutboxRepository } from './outbox.repository.js';

/** The administrators' view of the email outbox: every message, sent or not, and the addresses that bounce. */
@ApiTags('admin')
@ApiCookieAuth()
@Controller('admin')
export class OutboxController {
  private readonly outbox: OutboxRepository;

  constructor(dataSource: DataSource) {
    this.outbox = new OutboxRepository(dataSource.manager);
  }

  @Get('messages')
  @ApiOperation({
    summary: 'Messages sent: every email in the outbox, newest first (admins only)',
    description: 'Without SMTP_URL nothing is sent, and the messages wait here to be read.',
  })
  @ApiOkResponse({ type: OutboundMessageViewPage })
  async messages(@Query() query: OutboxQueryDto): Promise<Page<OutboundMessageView>> {
    const { items, total } = await this.outbox.newest(query.pageSize, (query.page - 1) * query.pageSize);
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  @Get('bounced-addresses')
  @ApiOperation({ summary: 'Addresses a mail server refused for good, to correct (admins only)' })
  @ApiOkResponse({ type: BouncingAddressDto, isArray: true })
  bounced(): Promise<BouncingAddress[]> {
    return this.outbox.bouncing();
  }
}
