import type { AgendaItemKind } from '../vocabulary/meetings.js';

/**
 * The minutes a panel gives each kind of item unless the chair says otherwise: a decision to issue weighs the
 * whole assessment, a triage is a quick routing, a sampled plan is read against the whole framework.
 */
export const DEFAULT_ITEM_ALLOWANCE_MINUTES: Readonly<Record<AgendaItemKind, number>> = {
  decision_to_assess: 10,
  decision_to_issue: 15,
  placement_change: 10,
  funding: 10,
  personal_budget: 10,
  advice_triage: 5,
  health_funding: 10,
  dip_sample: 20,
  advice_audit: 15,
  joint_funding: 15,
  case_actions: 5,
};

/** The chair may give an item from 1 minute to 2 hours. */
export const ITEM_ALLOWANCE_LIMITS = { min: 1, max: 120 } as const;

export interface TimeOnItem {
  /** Whole minutes since the item was taken. */
  elapsedMinutes: number;
  /** Minutes left of the allowance; negative once over. */
  leftMinutes: number;
  overrun: boolean;
  /** "4 minutes left", "1 minute over", "on time". */
  words: string;
}

/** How the time on an item stands against its allowance, at `now`. */
export function timeOnItem(since: Date, allowanceMinutes: number, now: Date): TimeOnItem {
  const elapsedMinutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const leftMinutes = allowanceMinutes - elapsedMinutes;
  const minutes = (n: number) => `${n} minute${n === 1 ? '' : 's'}`;
  const words =
    leftMinutes > 0
      ? `${minutes(leftMinutes)} left`
      : leftMinutes === 0
        ? 'time is up'
        : `${minutes(-leftMinutes)} over`;
  return { elapsedMinutes, leftMinutes, overrun: leftMinutes < 0, words };
}
