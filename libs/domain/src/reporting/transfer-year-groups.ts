import { yearOf, type CalendarDate } from '../calendar-date/calendar-date.js';
import { phaseTransferDeadline, type PhaseTransferMove } from '../statutory-clock/phase-transfer.js';
import { percentOf } from './percent.js';
import { transferStanding, type TransferStanding } from './review-timeliness.js';

/**
 * The school year a day falls in, named by the calendar year it starts in. The Education Act 1996, s579(1), starts a
 * school year with the first term to begin after July; our reading takes it as 1 September to 31 August, as schools
 * and year groups count it, so a day in August belongs to the school year before.
 */
export function schoolYearOf(day: CalendarDate): number {
  const year = yearOf(day);
  return Number(day.slice(5, 7)) >= 9 ? year : year - 1;
}

/**
 * The year group a child was in on a transfer's deadline, from the year group recorded for them today: one year
 * group for each school year between. Our reading: a child's recorded year group is this school year's, and a child
 * moves up one year group each school year (the usual case; a child kept back a year would show one group higher).
 */
export function yearGroupOn(day: CalendarDate, yearGroupToday: number, today: CalendarDate): number {
  return yearGroupToday - (schoolYearOf(today) - schoolYearOf(day));
}

/** A phase transfer with the year group its child is in today and the day its plan was amended. */
export interface TransferInYearGroup extends PhaseTransferMove {
  yearGroupToday: number;
  amendedPlanIssuedOn: CalendarDate | null;
}

/** One year group's phase transfers of a transfer year: amended by the deadline, late, or not yet amended. */
export interface TransferYearGroupFigures {
  /** The year group on the deadline: 6 for the move to secondary school (seed 000: "91% of year 6 transfers on time"). */
  yearGroup: number;
  due: number;
  byDeadline: number;
  late: number;
  /** Not amended yet: `overdue` of them past the deadline. */
  outstanding: number;
  overdue: number;
  /** Amended by the deadline as a share of those amended or overdue; one decimal, null when there are none. */
  percentByDeadline: number | null;
}

/** A transfer's deadline (reg 18), the year group on it, and how it stands today. */
export function transferInYearGroup(
  transfer: TransferInYearGroup,
  today: CalendarDate,
): { deadline: CalendarDate; yearGroup: number; standing: TransferStanding } {
  const deadline = phaseTransferDeadline(transfer.kind, transfer.transferYear, transfer.transfersOn ?? null);
  return {
    deadline,
    yearGroup: yearGroupOn(deadline, transfer.yearGroupToday, today),
    standing: transferStanding(deadline, transfer.amendedPlanIssuedOn, today),
  };
}

/**
 * Phase transfers amended by their deadline (15 February, 31 March for secondary school to post-16, reg 18(1); five
 * months before a move between post-16 institutions, reg 18(2)), by the year group the child was in on the deadline,
 * youngest first. The deadline day itself is in time, the day after late (`transferStanding`).
 */
export function transfersByYearGroup(
  transfers: readonly TransferInYearGroup[],
  today: CalendarDate,
): TransferYearGroupFigures[] {
  const byGroup = new Map<number, Omit<TransferYearGroupFigures, 'percentByDeadline'>>();
  for (const transfer of transfers) {
    const { yearGroup, standing } = transferInYearGroup(transfer, today);
    const row = byGroup.get(yearGroup) ?? {
      yearGroup,
      due: 0,
      byDeadline: 0,
      late: 0,
      outstanding: 0,
      overdue: 0,
    };
    row.due += 1;
    if (standing === 'by_deadline') row.byDeadline += 1;
    else if (standing === 'late') row.late += 1;
    else row.outstanding += 1;
    if (standing === 'overdue') row.overdue += 1;
    byGroup.set(yearGroup, row);
  }
  return [...byGroup.values()]
    .sort((a, b) => a.yearGroup - b.yearGroup)
    .map((row) => ({
      ...row,
      percentByDeadline: percentOf(row.byDeadline, row.byDeadline + row.late + row.overdue),
    }));
}
