import { addMonths, calendarDate, yearOf, type CalendarDate } from '../calendar-date/calendar-date.js';
import { milestoneClock, type MilestoneClock } from './milestones.js';

/**
 * reg 2(1): the transfers between phases of education, and (reg 18(1)(a)) secondary school to post-16; and
 * (reg 18(2)) a move from one post-16 institution to another.
 */
export const PHASE_TRANSFER_KINDS = [
  'early_years_to_school',
  'infant_to_junior',
  'primary_to_middle',
  'primary_to_secondary',
  'middle_to_secondary',
  'secondary_to_post16',
  'post16_to_post16',
] as const;
export type PhaseTransferKind = (typeof PHASE_TRANSFER_KINDS)[number];

export const PHASE_TRANSFER_LABELS: Record<PhaseTransferKind, string> = {
  early_years_to_school: 'Early years to school',
  infant_to_junior: 'Infant to junior school',
  primary_to_middle: 'Primary to middle school',
  primary_to_secondary: 'Primary to secondary school',
  middle_to_secondary: 'Middle to secondary school',
  secondary_to_post16: 'Secondary school to post-16',
  post16_to_post16: 'One post-16 institution to another',
};

/** reg 18(2): a move between post-16 institutions is reviewed and amended for at least 5 months before it. */
export const POST16_MOVE_NOTICE_MONTHS = 5;

/**
 * The day by which the plan must be reviewed and amended to name the next school or college (reg 18, read on
 * legislation.gov.uk and in IPSEA's and the council's advice service's quotations of it): 15 February of the calendar
 * year of the transfer, or 31 March for secondary school to post-16 (reg 18(1); Code of Practice 9.179); for a move
 * from one post-16 institution to another, at least five months before the move (reg 18(2)), so the day five months
 * before `transfersOn`, the day of the move (31 July less five months is the end of February).
 */
export function phaseTransferDeadline(
  kind: PhaseTransferKind,
  transferYear: number,
  transfersOn: CalendarDate | null = null,
): CalendarDate {
  if (!Number.isInteger(transferYear))
    throw new RangeError(`the year of transfer must be a whole year, not ${transferYear}`);
  if (kind === 'post16_to_post16') {
    if (transfersOn === null || yearOf(transfersOn) !== transferYear)
      throw new RangeError(`a move between post-16 institutions needs its day, in ${transferYear}`);
    return addMonths(transfersOn, -POST16_MOVE_NOTICE_MONTHS);
  }
  // reg 18(1)(a): a young person moving on to post-16 is given until 31 March.
  return kind === 'secondary_to_post16'
    ? calendarDate(transferYear, 3, 31)
    : calendarDate(transferYear, 2, 15);
}

/** A move between phases (or post-16 institutions) as the clock reads it. */
export interface PhaseTransferMove {
  kind: PhaseTransferKind;
  /** The calendar year of the move. */
  transferYear: number;
  /** For a move between post-16 institutions (reg 18(2)): the day of the move. */
  transfersOn?: CalendarDate | null;
}

const TRANSFER_REGULATION: Partial<Record<PhaseTransferKind, string>> = {
  secondary_to_post16: 'reg 18(1)(a)',
  post16_to_post16: 'reg 18(2)',
};

/** Where the phase transfer amendment stands on `today`. */
export function phaseTransferClock(
  move: PhaseTransferMove,
  amendedPlanIssuedOn: CalendarDate | null,
  today: CalendarDate,
): MilestoneClock {
  return milestoneClock(
    {
      milestone: 'phase_transfer_amendment',
      label: `Plan amended for the transfer: ${PHASE_TRANSFER_LABELS[move.kind].toLowerCase()}`,
      regulation: TRANSFER_REGULATION[move.kind] ?? 'reg 18(1)(b)',
      startsOn: null,
      statutoryDeadline: phaseTransferDeadline(move.kind, move.transferYear, move.transfersOn ?? null),
      localTarget: null,
      completedOn: amendedPlanIssuedOn,
    },
    today,
  );
}
