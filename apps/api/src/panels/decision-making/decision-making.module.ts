import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { DecisionOutcomes } from './decision-outcomes.js';

/** The Decision-Making Group: what is particular to it, on top of the shared meeting engine. */
@Module({ imports: [MeetingsModule], providers: [DecisionOutcomes] })
export class DecisionMakingModule {}
