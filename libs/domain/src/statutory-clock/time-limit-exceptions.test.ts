import { describe, expect, it } from 'vitest';
import type { AdviceException, DecisionToAssessException, PlanException } from './clock-events.js';
import { readRecordedException } from './recorded-exception.js';
import {
  checkAdviceException,
  checkDecisionToAssessException,
  checkPlanException,
  type ExceptionCheck,
} from './time-limit-exceptions.js';

const reasonOf = (check: ExceptionCheck) => (check.ok ? null : check.reason);

describe('exceptions to an advice’s 6 weeks (reg 8(2))', () => {
  // Asked on Monday 2 March 2026: due on 13 April 2026.
  const askedOn = '2026-03-02';
  const circumstances = (startsOn: string, endsOn: string | null = null): AdviceException => ({
    regulation: '8(2)',
    kind: 'exceptional_circumstances',
    adviceId: 'salt-1',
    startsOn,
    endsOn,
  });
  const absence = (startsOn: string, endsOn: string | null): AdviceException => ({
    regulation: '8(2)',
    kind: 'absent_from_area',
    adviceId: 'salt-1',
    startsOn,
    endsOn,
  });
  const missed = (startsOn: string): AdviceException => ({
    regulation: '8(2)',
    kind: 'missed_appointment',
    adviceId: 'salt-1',
    startsOn,
  });

  describe('(a) exceptional personal circumstances of the child or family', () => {
    it('holds when they began within the 6 weeks, up to the deadline day itself', () => {
      expect(checkAdviceException(circumstances('2026-03-20'), askedOn)).toEqual({ ok: true });
      expect(checkAdviceException(circumstances('2026-04-13'), askedOn)).toEqual({ ok: true });
    });

    it('holds when they began before the advice was asked and were still going on', () => {
      expect(checkAdviceException(circumstances('2026-02-01', '2026-03-10'), askedOn)).toEqual({ ok: true });
    });

    it('is rejected when they began after the advice was due', () => {
      expect(reasonOf(checkAdviceException(circumstances('2026-04-14'), askedOn))).toMatch(
        /began after the advice was due on 13 April 2026/,
      );
    });

    it('is rejected when they were over before the advice was asked for', () => {
      expect(reasonOf(checkAdviceException(circumstances('2026-01-01', '2026-02-01'), askedOn))).toMatch(
        /ended before the clock started/,
      );
    });

    it('is rejected when it ends before it starts', () => {
      expect(reasonOf(checkAdviceException(circumstances('2026-03-20', '2026-03-19'), askedOn))).toMatch(
        /cannot end before it starts/,
      );
    });
  });

  describe('(b) absence from the area for 4 continuous weeks in that period', () => {
    it('holds for 4 weeks away (28 days, first and last included) within the 6 weeks', () => {
      expect(checkAdviceException(absence('2026-03-05', '2026-04-01'), askedOn)).toEqual({ ok: true });
    });

    it('is rejected for 27 days away, one short of 4 weeks', () => {
      expect(reasonOf(checkAdviceException(absence('2026-03-05', '2026-03-31'), askedOn))).toMatch(
        /27 days .* less than the 4 continuous weeks reg 8\(2\)\(b\) needs/,
      );
    });

    it('is rejected when it has no end recorded', () => {
      expect(reasonOf(checkAdviceException(absence('2026-03-05', null), askedOn))).toMatch(
        /Say when it ended/,
      );
    });

    it('is rejected when fewer than 4 of the weeks away fall within the 6 weeks', () => {
      // Away 30 March to 30 May: 15 days of it fall within 2 March to 13 April.
      expect(reasonOf(checkAdviceException(absence('2026-03-30', '2026-05-30'), askedOn))).toMatch(
        /Only 15 days of the absence fell within the 6 weeks/,
      );
    });

    it('holds when the family left before the advice was asked, if 4 weeks of the absence fall within the 6', () => {
      expect(checkAdviceException(absence('2026-02-20', '2026-03-29'), askedOn)).toEqual({ ok: true });
      expect(checkAdviceException(absence('2026-02-20', '2026-03-28'), askedOn).ok).toBe(false);
    });
  });

  describe('(c) the child failed to keep an appointment', () => {
    it('holds for an appointment missed within the 6 weeks, the first and last days included', () => {
      expect(checkAdviceException(missed('2026-03-02'), askedOn)).toEqual({ ok: true });
      expect(checkAdviceException(missed('2026-04-13'), askedOn)).toEqual({ ok: true });
    });

    it('is rejected for an appointment outside the 6 weeks', () => {
      expect(reasonOf(checkAdviceException(missed('2026-04-14'), askedOn))).toMatch(
        /within the 6 weeks from 2 March 2026 to 13 April 2026/,
      );
      expect(checkAdviceException(missed('2026-03-01'), askedOn).ok).toBe(false);
    });
  });
});

