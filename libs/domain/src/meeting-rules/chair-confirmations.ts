import { dayInEngland, formatCalendarDate } from '../calendar-date/calendar-date.js';
import type { AgendaItemStatus } from '../vocabulary/meetings.js';
import { THRESHOLD_AFFIRMING_OUTCOMES, VOTE_CHOICE_LABELS } from './meeting-rules.js';

/**
 * A slip the chair is asked about before the engine goes on: the field of the command that answers it, and the
 * question in words. The engine refuses the command with `confirmation_required` and this question until the chair
 * answers; the room asks the same question before sending it.
 */
export interface ChairConfirmation {
  field: 'confirmOtherDay' | 'confirmItemsNotReached' | 'criteriaNotMetReason';
  question: string;
}

/** Items not dealt with: still to discuss, or under discussion without a decision. */
const NOT_REACHED: readonly AgendaItemStatus[] = ['pending', 'in_discussion'];

export function itemsNotReached(statuses: readonly AgendaItemStatus[]): number {
  return statuses.filter((status) => NOT_REACHED.includes(status)).length;
}

/** Starting on another English day than the one scheduled (a Friday's gateway on a Sunday) is confirmed first. */
export function confirmationToStart(scheduledStart: Date, now: Date): ChairConfirmation | null {
  const scheduled = dayInEngland(scheduledStart);
  const today = dayInEngland(now);
  if (scheduled === today) return null;
  return {
    field: 'confirmOtherDay',
    question: `This meeting is scheduled for ${formatCalendarDate(scheduled)}, not today (${formatCalendarDate(today)}). Start it today all the same?`,
  };
}

/** Ending with items not reached is confirmed first: they stay undecided, and the minutes count them. */
export function confirmationToEnd(statuses: readonly AgendaItemStatus[]): ChairConfirmation | null {
  const notReached = itemsNotReached(statuses);
  if (notReached === 0) return null;
  const items = notReached === 1 ? '1 item has' : `${notReached} items have`;
  return {
    field: 'confirmItemsNotReached',
    question: `${items} not been dealt with. End the meeting all the same? ${notReached === 1 ? 'It stays' : 'They stay'} undecided and ${notReached === 1 ? 'goes' : 'go'} in the minutes as not reached.`,
  };
}

/**
 * An outcome that finds the thresholds met (agree, issue), recorded while a threshold criterion of the item is not
 * marked met, needs the chair's reason, kept with the decision.
 */
export function confirmationToRecord(
  outcome: string,
  criteria: { total: number; notMet: number },
): ChairConfirmation | null {
  if (!THRESHOLD_AFFIRMING_OUTCOMES.includes(outcome) || criteria.notMet === 0) return null;
  const label = VOTE_CHOICE_LABELS[outcome] ?? outcome;
  return {
    field: 'criteriaNotMetReason',
    question: `${criteria.notMet} of the ${criteria.total} threshold criteria ${criteria.notMet === 1 ? 'is' : 'are'} not marked met. To record "${label}" all the same, say why.`,
  };
}
