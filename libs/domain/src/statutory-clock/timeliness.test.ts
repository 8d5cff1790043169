import { describe, expect, it } from 'vitest';
import type { ClockEvent, TimeLimitException } from './clock-events.js';
import {
  hasException,
  isWithin20Weeks,
  returnedAdviceCases,
  timelinessFigures,
  twentyWeekTimeliness,
} from './timeliness.js';

/** A request received on 2 March 2026 (final plan due 20 July), issued on `finalOn` if given. */
function aRequest({
  finalOn,
  exceptions = [],
  extra = [],
}: { finalOn?: string; exceptions?: TimeLimitException[]; extra?: ClockEvent[] } = {}): ClockEvent[] {
  const events: ClockEvent[] = [
    { type: 'request_received', on: '2026-03-02' },
    { type: 'decision_to_assess', on: '2026-03-16', outcome: 'agree' },
    { type: 'decision_to_issue', on: '2026-06-01', outcome: 'issue' },
    { type: 'draft_issued', on: '2026-06-20' },
    ...extra,
  ];
  if (finalOn) events.push({ type: 'final_issued', on: finalOn });
  for (const exception of exceptions)
    events.push({ type: 'exception_recorded', on: '2026-06-01', exception });
  return events;
}
const absentFourWeeks: TimeLimitException = {
  regulation: '10(4)',
  kind: 'absent_from_area',
  startsOn: '2026-04-01',
  endsOn: '2026-04-28',
};
const absentTwoWeeks: TimeLimitException = {
  regulation: '10(4)',
  kind: 'absent_from_area',
  startsOn: '2026-04-01',
  endsOn: '2026-04-14',
};

describe('is a plan issued within 20 weeks', () => {
  it('yes, when issued on the last day of the 20 weeks', () => {
    expect(isWithin20Weeks(aRequest({ finalOn: '2026-07-20' }))).toBe(true);
  });

  it('no, when issued the day after', () => {
    expect(isWithin20Weeks(aRequest({ finalOn: '2026-07-21' }))).toBe(false);
  });

  it('not yet in the measure while no final plan is issued, or when the request was withdrawn', () => {
    expect(isWithin20Weeks(aRequest())).toBeNull();
    expect(
      isWithin20Weeks(aRequest({ extra: [{ type: 'withdrawn', on: '2026-06-25' }], finalOn: '2026-07-10' })),
    ).toBeNull();
  });
});

describe('is a request an exception case', () => {
  it('yes, with an accepted reg 10(4) exception', () => {
    expect(hasException(aRequest({ finalOn: '2026-08-01', exceptions: [absentFourWeeks] }))).toBe(true);
  });

  it('no, when the exception recorded does not hold', () => {
    expect(hasException(aRequest({ finalOn: '2026-08-01', exceptions: [absentTwoWeeks] }))).toBe(false);
  });

  it('no, when only an advice had an exception (reg 8(2))', () => {
    const extra: ClockEvent[] = [
      { type: 'advice_requested', on: '2026-03-16', adviceId: 'ep-1', agency: 'EP service' },
    ];
    const adviceOnly: TimeLimitException = {
      regulation: '8(2)',
      kind: 'missed_appointment',
      adviceId: 'ep-1',
      startsOn: '2026-03-20',
    };
    expect(hasException(aRequest({ extra, exceptions: [adviceOnly] }))).toBe(false);
  });
});

describe('timeliness with and without exception cases', () => {
  it('reports % on time over all cases and over the cases with no exception', () => {
    const figures = timelinessFigures([
      { onTime: true, exceptionCase: false },
      { onTime: true, exceptionCase: false },
      { onTime: false, exceptionCase: false },
      { onTime: false, exceptionCase: true },
      { onTime: false, exceptionCase: true },
    ]);
    expect(figures).toEqual({
      cases: 5,
      onTime: 2,
      percentOnTime: 40,
      casesExcludingExceptions: 3,
      onTimeExcludingExceptions: 2,
      percentOnTimeExcludingExceptions: 66.7,
    });
  });

  it('has no percentage when there is nothing to count', () => {
    expect(timelinessFigures([])).toMatchObject({
      cases: 0,
      percentOnTime: null,
      percentOnTimeExcludingExceptions: null,
    });
    expect(timelinessFigures([{ onTime: true, exceptionCase: true }])).toMatchObject({
      percentOnTime: 100,
      percentOnTimeExcludingExceptions: null,
    });
  });

  it('% of plans issued within 20 weeks counts issued plans only, with and without exceptions', () => {
    const figures = twentyWeekTimeliness([
      aRequest({ finalOn: '2026-07-20' }),
      aRequest({ finalOn: '2026-07-28' }),
      aRequest({ finalOn: '2026-08-10', exceptions: [absentFourWeeks] }),
      aRequest({ finalOn: '2026-08-10', exceptions: [absentTwoWeeks] }),
      aRequest(),
    ]);
    expect(figures).toMatchObject({
      cases: 4,
      onTime: 1,
      percentOnTime: 25,
      casesExcludingExceptions: 3,
      onTimeExcludingExceptions: 1,
      percentOnTimeExcludingExceptions: 33.3,
    });
  });
});

describe('advice in time, by agency', () => {
  it('lists each returned advice: on time or not, and whether a reg 8(2) exception applies', () => {
    const extra: ClockEvent[] = [
      { type: 'advice_requested', on: '2026-03-16', adviceId: 'salt-1', agency: 'SALT' },
      { type: 'advice_requested', on: '2026-03-16', adviceId: 'ep-1', agency: 'EP service' },
      { type: 'advice_requested', on: '2026-03-16', adviceId: 'ot-1', agency: 'OT' },
      { type: 'advice_returned', on: '2026-04-27', adviceId: 'salt-1' },
      { type: 'advice_returned', on: '2026-05-10', adviceId: 'ep-1' },
    ];
    const missed: TimeLimitException = {
      regulation: '8(2)',
      kind: 'missed_appointment',
      adviceId: 'ep-1',
      startsOn: '2026-04-01',
    };
    expect(returnedAdviceCases(aRequest({ extra, exceptions: [missed] }))).toEqual([
      {
        adviceId: 'salt-1',
        agency: 'SALT',
        requestedOn: '2026-03-16',
        returnedOn: '2026-04-27',
        onTime: true,
        exceptionCase: false,
      },
      {
        adviceId: 'ep-1',
        agency: 'EP service',
        requestedOn: '2026-03-16',
        returnedOn: '2026-05-10',
        onTime: false,
        exceptionCase: true,
      },
    ]);
  });
});
