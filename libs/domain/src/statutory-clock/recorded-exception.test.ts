import { describe, expect, it } from 'vitest';
import {
  checkRecordedException,
  isAdviceExceptionCase,
  isDecisionToAssessExceptionCase,
  isPlanExceptionCase,
  type RecordedException,
} from './recorded-exception.js';

// Received Monday 11 May 2026: the final plan is due on 28 September 2026.
const receivedOn = '2026-05-11';
const absence = (startsOn: string, endsOn: string): RecordedException => ({
  regulation: '10(4)',
  kind: 'absent_from_area',
  startsOn,
  endsOn,
});

describe('an exception recorded by any way in, checked as the clock checks it', () => {
  it('accepts what the clock accepts and refuses what it refuses, naming the field at fault', () => {
    expect(checkRecordedException(absence('2026-09-01', '2026-10-20'), { receivedOn })).toEqual({ ok: true });
    expect(checkRecordedException(absence('2026-09-02', '2026-10-20'), { receivedOn })).toMatchObject({
      ok: false,
      field: 'endsOn',
    });
  });

  it('refuses a closure without the day the school was asked, on that field', () => {
    expect(
      checkRecordedException(
        { regulation: '10(4)', kind: 'school_closure', startsOn: '2026-07-22', endsOn: '2026-09-02' },
        { receivedOn },
      ),
    ).toEqual({
      ok: false,
      field: 'adviceAskedOn',
      reason: 'Say when the school or post-16 institution was asked for its advice (reg 10(4)(a)).',
    });
  });

  it('checks a reg 8(2) exception against the day its advice was asked for, and refuses one with no advice', () => {
    const missed: RecordedException = {
      regulation: '8(2)',
      kind: 'missed_appointment',
      startsOn: '2026-07-13',
      adviceId: 'ep-1',
    };
    // Asked 1 June: due 13 July, the last day an appointment missed counts.
    expect(checkRecordedException(missed, { receivedOn, adviceRequestedOn: '2026-06-01' })).toEqual({
      ok: true,
    });
    expect(checkRecordedException(missed, { receivedOn, adviceRequestedOn: '2026-06-02' }).ok).toBe(true);
    expect(checkRecordedException(missed, { receivedOn, adviceRequestedOn: '2026-05-31' }).ok).toBe(false);
    expect(checkRecordedException(missed, { receivedOn })).toMatchObject({
      ok: false,
      field: 'adviceRequestId',
    });
  });
});

describe('whether a request is an exception case for the 20 weeks', () => {
  it('is one when any reg 10(4) exception it has holds', () => {
    expect(
      isPlanExceptionCase(receivedOn, [
        absence('2026-09-02', '2026-10-20'),
        absence('2026-09-01', '2026-10-20'),
      ]),
    ).toBe(true);
  });

  it('is not one when every exception it has is refused, or excuses only an advice', () => {
    expect(isPlanExceptionCase(receivedOn, [absence('2026-09-02', '2026-10-20')])).toBe(false);
    expect(
      isPlanExceptionCase(receivedOn, [
        { regulation: '8(2)', kind: 'exceptional_circumstances', startsOn: '2026-06-01', adviceId: 'ep-1' },
      ]),
    ).toBe(false);
    expect(isPlanExceptionCase(receivedOn, [])).toBe(false);
  });
});

describe('whether an advice is an exception case, as the Health Gateway figures count it', () => {
  // Asked for on Monday 2 March 2026: due on Monday 13 April 2026 (reg 8(1), 6 weeks).
  const advice = { id: 'salt-1', requestedOn: '2026-03-02' };
  const missed = (startsOn: string): RecordedException => ({
    regulation: '8(2)',
    kind: 'missed_appointment',
    startsOn,
    adviceId: 'salt-1',
  });

  it('is one for an appointment missed on the day the advice fell due, not the day after (reg 8(2)(c))', () => {
    expect(isAdviceExceptionCase(advice, [missed('2026-04-13')])).toBe(true);
    expect(isAdviceExceptionCase(advice, [missed('2026-04-14')])).toBe(false);
  });

  it('is not one for a school holiday, which reg 8(2) does not allow', () => {
    expect(
      isAdviceExceptionCase(advice, [
        {
          regulation: '8(2)',
          kind: 'school_closure',
          startsOn: '2026-03-28',
          endsOn: '2026-04-26',
          adviceId: 'salt-1',
        },
      ]),
    ).toBe(false);
  });

  it('is not one for an exception to the 20 weeks, or for another advice', () => {
    expect(isAdviceExceptionCase(advice, [absence('2026-03-02', '2026-04-20')])).toBe(false);
    expect(isAdviceExceptionCase(advice, [{ ...missed('2026-03-10'), adviceId: 'ep-1' }])).toBe(false);
    expect(isAdviceExceptionCase(advice, [])).toBe(false);
  });
});

describe('whether a request is an exception case for the decision whether to assess', () => {
  // Received Monday 11 May 2026: the decision whether to assess is due on 22 June 2026 (reg 5(1)).
  const circumstances = (startsOn: string): RecordedException => ({
    regulation: '5(4)',
    kind: 'exceptional_circumstances',
    startsOn,
  });

  it('is one for circumstances that began on the day the decision fell due, not the day after (reg 5(4)(b))', () => {
    expect(isDecisionToAssessExceptionCase(receivedOn, [circumstances('2026-06-22')])).toBe(true);
    expect(isDecisionToAssessExceptionCase(receivedOn, [circumstances('2026-06-23')])).toBe(false);
  });

  it('is not one for an exception to the 20 weeks only', () => {
    expect(isDecisionToAssessExceptionCase(receivedOn, [absence('2026-05-11', '2026-06-20')])).toBe(false);
  });
});
