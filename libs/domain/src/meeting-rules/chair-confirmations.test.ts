import { describe, expect, it } from 'vitest';
import {
  confirmationToEnd,
  confirmationToRecord,
  confirmationToStart,
  itemsNotReached,
} from './chair-confirmations.js';

describe('what the chair confirms before the engine goes on', () => {
  it('asks before starting on another English day than the one scheduled, naming both days', () => {
    const friday = new Date('2026-11-27T09:30:00Z');
    expect(confirmationToStart(friday, new Date('2026-11-29T10:00:00Z'))).toEqual({
      field: 'confirmOtherDay',
      question:
        'This meeting is scheduled for 27 November 2026, not today (29 November 2026). Start it today all the same?',
    });
  });

  it('starts without asking on the day scheduled, counted in England: late on that evening in UTC is still that day', () => {
    expect(
      confirmationToStart(new Date('2026-11-27T09:30:00Z'), new Date('2026-11-27T23:30:00Z')),
    ).toBeNull();
    // In summer England is an hour ahead: 23:30 UTC on 26 June is already 27 June there.
    expect(
      confirmationToStart(new Date('2026-06-27T08:30:00Z'), new Date('2026-06-26T23:30:00Z')),
    ).toBeNull();
    expect(
      confirmationToStart(new Date('2026-06-27T08:30:00Z'), new Date('2026-06-26T22:30:00Z')),
    ).not.toBeNull();
  });

  it('asks before ending with items still to discuss or under discussion, counting them', () => {
    expect(itemsNotReached(['decided', 'pending', 'in_discussion', 'deferred', 'withdrawn'])).toBe(2);
    expect(confirmationToEnd(['decided', 'pending', 'in_discussion'])).toEqual({
      field: 'confirmItemsNotReached',
      question:
        '2 items have not been dealt with. End the meeting all the same? They stay undecided and go in the minutes as not reached.',
    });
    expect(confirmationToEnd(['pending'])?.question).toBe(
      '1 item has not been dealt with. End the meeting all the same? It stays undecided and goes in the minutes as not reached.',
    );
  });

  it('ends without asking once every item is decided, deferred or withdrawn', () => {
    expect(confirmationToEnd(['decided', 'deferred', 'withdrawn'])).toBeNull();
    expect(confirmationToEnd([])).toBeNull();
  });

  it('asks why before recording that the thresholds are met with a criterion not marked met', () => {
    expect(confirmationToRecord('issue', { total: 4, notMet: 2 })).toEqual({
      field: 'criteriaNotMetReason',
      question:
        '2 of the 4 threshold criteria are not marked met. To record "Issue a plan" all the same, say why.',
    });
    expect(confirmationToRecord('agree', { total: 3, notMet: 1 })?.question).toMatch(
      /^1 of the 3 threshold criteria is not/,
    );
  });

  it('records a refusal, a deferral, or an agreement with every criterion met, without asking', () => {
    expect(confirmationToRecord('refuse', { total: 4, notMet: 4 })).toBeNull();
    expect(confirmationToRecord('defer', { total: 4, notMet: 1 })).toBeNull();
    expect(confirmationToRecord('agree', { total: 4, notMet: 0 })).toBeNull();
    expect(confirmationToRecord('agree', { total: 0, notMet: 0 })).toBeNull();
  });
});
