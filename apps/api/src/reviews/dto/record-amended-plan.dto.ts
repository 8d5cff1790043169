import type { RecordAmendedPlan } from '@convene/contracts';
import { IsCalendarDate } from '../../cases/dto/calendar-date.decorator.js';

export class RecordAmendedPlanDto implements RecordAmendedPlan {
  @IsCalendarDate({
    description:
      'The day the amended plan was issued (due within 8 weeks of the decision to amend, reg 22(3), and at the latest 12 weeks after the review meeting, R (L) v Devon CC [2022] EWHC 493 (Admin))',
  })
  amendedPlanIssuedOn!: string;
}
