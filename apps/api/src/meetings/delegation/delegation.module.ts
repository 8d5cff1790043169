import { Module } from '@nestjs/common';
import { MeetingsModule } from '../meetings.module.js';
import { DelegatedDecisionsService } from './delegated-decisions.service.js';
import { DelegationController } from './delegation.controller.js';
import { DelegationSchemeService } from './delegation-scheme.service.js';

/** The scheme of delegation and the decisions taken alone under it, with the effects the panels registered. */
@Module({
  imports: [MeetingsModule],
  controllers: [DelegationController],
  providers: [DelegationSchemeService, DelegatedDecisionsService],
})
export class DelegationModule {}
