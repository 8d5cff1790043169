import type { RequestClockView } from '@convene/contracts';
import { annualReviewClock, type MilestoneClock } from '@convene/domain';
import type { ReviewCycleRecord } from './annual-reviews.repository.js';

/** Milestones of a review or a transfer in the shape the case page's milestone table reads. */
export function reviewClockView(label: string, milestones: readonly MilestoneClock[]): RequestClockView {
  return {
    weekLabel: label,
    // A review or transfer whose every step is done has no clock running.
    state: milestones.every((m) => m.completedOn !== null) ? 'stopped' : 'open',
    exceptionCase: false,
    milestones: milestones.map((m) => ({
      milestone: m.milestone,
      label: m.label,
      regulation: m.regulation,
      statutoryDeadline: m.statutoryDeadline,
      localTarget: m.localTarget,
      dueOn: m.dueOn,
      completedOn: m.completedOn,
      status: m.status,
      daysLeft: m.daysLeft,
      daysOverdue: m.daysOverdue,
      exceptionCase: m.exceptionCase,
      agency: null,
    })),
    rejectedExceptions: [],
    warnings: [],
  };
}

/** Where a year's review stood on `today`: its meeting, decision and amended plan, as far as each was due and done by then. */
export function reviewCycleClock(cycle: ReviewCycleRecord, today: string): MilestoneClock[] {
  const by = (day: string | null) => (day !== null && day <= today ? day : null);
  const decisionOn = by(cycle.decisionOn);
  return annualReviewClock(
    {
      countsFrom: cycle.countsFrom,
      reviewMeetingOn: by(cycle.reviewMeetingOn),
      decision:
        decisionOn && cycle.decisionOutcome ? { on: decisionOn, outcome: cycle.decisionOutcome } : null,
      amendedPlanIssuedOn: by(cycle.amendedPlanIssuedOn),
    },
    today,
  );
}
