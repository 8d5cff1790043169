import { calendarDate, type CalendarDate } from '../calendar-date/calendar-date.js';
import { milestoneClock, type MilestoneClock } from './milestones.js';

/** reg 2(1): the transfers between phases of education, and (reg 18(1)(a)) secondary school to post-16. */
export const PHASE_TRANSFER_KINDS = [
  'early_years_to_school',
  'infant_to_junior',
  'primary_to_middle',
  'primary_to_secondary',
  'middle_to_secondary',
  'secondary_to_post16',
] as const;
export type PhaseTransferKind = (typeof PHASE_TRANSFER_KINDS)[number];

export const PHASE_TRANSFER_LABELS: Record<PhaseTransferKind, string> = {
  early_years_to_school: 'Early years to school',
  infant_to_junior: 'Infant to junior school',
  primary_to_middle: 'Primary to middle school',
  primary_to_secondary: 'Primary to secondary school',
  middle_to_secondary: 'Middle to secondary school',
  secondary_to_post16: 'Secondary school to post-16',
};

/**
 * The day by which the plan must be reviewed and amended to name the next school or college:
 * 15 February of the calendar year of the transfer, or 31 March for secondary school to post-16
 * (reg 18(1); Code of Practice 9.179).
 */
export function phaseTransferDeadline(kind: PhaseTransferKind, transferYear: number): CalendarDate {
  if (!Number.isInteger(transferYear))
    throw new RangeError(`the year of transfer must be a whole year, not ${transferYear}`);
  // reg 18(1)(a): a young person moving on to post-16 is given until 31 March.
  return kind === 'secondary_to_post16'
    ? calendarDate(transferYear, 3, 31)
    : calendarDate(transferYear, 2, 15);
}

/** Where the phase transfer amendment stands on `today`. */
export function phaseTransferClock(
  kind: PhaseTransferKind,
  transferYear: number,
  amendedPlanIssuedOn: CalendarDate | null,
  today: CalendarDate,
): MilestoneClock {
  return milestoneClock(
    {
      milestone: 'phase_transfer_amendment',
      label: `Plan amended for the transfer: ${PHASE_TRANSFER_LABELS[kind].toLowerCase()}`,
      regulation: kind === 'secondary_to_post16' ? 'reg 18(1)(a)' : 'reg 18(1)(b)',
      startsOn: null,
      statutoryDeadline: phaseTransferDeadline(kind, transferYear),
      localTarget: null,
      completedOn: amendedPlanIssuedOn,
    },
    today,
  );
}
