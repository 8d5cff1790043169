import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { WeeklyListsController } from './weekly-lists.controller.js';
import { WeeklyListsService } from './weekly-lists.service.js';
import { WeeklyOrdersPanel } from './weekly-orders.panel.js';

/** The Weekly Orders: its agenda builds itself from the statutory clocks; its lists leave each officer their week. */
@Module({
  imports: [MeetingsModule],
  controllers: [WeeklyListsController],
  providers: [WeeklyOrdersPanel, WeeklyListsService],
})
export class WeeklyOrdersModule {}
