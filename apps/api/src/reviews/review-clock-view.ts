import type { RequestClockView } from '@convene/contracts';
import type { MilestoneClock } from '@convene/domain';

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
