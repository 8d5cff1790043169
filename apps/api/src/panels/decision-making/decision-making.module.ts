import { Module } from '@nestjs/common';
import { MeetingsModule } from '../../meetings/meetings.module.js';
import { DecisionOutcomes } from './decision-outcomes.js';
import { OutcomeLettersController } from './outcome-letters.controller.js';
import { OutcomeLettersService } from './outcome-letters.service.js';

/** The Decision-Making Group: what is particular to it, on top of the shared meeting engine. */
@Module({ imports: [MeetingsModule], controllers: [OutcomeLettersController], providers: [DecisionOutcomes, OutcomeLettersService] })
export class DecisionMakingModule {}
