import type { CalendarDate } from '../calendar-date/calendar-date.js';
import { milestoneTiming } from '../statutory-clock/milestones.js';
import {
  phaseTransferDeadline,
  type PhaseTransferKind,
  type PhaseTransferMove,
} from '../statutory-clock/phase-transfer.js';
import { percentOf } from './percent.js';
import { withRollingYear } from './rolling-year.js';

/**
 * Where an annual review stands against its due day: held on time (the meeting on or before the due day),
 * held late, overdue (the due day has passed and no meeting), or not yet due.
 */
export const REVIEW_STANDINGS = ['held_on_time', 'held_late', 'overdue', 'not_yet_due'] as const;
export type ReviewStanding = (typeof REVIEW_STANDINGS)[number];

/** Where a phase transfer amendment stands against its deadline (reg 18(1)). */
export const TRANSFER_STANDINGS = ['by_deadline', 'late', 'overdue', 'not_yet_due'] as const;
export type TransferStanding = (typeof TRANSFER_STANDINGS)[number];

const STANDING_OF = {
  completed_on_time: 0,
  completed_late: 1,
  overdue: 2,
  open_on_track: 3,
  due_soon: 3,
} as const;

function standingOf<T>(
  names: readonly [T, T, T, T],
  dueOn: CalendarDate,
  doneOn: CalendarDate | null,
  today: CalendarDate,
): T {
  return names[STANDING_OF[milestoneTiming(dueOn, doneOn, today).status]];
}

/** Completed on time: the review meeting held by its due day; the due day itself is on time, the day after late. */
export function reviewStanding(
  review: { dueOn: CalendarDate; reviewMeetingOn: CalendarDate | null },
  today: CalendarDate,
): ReviewStanding {
  return standingOf(REVIEW_STANDINGS, review.dueOn, review.reviewMeetingOn, today);
}

/** By the deadline: amended on or before 15 February (31 March for post-16); the day after is late. */
export function transferStanding(
  deadline: CalendarDate,
  amendedPlanIssuedOn: CalendarDate | null,
  today: CalendarDate,
): TransferStanding {
  return standingOf(TRANSFER_STANDINGS, deadline, amendedPlanIssuedOn, today);
}

export interface ReviewCounts {
  /** Reviews whose meeting fell due (12 months from the plan or the last review) in the period. */
  due: number;
  heldOnTime: number;
  heldLate: number;
  /** The due day has passed and the meeting has not been held. */
  overdue: number;
  /** Due later in the period (the current month only) and not yet held: left out of the percentage. */
  notYetDue: number;
  /** Held on time as a share of the reviews held or overdue; one decimal, null when there are none. */
  percentOnTime: number | null;
}

export interface AnnualReviewMonth extends ReviewCounts {
  /** YYYY-MM */
  month: string;
  /** The 12 months to the end of this one. */
  rolling: ReviewCounts;
}

/** How many reviews due in one month stood each way: what a count of the records gives, before any percentage. */
export interface ReviewMonthTally {
  /** YYYY-MM */
  month: string;
  due: number;
  heldOnTime: number;
  heldLate: number;
  overdue: number;
  notYetDue: number;
}

type Tally = Omit<ReviewCounts, 'percentOnTime'>;
const TALLY_KEYS = [
  'due',
  'heldOnTime',
  'heldLate',
  'overdue',
  'notYetDue',
] as const satisfies readonly (keyof Tally)[];
const emptyTally = (): Tally => ({ due: 0, heldOnTime: 0, heldLate: 0, overdue: 0, notYetDue: 0 });
const TALLY_KEY: Record<ReviewStanding, keyof Tally> = {
  held_on_time: 'heldOnTime',
  held_late: 'heldLate',
  overdue: 'overdue',
  not_yet_due: 'notYetDue',
};
const withPercent = (t: Tally): ReviewCounts => ({
  ...t,
  percentOnTime: percentOf(t.heldOnTime, t.due - t.notYetDue),
});

