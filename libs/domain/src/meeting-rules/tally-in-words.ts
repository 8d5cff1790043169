import { VOTE_CHOICE_LABELS } from './meeting-rules.js';

/**
 * A vote's tally as the minutes write it: each choice in words with its count, most votes first (ties in the order
 * of the choice's code), e.g. "Agree 2; Refuse 1".
 */
export function tallyInWords(tally: Readonly<Record<string, number>>, separator = '; '): string {
  return Object.entries(tally)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([choice, count]) => `${VOTE_CHOICE_LABELS[choice] ?? choice} ${count}`)
    .join(separator);
}