describe('exceptions to the 16 and 20 weeks (reg 10(4))', () => {
  // Received Monday 11 May 2026: the final plan is due on 28 September 2026.
  const receivedOn = '2026-05-11';
  // The school is closed from Wednesday 22 July to Wednesday 2 September, and reopens on Thursday 3 September.
  const summer = (
    adviceAskedOn: string | null,
    startsOn = '2026-07-22',
    endsOn: string | null = '2026-09-02',
    kind: 'school_closure' | 'early_years_closure' = 'school_closure',
  ): PlanException => ({
    regulation: '10(4)',
    kind,
    startsOn,
    endsOn,
    adviceAskedOn,
  });

  describe('(a) advice asked of a school or post-16 institution around a closure of 4 weeks or more', () => {
    it('holds for advice asked one week before the summer closure, the first day of the window', () => {
      expect(checkPlanException(summer('2026-07-15'), receivedOn)).toEqual({ ok: true });
    });

    it('is rejected for advice asked the day before the window opens', () => {
      expect(reasonOf(checkPlanException(summer('2026-07-14'), receivedOn))).toBe(
        'The advice was asked for on 14 July 2026; reg 10(4)(a) covers advice asked from 15 July 2026 (a week before the closure) ' +
          'to 27 August 2026 (a week before it reopens on 3 September 2026).',
      );
    });

    it('holds for advice asked during the holiday, up to one week before the school reopens', () => {
      expect(checkPlanException(summer('2026-08-10'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(summer('2026-08-27'), receivedOn)).toEqual({ ok: true });
    });

    it('is rejected for advice asked in the last week before the school reopens', () => {
      expect(checkPlanException(summer('2026-08-28'), receivedOn).ok).toBe(false);
    });

    it('holds for a closure of exactly 4 weeks', () => {
      expect(checkPlanException(summer('2026-07-20', '2026-07-22', '2026-08-18'), receivedOn)).toEqual({
        ok: true,
      });
    });

    it('is rejected for a closure shorter than 4 weeks, or with no last day recorded', () => {
      expect(
        reasonOf(checkPlanException(summer('2026-07-20', '2026-07-22', '2026-08-17'), receivedOn)),
      ).toMatch(/27 days .* reg 10\(4\)\(a\)/);
      expect(checkPlanException(summer('2026-07-20', '2026-07-22', null), receivedOn).ok).toBe(false);
    });

    it('is rejected without the day the advice was asked for', () => {
      expect(reasonOf(checkPlanException(summer(null), receivedOn))).toBe(
        'Say when the school or post-16 institution was asked for its advice (reg 10(4)(a)).',
      );
    });

    it('holds for advice asked on the day the final plan was due, and is rejected for advice asked after it', () => {
      // Closed 21 September to 30 October: the window runs from 14 September to 24 October.
      const autumn = (askedOn: string) => summer(askedOn, '2026-09-21', '2026-10-30');
      expect(checkPlanException(autumn('2026-09-28'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(autumn('2026-09-29'), receivedOn)).toEqual({
        ok: false,
        field: 'adviceAskedOn',
        reason:
          'The advice was asked for on 29 September 2026, after the final plan was due on 28 September 2026.',
      });
    });

    it('is rejected for advice asked before the request was received', () => {
      expect(reasonOf(checkPlanException(summer('2026-07-15'), '2026-07-20'))).toMatch(
        /before the request was received/,
      );
    });
  });

  describe('(b) advice asked of an early years provider around a closure of 4 weeks or more', () => {
    const nursery = (adviceAskedOn: string | null, endsOn = '2026-09-02') =>
      summer(adviceAskedOn, '2026-07-22', endsOn, 'early_years_closure');

    it('holds inside the window, from a week before the closure to a week before it reopens', () => {
      expect(checkPlanException(nursery('2026-07-15'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(nursery('2026-08-27'), receivedOn)).toEqual({ ok: true });
    });

    it('is rejected outside the window, citing (b)', () => {
      expect(reasonOf(checkPlanException(nursery('2026-07-14'), receivedOn))).toMatch(
        /^The advice .* reg 10\(4\)\(b\) covers/,
      );
      expect(checkPlanException(nursery('2026-08-28'), receivedOn).ok).toBe(false);
    });

    it('needs the provider closed 4 weeks and the day it was asked', () => {
      expect(reasonOf(checkPlanException(nursery('2026-07-20', '2026-08-17'), receivedOn))).toMatch(
        /27 days .* reg 10\(4\)\(b\) needs/,
      );
      expect(reasonOf(checkPlanException(nursery(null), receivedOn))).toBe(
        'Say when the early years provider was asked for its advice (reg 10(4)(b)).',
      );
    });
  });

  describe('(c) exceptional personal circumstances of the child or parent', () => {
    const circumstances = (startsOn: string): PlanException => ({
      regulation: '10(4)',
      kind: 'exceptional_circumstances',
      startsOn,
    });

    it('holds when they began on or before the day the final plan was due', () => {
      expect(checkPlanException(circumstances('2026-06-01'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(circumstances('2026-09-28'), receivedOn)).toEqual({ ok: true });
    });

    it('is rejected when they began after the final plan was due', () => {
      expect(reasonOf(checkPlanException(circumstances('2026-09-29'), receivedOn))).toMatch(
        /after the final plan was due on 28 September 2026/,
      );
    });
  });

  describe('(d) the child or parent absent from the area for 4 continuous weeks', () => {
    const absence = (startsOn: string, endsOn: string | null): PlanException => ({
      regulation: '10(4)',
      kind: 'absent_from_area',
      startsOn,
      endsOn,
    });

    it('holds for 4 weeks away', () => {
      expect(checkPlanException(absence('2026-06-01', '2026-06-28'), receivedOn)).toEqual({ ok: true });
    });

    it('is rejected for 27 days away', () => {
      expect(reasonOf(checkPlanException(absence('2026-06-01', '2026-06-27'), receivedOn))).toMatch(
        /less than the 4 continuous weeks reg 10\(4\)\(d\) needs/,
      );
    });

    it('needs 4 weeks of the absence within the 20 weeks it excuses, the deadline day included', () => {
      // Due 28 September 2026: away from 1 September, 28 days of it fall on or before the deadline.
      expect(checkPlanException(absence('2026-09-01', '2026-10-20'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(absence('2026-09-02', '2026-10-20'), receivedOn)).toEqual({
        ok: false,
        field: 'endsOn',
        reason:
          'Only 27 days of the absence fell within the 20 weeks from 11 May 2026 to 28 September 2026; ' +
          'reg 10(4)(d) needs 4 continuous weeks away within them.',
      });
    });

    it('counts only the days away after the request was received', () => {
      expect(checkPlanException(absence('2026-04-01', '2026-06-07'), receivedOn)).toEqual({ ok: true });
      expect(checkPlanException(absence('2026-04-01', '2026-06-06'), receivedOn).ok).toBe(false);
    });

    it('is rejected for an absence that began after the final plan was due, or ended before the request', () => {
      expect(checkPlanException(absence('2026-09-29', '2026-11-01'), receivedOn).ok).toBe(false);
      expect(checkPlanException(absence('2026-03-01', '2026-05-01'), receivedOn).ok).toBe(false);
    });
  });
});

describe('exceptions to the 6 weeks for the decision whether to assess (reg 5(4))', () => {
  // Received Monday 1 June 2026: the decision is due on 13 July 2026.
  const receivedOn = '2026-06-01';
  const decisionException = (
    kind: DecisionToAssessException['kind'],
    startsOn: string,
    endsOn: string | null = null,
    adviceAskedOn: string | null = null,
  ): DecisionToAssessException => ({ regulation: '5(4)', kind, startsOn, endsOn, adviceAskedOn });

  describe('(a) advice asked of a school around a closure of 4 weeks or more', () => {
    it('holds for advice asked inside the window and by the day the decision was due', () => {
      const spring = (askedOn: string) =>
        decisionException('school_closure', '2026-06-15', '2026-07-20', askedOn);
      // Closed 15 June to 20 July: the window runs from 8 June to 14 July.
      expect(checkDecisionToAssessException(spring('2026-06-08'), receivedOn)).toEqual({ ok: true });
      expect(checkDecisionToAssessException(spring('2026-07-13'), receivedOn)).toEqual({ ok: true });
      expect(reasonOf(checkDecisionToAssessException(spring('2026-06-07'), receivedOn))).toMatch(
        /reg 5\(4\)\(a\) covers advice asked from 8 June 2026/,
      );
      expect(reasonOf(checkDecisionToAssessException(spring('2026-07-14'), receivedOn))).toBe(
        'The advice was asked for on 14 July 2026, after the decision whether to assess was due on 13 July 2026.',
      );
    });

    it('needs the closure to last 4 weeks', () => {
      expect(
        reasonOf(
          checkDecisionToAssessException(
            decisionException('school_closure', '2026-06-15', '2026-07-11', '2026-06-10'),
            receivedOn,
          ),
        ),
      ).toMatch(/27 days .* reg 5\(4\)\(a\) needs/);
    });
  });

  describe('(b) exceptional personal circumstances of the child or parent', () => {
    it('holds when they began by the day the decision was due, and not after it', () => {
      expect(
        checkDecisionToAssessException(
          decisionException('exceptional_circumstances', '2026-07-13'),
          receivedOn,
        ),
      ).toEqual({ ok: true });
      expect(
        reasonOf(
          checkDecisionToAssessException(
            decisionException('exceptional_circumstances', '2026-07-14'),
            receivedOn,
          ),
        ),
      ).toBe('The circumstances began after the decision whether to assess was due on 13 July 2026.');
    });
  });

  describe('(c) the child or parent absent from the area for 4 continuous weeks', () => {
    it('needs 4 weeks of the absence within the 6 weeks', () => {
      // 16 June to 13 July is 28 days of the 6 weeks; from 17 June only 27.
      expect(
        checkDecisionToAssessException(
          decisionException('absent_from_area', '2026-06-16', '2026-08-31'),
          receivedOn,
        ),
      ).toEqual({ ok: true });
      expect(
        reasonOf(
          checkDecisionToAssessException(
            decisionException('absent_from_area', '2026-06-17', '2026-08-31'),
            receivedOn,
          ),
        ),
      ).toBe(
        'Only 27 days of the absence fell within the 6 weeks from 1 June 2026 to 13 July 2026; reg 5(4)(c) needs 4 continuous weeks away within them.',
      );
    });
  });
});

describe('reading an exception as the database keeps it', () => {
  it('refuses a school holiday as the reason an advice was late: it is not an exception for advice', () => {
    const reading = readRecordedException({
      regulation: '8(2)',
      kind: 'school_closure',
      startsOn: '2026-07-22',
      endsOn: '2026-09-02',
      adviceId: 'ep-1',
    });
    expect(reading).toEqual({
      ok: false,
      field: 'kind',
      reason: expect.stringMatching(/School holidays and closures are not an exception for advice/),
    });
  });

  it('needs the advice a reg 8(2) exception applies to', () => {
    expect(
      readRecordedException({ regulation: '8(2)', kind: 'missed_appointment', startsOn: '2026-03-10' }).ok,
    ).toBe(false);
  });

  it('refuses a missed appointment as an exception to the 16 and 20 weeks', () => {
    expect(
      readRecordedException({ regulation: '10(4)', kind: 'missed_appointment', startsOn: '2026-03-10' }),
    ).toEqual({
      ok: false,
      field: 'kind',
      reason: expect.stringMatching(/reg 8\(2\)\(c\)/),
    });
  });

  it('refuses an early years closure under reg 5(4), which has no such limb', () => {
    expect(
      readRecordedException({
        regulation: '5(4)',
        kind: 'early_years_closure',
        startsOn: '2026-07-22',
        endsOn: '2026-09-02',
        adviceAskedOn: '2026-07-15',
      }),
    ).toEqual({
      ok: false,
      field: 'kind',
      reason: expect.stringMatching(/reg 5\(4\) has no exception for an early years/),
    });
  });

  it('refuses a regulation or kind the clock does not know', () => {
    expect(
      readRecordedException({ regulation: '5(1)', kind: 'absent_from_area', startsOn: '2026-03-10' }).ok,
    ).toBe(false);
    expect(readRecordedException({ regulation: '10(4)', kind: 'covid', startsOn: '2026-03-10' }).ok).toBe(
      false,
    );
  });

  it('reads each allowed kind with its dates', () => {
    expect(
      readRecordedException({
        id: 'x1',
        regulation: '8(2)',
        kind: 'absent_from_area',
        startsOn: '2026-03-05',
        endsOn: '2026-04-01',
        adviceId: 'ep-1',
      }),
    ).toEqual({
      ok: true,
      exception: {
        id: 'x1',
        regulation: '8(2)',
        kind: 'absent_from_area',
        adviceId: 'ep-1',
        startsOn: '2026-03-05',
        endsOn: '2026-04-01',
        note: null,
      },
    });
    expect(
      readRecordedException({
        regulation: '10(4)',
        kind: 'early_years_closure',
        startsOn: '2026-07-22',
        endsOn: '2026-09-02',
        adviceAskedOn: '2026-07-15',
      }),
    ).toMatchObject({
      ok: true,
      exception: { regulation: '10(4)', kind: 'early_years_closure', adviceAskedOn: '2026-07-15' },
    });
    expect(
      readRecordedException({
        regulation: '10(4)',
        kind: 'exceptional_circumstances',
        startsOn: '2026-06-01',
        note: 'bereavement',
      }),
    ).toMatchObject({
      ok: true,
      exception: { kind: 'exceptional_circumstances', endsOn: null, note: 'bereavement' },
    });
  });
});