/** The reviews counted by the month their meeting fell due and how each stands today; months with none are left out. */
export function tallyReviewsByMonth(
  reviews: readonly { dueOn: CalendarDate; reviewMeetingOn: CalendarDate | null }[],
  today: CalendarDate,
): ReviewMonthTally[] {
  const byMonth = new Map<string, ReviewMonthTally>();
  for (const review of reviews) {
    const month = review.dueOn.slice(0, 7);
    const tally = byMonth.get(month) ?? { month, ...emptyTally() };
    tally.due += 1;
    tally[TALLY_KEY[reviewStanding(review, today)]] += 1;
    byMonth.set(month, tally);
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : 1));
}

/**
 * Each month shown with its reviews due and held by their due day, and the same over the 12 months to its end,
 * from monthly tallies (those of `tallyReviewsByMonth`, or the same counted by the database).
 */
export function reviewTimelinessFromTallies(
  tallies: readonly ReviewMonthTally[],
  months: readonly string[],
): AnnualReviewMonth[] {
  return withRollingYear(tallies, TALLY_KEYS, months).map(({ month, own, rolling }) => ({
    month,
    ...withPercent(own),
    rolling: withPercent(rolling),
  }));
}

export interface PhaseTransferDeadlineFigures {
  transferYear: number;
  /** 15 February of the transfer year, 31 March for secondary school to post-16, or five months before a move between post-16 institutions. */
  deadline: CalendarDate;
  kinds: PhaseTransferKind[];
  due: number;
  byDeadline: number;
  late: number;
  /** Not amended yet: `overdue` of them past the deadline. */
  outstanding: number;
  overdue: number;
  /** Amended by the deadline as a share of those amended or overdue; one decimal, null when there are none. */
  percentByDeadline: number | null;
}

/** Phase transfers with one deadline counted by standing: what a count of the records gives, before the percentage. */
export type TransferDeadlineTally = Omit<PhaseTransferDeadlineFigures, 'percentByDeadline'>;

/** Phase transfers counted by their deadline and how each stands today, in deadline order, each deadline's kinds sorted. */
export function tallyTransfersByDeadline(
  transfers: readonly (PhaseTransferMove & { amendedPlanIssuedOn: CalendarDate | null })[],
  today: CalendarDate,
): TransferDeadlineTally[] {
  const byDeadline = new Map<CalendarDate, TransferDeadlineTally>();
  for (const transfer of transfers) {
    const deadline = phaseTransferDeadline(
      transfer.kind,
      transfer.transferYear,
      transfer.transfersOn ?? null,
    );
    const row = byDeadline.get(deadline) ?? {
      transferYear: transfer.transferYear,
      deadline,
      kinds: [],
      due: 0,
      byDeadline: 0,
      late: 0,
      outstanding: 0,
      overdue: 0,
    };
    if (!row.kinds.includes(transfer.kind)) row.kinds.push(transfer.kind);
    row.due += 1;
    const standing = transferStanding(deadline, transfer.amendedPlanIssuedOn, today);
    if (standing === 'by_deadline') row.byDeadline += 1;
    else if (standing === 'late') row.late += 1;
    else row.outstanding += 1;
    if (standing === 'overdue') row.overdue += 1;
    byDeadline.set(deadline, row);
  }
  return [...byDeadline.values()]
    .sort((a, b) => (a.deadline < b.deadline ? -1 : 1))
    .map((row) => ({ ...row, kinds: [...row.kinds].sort() }));
}

/** Each deadline's share amended by it, of those amended or overdue; one decimal, null when there are none. */
export function phaseTransferFiguresFromTallies(
  tallies: readonly TransferDeadlineTally[],
): PhaseTransferDeadlineFigures[] {
  return tallies.map((row) => ({
    ...row,
    percentByDeadline: percentOf(row.byDeadline, row.byDeadline + row.late + row.overdue),
  }));
}
