import { describe, expect, it } from 'vitest';
import type { AdviceException, DecisionToAssessException, PlanException } from './clock-events.js';
import {
  checkAdviceException,
  checkDecisionToAssessException,
  checkPlanException,
  type ExceptionCheck,
} from './time-limit-exceptions.js';

const reasonOf = (check: ExceptionCheck) => (check.ok ? null : check.reason);
const coronavirus = (startsOn: string, endsOn: string | null = null): PlanException => ({
  regulation: '10(4)',
  kind: 'coronavirus',
  startsOn,
  endsOn,
});

describe('the 2020 coronavirus easement (SI 2020/471, in force 1 May to 25 September 2020)', () => {
  // Received 6 January 2020: the final plan was due on 25 May 2020.
  const january = '2020-01-06';

  it('holds from the first day it was in force, and not the day before', () => {
    expect(checkPlanException(coronavirus('2020-05-01', '2020-05-20'), january)).toEqual({ ok: true });
    expect(checkPlanException(coronavirus('2020-04-30', '2020-05-20'), january)).toEqual({
      ok: false,
      field: 'startsOn',
      reason:
        'The coronavirus exception (SI 2020/471) was in force from 1 May 2020 to 25 September 2020: it cannot start on 30 April 2020.',
    });
  });

  it('holds to the last day it was in force, and not the day after', () => {
    // Received 4 May 2020: due 21 September 2020.
    expect(checkPlanException(coronavirus('2020-05-04', '2020-09-25'), '2020-05-04')).toEqual({ ok: true });
    expect(checkPlanException(coronavirus('2020-05-04', '2020-09-26'), '2020-05-04')).toMatchObject({
      ok: false,
      field: 'endsOn',
    });
  });

  it('needs the limit to have fallen due while it was in force', () => {
    // 20 weeks from 13 December 2019 is 1 May 2020; from 12 December, 30 April.
    expect(checkPlanException(coronavirus('2020-05-01'), '2019-12-13')).toEqual({ ok: true });
    expect(reasonOf(checkPlanException(coronavirus('2020-05-01'), '2019-12-12'))).toBe(
      'The coronavirus exception (SI 2020/471) was in force from 1 May 2020 to 25 September 2020, and the final plan was due on 30 April 2020: the usual time limit applied.',
    );
    // 20 weeks from 8 May 2020 is 25 September; from 9 May, 26 September.
    expect(checkPlanException(coronavirus('2020-06-01'), '2020-05-08')).toEqual({ ok: true });
    expect(checkPlanException(coronavirus('2020-06-01'), '2020-05-09').ok).toBe(false);
  });

  it('needs the disruption to have begun by the deadline', () => {
    expect(checkPlanException(coronavirus('2020-05-25'), january)).toEqual({ ok: true });
    expect(reasonOf(checkPlanException(coronavirus('2020-05-26'), january))).toBe(
      'The disruption began after the final plan was due on 25 May 2020.',
    );
  });

  it('eases an advice’s 6 weeks and the 6-week decision whether to assess the same way', () => {
    const advice = (startsOn: string): AdviceException => ({
      regulation: '8(2)',
      kind: 'coronavirus',
      adviceId: 'salt-1',
      startsOn,
    });
    // Asked 1 June 2020: due 13 July 2020.
    expect(checkAdviceException(advice('2020-07-13'), '2020-06-01')).toEqual({ ok: true });
    expect(checkAdviceException(advice('2020-07-14'), '2020-06-01').ok).toBe(false);
    const decision = (startsOn: string): DecisionToAssessException => ({
      regulation: '5(4)',
      kind: 'coronavirus',
      startsOn,
    });
    // Received 19 March 2020: the decision was due on 30 April 2020, the day before the easement.
    expect(checkDecisionToAssessException(decision('2020-05-01'), '2020-03-20')).toEqual({ ok: true });
    expect(checkDecisionToAssessException(decision('2020-05-01'), '2020-03-19').ok).toBe(false);
  });
});
