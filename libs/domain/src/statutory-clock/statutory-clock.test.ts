import { describe, expect, it } from 'vitest';
import type { ClockEvent, TimeLimitException } from './clock-events.js';
import {
  statutoryClock,
  StatutoryClockError,
  type RequestClock,
  type RequestMilestone,
} from './statutory-clock.js';
import type { MilestoneKind } from './milestones.js';

// Factories: one event each, in the council's words.
const received = (on: string): ClockEvent => ({ type: 'request_received', on });
const agreedToAssess = (on: string): ClockEvent => ({ type: 'decision_to_assess', on, outcome: 'agree' });
const refusedToAssess = (on: string): ClockEvent => ({ type: 'decision_to_assess', on, outcome: 'refuse' });
const adviceAsked = (adviceId: string, agency: string, on: string): ClockEvent => ({
  type: 'advice_requested',
  on,
  adviceId,
  agency,
});
const adviceBack = (adviceId: string, on: string): ClockEvent => ({ type: 'advice_returned', on, adviceId });
const adviceCancelled = (adviceId: string, on: string): ClockEvent => ({
  type: 'advice_cancelled',
  on,
  adviceId,
});
const decidedToIssue = (on: string): ClockEvent => ({ type: 'decision_to_issue', on, outcome: 'issue' });
const decidedNotToIssue = (on: string): ClockEvent => ({
  type: 'decision_to_issue',
  on,
  outcome: 'not_issue',
});
const draftIssued = (on: string): ClockEvent => ({ type: 'draft_issued', on });
const finalIssued = (on: string): ClockEvent => ({ type: 'final_issued', on });
const withdrawn = (on: string): ClockEvent => ({ type: 'withdrawn', on });
const exceptionRecorded = (exception: TimeLimitException, on = '2026-09-01'): ClockEvent => ({
  type: 'exception_recorded',
  on,
  exception,
});

/**
 * A request received on Monday 2 March 2026: decision to assess due 13 April (target 16 March), a
 * decision not to issue due 22 June (target to issue: 8 June), final plan due 20 July.
 */
const aRequest = (...events: ClockEvent[]): ClockEvent[] => [received('2026-03-02'), ...events];
const milestoneOf = (clock: RequestClock, kind: MilestoneKind): RequestMilestone | undefined =>
  clock.milestones.find((m) => m.milestone === kind);
const kindsOf = (clock: RequestClock) => clock.milestones.map((m) => m.milestone);

describe('a request just received', () => {
  const clock = statutoryClock(aRequest(), '2026-03-02');

  it('is in week 1 of 20 on the day it is received', () => {
    expect(clock).toMatchObject({
      receivedOn: '2026-03-02',
      state: 'open',
      week: 1,
      ofWeeks: 20,
      weekLabel: 'week 1 of 20',
    });
  });

  it('awaits only the decision whether to assess, due in 6 weeks with a local target of 2 (reg 5(1))', () => {
    expect(kindsOf(clock)).toEqual(['decision_to_assess']);
    expect(clock.nextDue).toMatchObject({
      milestone: 'decision_to_assess',
      regulation: 'reg 5(1)',
      statutoryDeadline: '2026-04-13',
      localTarget: '2026-03-16',
      status: 'open_on_track',
      daysLeft: 42,
      daysOverdue: null,
    });
  });
});

describe('the decision whether to assess (reg 5(1))', () => {
  it('is due soon on its deadline day and overdue the day after', () => {
    expect(statutoryClock(aRequest(), '2026-04-13').nextDue).toMatchObject({
      status: 'due_soon',
      daysLeft: 0,
    });
    expect(statutoryClock(aRequest(), '2026-04-14').nextDue).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
    });
  });

  it('agreed on the deadline day itself is on time, but misses the week-2 target', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-04-13')), '2026-04-20');
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      status: 'completed_on_time',
      localTargetMet: false,
      outcome: 'agree',
    });
  });

  it('agreed the day after the deadline is late by one day', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-04-14')), '2026-04-20');
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('agreed within two weeks meets the local target', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-03-16')), '2026-04-20');
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      status: 'completed_on_time',
      localTargetMet: true,
    });
  });

  it('once agreed, the decision whether to issue and the 20-week final plan come due', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-03-16')), '2026-04-20');
    expect(kindsOf(clock)).toEqual(['decision_to_assess', 'decision_whether_to_issue', 'final_plan']);
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      statutoryDeadline: '2026-07-20',
      regulation: 'reg 13(2)',
      status: 'open_on_track',
    });
  });
});

describe('a refusal to assess stops the clock', () => {
  const clock = statutoryClock(aRequest(refusedToAssess('2026-03-20')), '2026-09-01');

  it('stops with the refusal: nothing further is due', () => {
    expect(clock).toMatchObject({
      state: 'stopped',
      stoppedBecause: 'refused_to_assess',
      endedOn: '2026-03-20',
      nextDue: null,
    });
    expect(kindsOf(clock)).toEqual(['decision_to_assess']);
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      status: 'completed_on_time',
      outcome: 'refuse',
    });
  });

  it('keeps the week the path stopped in, not the week it is today', () => {
    expect(clock.weekLabel).toBe('week 3 of 20');
  });

  it('leaves out, with a warning, anything recorded after the refusal', () => {
    const later = statutoryClock(
      aRequest(refusedToAssess('2026-03-20'), adviceAsked('ep-1', 'EP service', '2026-03-25')),
      '2026-09-01',
    );
    expect(kindsOf(later)).toEqual(['decision_to_assess']);
    expect(later.warnings).toEqual([expect.objectContaining({ code: 'after_path_ended', on: '2026-03-25' })]);
  });
});

describe('advice (reg 8(1))', () => {
  const events = aRequest(
    agreedToAssess('2026-03-16'),
    adviceAsked('salt-1', 'Speech and language therapy', '2026-03-16'),
    adviceAsked('ep-1', 'EP service', '2026-03-16'),
    adviceAsked('camhs-1', 'CAMHS', '2026-03-16'),
    adviceBack('salt-1', '2026-04-27'),
    adviceBack('ep-1', '2026-04-28'),
  );
  const clock = statutoryClock(events, '2026-05-01');
  const advice = (id: string) => clock.milestones.find((m) => m.adviceId === id);

  it('each advice is due 6 weeks from the day it was asked for, and names who was asked', () => {
    expect(advice('salt-1')).toMatchObject({
      label: 'Advice from Speech and language therapy',
      agency: 'Speech and language therapy',
      startsOn: '2026-03-16',
      statutoryDeadline: '2026-04-27',
      regulation: 'reg 8(1)',
    });
  });

  it('advice returned on its deadline day is on time; the day after is late', () => {
    expect(advice('salt-1')?.status).toBe('completed_on_time');
    expect(advice('ep-1')).toMatchObject({ status: 'completed_late', daysOverdue: 1, exceptionCase: false });
  });

  it('advice not yet returned after its deadline is overdue, and is what is due next', () => {
    expect(advice('camhs-1')).toMatchObject({ status: 'overdue', daysOverdue: 4 });
    expect(clock.nextDue?.adviceId).toBe('camhs-1');
  });

  it('a cancelled advice is no longer due', () => {
    const cancelled = statutoryClock([...events, adviceCancelled('camhs-1', '2026-04-01')], '2026-05-01');
    expect(cancelled.milestones.find((m) => m.adviceId === 'camhs-1')).toBeUndefined();
  });

  it('warns about advice returned that was never asked for', () => {
    const odd = statutoryClock([...events, adviceBack('ot-1', '2026-04-20')], '2026-05-01');
    expect(odd.warnings).toEqual([expect.objectContaining({ code: 'unknown_advice', on: '2026-04-20' })]);
  });
});

describe('exceptions to an advice’s 6 weeks (reg 8(2))', () => {
  const base = aRequest(
    agreedToAssess('2026-03-16'),
    adviceAsked('ep-1', 'EP service', '2026-03-16'),
    adviceBack('ep-1', '2026-05-15'),
  );

  it('a late advice whose child missed the appointment is an exception case, not simply late', () => {
    const clock = statutoryClock(
      [
        ...base,
        exceptionRecorded({
          regulation: '8(2)',
          kind: 'missed_appointment',
          adviceId: 'ep-1',
          startsOn: '2026-04-02',
        }),
      ],
      '2026-05-20',
    );
    const advice = clock.milestones.find((m) => m.adviceId === 'ep-1');
    expect(advice).toMatchObject({
      status: 'completed_late',
      exceptionCase: true,
      exceptions: [expect.objectContaining({ kind: 'missed_appointment' })],
    });
  });

  it('an exception to one advice is not an exception to the 20 weeks', () => {
    const clock = statutoryClock(
      [
        ...base,
        exceptionRecorded({
          regulation: '8(2)',
          kind: 'missed_appointment',
          adviceId: 'ep-1',
          startsOn: '2026-04-02',
        }),
      ],
      '2026-05-20',
    );
    expect(clock.exceptionCase).toBe(false);
    expect(milestoneOf(clock, 'final_plan')?.exceptionCase).toBe(false);
  });

  it('a fortnight away from the area is rejected with its reason, and the advice stays simply late', () => {
    const clock = statutoryClock(
      [
        ...base,
        exceptionRecorded({
          regulation: '8(2)',
          kind: 'absent_from_area',
          adviceId: 'ep-1',
          startsOn: '2026-04-01',
          endsOn: '2026-04-14',
        }),
      ],
      '2026-05-20',
    );
    expect(clock.rejectedExceptions).toEqual([
      {
        exception: expect.objectContaining({ kind: 'absent_from_area' }),
        reason: expect.stringMatching(/less than the 4 continuous weeks/),
      },
    ]);
    expect(clock.milestones.find((m) => m.adviceId === 'ep-1')).toMatchObject({
      status: 'completed_late',
      exceptionCase: false,
    });
  });

  it('an exception for an advice that was never asked for is rejected', () => {
    const clock = statutoryClock(
      [
        ...base,
        exceptionRecorded({
          regulation: '8(2)',
          kind: 'missed_appointment',
          adviceId: 'nope',
          startsOn: '2026-04-02',
        }),
      ],
      '2026-05-20',
    );
    expect(clock.rejectedExceptions[0]?.reason).toMatch(/No advice nope was asked for/);
  });
});

describe('the decision whether to issue a plan', () => {
  it('is due by week 16 while undecided (reg 10(1)), with a local target of week 14', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-03-16')), '2026-06-09');
    expect(milestoneOf(clock, 'decision_whether_to_issue')).toMatchObject({
      regulation: 'reg 10(1)',
      statutoryDeadline: '2026-06-22',
      localTarget: '2026-06-08',
      dueBasis: 'statutory',
      status: 'open_on_track',
      daysLeft: 13,
      localTargetMet: false,
    });
  });

  it('a decision not to issue on the last day of week 16 is on time, and stops the clock', () => {
    const clock = statutoryClock(
      aRequest(
        agreedToAssess('2026-03-16'),
        adviceAsked('ot-1', 'OT', '2026-06-01'),
        decidedNotToIssue('2026-06-22'),
      ),
      '2026-07-01',
    );
    expect(clock).toMatchObject({
      state: 'stopped',
      stoppedBecause: 'not_to_issue',
      endedOn: '2026-06-22',
      nextDue: null,
    });
    expect(milestoneOf(clock, 'decision_whether_to_issue')).toMatchObject({
      status: 'completed_on_time',
      outcome: 'not_issue',
    });
    // Neither the final plan nor the advice still out is due any longer.
    expect(kindsOf(clock)).toEqual(['decision_to_assess', 'decision_whether_to_issue']);
  });

  it('a decision not to issue the day after week 16 ends is late', () => {
    const clock = statutoryClock(
      aRequest(agreedToAssess('2026-03-16'), decidedNotToIssue('2026-06-23')),
      '2026-07-01',
    );
    expect(milestoneOf(clock, 'decision_whether_to_issue')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('a decision to issue has no limit of its own in law and is judged against the week-14 target', () => {
    const onTarget = statutoryClock(
      aRequest(agreedToAssess('2026-03-16'), decidedToIssue('2026-06-08')),
      '2026-06-10',
    );
    const afterTarget = statutoryClock(
      aRequest(agreedToAssess('2026-03-16'), decidedToIssue('2026-06-09')),
      '2026-06-10',
    );
    expect(milestoneOf(onTarget, 'decision_whether_to_issue')).toMatchObject({
      statutoryDeadline: null,
      regulation: null,
      dueBasis: 'local_target',
      status: 'completed_on_time',
      localTargetMet: true,
    });
    expect(milestoneOf(afterTarget, 'decision_whether_to_issue')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
      localTargetMet: false,
    });
  });
});

describe('the draft and the final plan', () => {
  const toIssue = aRequest(agreedToAssess('2026-03-16'), decidedToIssue('2026-06-01'));

  it('once a plan is to be issued, the draft is due by the last day that leaves the family 15 days before week 20', () => {
    const clock = statutoryClock(toIssue, '2026-06-29');
    expect(milestoneOf(clock, 'draft_plan')).toMatchObject({
      statutoryDeadline: null,
      localTarget: '2026-07-05',
      dueBasis: 'local_target',
      status: 'due_soon',
      daysLeft: 6,
    });
  });

  it('a final plan issued on the last day of the 20 weeks is on time', () => {
    const clock = statutoryClock(
      [...toIssue, draftIssued('2026-07-01'), finalIssued('2026-07-20')],
      '2026-08-01',
    );
    expect(clock).toMatchObject({
      state: 'plan_issued',
      endedOn: '2026-07-20',
      stoppedBecause: null,
      nextDue: null,
    });
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      status: 'completed_on_time',
      earliestIssueOn: '2026-07-16',
      issuedBeforeFamilyRepresentationsEnded: false,
    });
    // Day 140 is the last day of week 20, and on time.
    expect(clock.weekLabel).toBe('week 20 of 20');
  });

  it('a final plan issued the day after the 20 weeks is late', () => {
    const clock = statutoryClock(
      [...toIssue, draftIssued('2026-07-01'), finalIssued('2026-07-21')],
      '2026-08-01',
    );
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({ status: 'completed_late', daysOverdue: 1 });
  });

  it('after a draft, says the first day the final plan may be issued (reg 13(1))', () => {
    const clock = statutoryClock([...toIssue, draftIssued('2026-06-20')], '2026-06-25');
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      earliestIssueOn: '2026-07-05',
      status: 'open_on_track',
    });
    expect(milestoneOf(clock, 'draft_plan')).toMatchObject({ status: 'completed_on_time' });
  });

  it('flags a final plan issued before the family’s 15 days on the draft were up', () => {
    const clock = statutoryClock(
      [...toIssue, draftIssued('2026-07-06'), finalIssued('2026-07-20')],
      '2026-08-01',
    );
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      status: 'completed_on_time',
      earliestIssueOn: '2026-07-21',
      issuedBeforeFamilyRepresentationsEnded: true,
    });
    expect(clock.warnings).toEqual([
      expect.objectContaining({ code: 'final_before_family_representations_ended', on: '2026-07-20' }),
    ]);
  });

  it('issued on the 15th day after the draft, the final plan respects the family’s time', () => {
    const clock = statutoryClock(
      [...toIssue, draftIssued('2026-07-05'), finalIssued('2026-07-20')],
      '2026-08-01',
    );
    expect(milestoneOf(clock, 'final_plan')?.issuedBeforeFamilyRepresentationsEnded).toBe(false);
    expect(clock.warnings).toEqual([]);
  });

  it('warns about a final plan with no draft', () => {
    const clock = statutoryClock([...toIssue, finalIssued('2026-07-20')], '2026-08-01');
    expect(clock.warnings.map((w) => w.code)).toEqual(['final_without_draft']);
  });

  it('an open request on its deadline day is on time: "week 20 of 20, due today"; the day after, week 21', () => {
    const onTheDay = statutoryClock(toIssue, '2026-07-20');
    expect(milestoneOf(onTheDay, 'final_plan')).toMatchObject({ status: 'due_soon', daysLeft: 0 });
    expect(onTheDay.weekLabel).toBe('week 20 of 20, due today');
    const dayAfter = statutoryClock(toIssue, '2026-07-21');
    expect(milestoneOf(dayAfter, 'final_plan')).toMatchObject({ status: 'overdue', daysOverdue: 1 });
    expect(dayAfter.weekLabel).toBe('week 21 of 20');
  });

  it('an open request past 20 weeks is overdue and reads "week 22 of 20" two weeks on', () => {
    const clock = statutoryClock(toIssue, '2026-08-03');
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({ status: 'overdue', daysOverdue: 14 });
    expect(clock.weekLabel).toBe('week 22 of 20');
  });

  it('an outstanding advice is no longer due once the final plan is issued', () => {
    const clock = statutoryClock(
      [
        ...toIssue,
        adviceAsked('ot-1', 'OT', '2026-05-01'),
        draftIssued('2026-07-01'),
        finalIssued('2026-07-20'),
      ],
      '2026-08-01',
    );
    expect(clock.milestones.some((m) => m.adviceId === 'ot-1')).toBe(false);
  });
});

describe('a withdrawn request', () => {
  const clock = statutoryClock(
    aRequest(
      agreedToAssess('2026-03-16'),
      adviceAsked('ep-1', 'EP service', '2026-03-16'),
      adviceBack('ep-1', '2026-04-01'),
      adviceAsked('ot-1', 'OT', '2026-03-16'),
      withdrawn('2026-04-10'),
      adviceBack('ot-1', '2026-04-20'),
    ),
    '2026-09-01',
  );

  it('stops the clock: only what was done before the withdrawal remains', () => {
    expect(clock).toMatchObject({
      state: 'stopped',
      stoppedBecause: 'withdrawn',
      endedOn: '2026-04-10',
      nextDue: null,
      weekLabel: 'week 6 of 20',
    });
    expect(clock.milestones.map((m) => m.adviceId ?? m.milestone)).toEqual(['decision_to_assess', 'ep-1']);
  });

  it('warns about steps recorded after the withdrawal', () => {
    expect(clock.warnings.map((w) => w.code)).toEqual(['after_path_ended']);
  });
});

describe('exceptions to the 16 and 20 weeks (reg 10(4))', () => {
  // Received 11 May 2026: final plan due 28 September; the school is closed 22 July to 2 September.
  const summerRequest = [
    received('2026-05-11'),
    agreedToAssess('2026-05-20'),
    adviceAsked('school-1', 'Head teacher, Oak Primary', '2026-07-20'),
    adviceBack('school-1', '2026-09-07'),
    decidedToIssue('2026-09-10'),
    draftIssued('2026-09-20'),
    finalIssued('2026-10-09'),
  ];
  const summerClosure = (adviceAskedOn: string): TimeLimitException => ({
    regulation: '10(4)',
    kind: 'school_closure',
    startsOn: '2026-07-22',
    endsOn: '2026-09-02',
    adviceAskedOn,
  });

  it('a late final plan after advice asked of a school just before the summer closure is an exception case', () => {
    const clock = statutoryClock(
      [...summerRequest, exceptionRecorded(summerClosure('2026-07-20'))],
      '2026-10-20',
    );
    expect(clock.exceptionCase).toBe(true);
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 11,
      exceptionCase: true,
    });
    expect(milestoneOf(clock, 'decision_whether_to_issue')?.exceptionCase).toBe(true);
  });

  it('does not touch the decision whether to assess', () => {
    const clock = statutoryClock(
      [...summerRequest, exceptionRecorded(summerClosure('2026-07-20'))],
      '2026-10-20',
    );
    expect(milestoneOf(clock, 'decision_to_assess')?.exceptionCase).toBe(false);
  });

  it('leaves the school’s advice, late over the summer holiday, simply late: holidays are no exception for advice', () => {
    const clock = statutoryClock(
      [...summerRequest, exceptionRecorded(summerClosure('2026-07-20'))],
      '2026-10-20',
    );
    expect(clock.milestones.find((m) => m.adviceId === 'school-1')).toMatchObject({
      statutoryDeadline: '2026-08-31',
      status: 'completed_late',
      exceptionCase: false,
    });
  });

  it('a closure exception for advice asked outside the window is rejected, and the plan is simply late', () => {
    const clock = statutoryClock(
      [...summerRequest, exceptionRecorded(summerClosure('2026-07-14'))],
      '2026-10-20',
    );
    expect(clock.exceptionCase).toBe(false);
    expect(clock.rejectedExceptions).toHaveLength(1);
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      status: 'completed_late',
      exceptionCase: false,
    });
  });

  it('counts an exception recorded after the final plan was issued', () => {
    const clock = statutoryClock(
      [
        ...summerRequest,
        exceptionRecorded(
          { regulation: '10(4)', kind: 'exceptional_circumstances', startsOn: '2026-08-01' },
          '2026-10-15',
        ),
      ],
      '2026-10-20',
    );
    expect(clock.exceptionCase).toBe(true);
    expect(clock.warnings).toEqual([]);
  });

  it('an absence from the area of 4 weeks is an exception; of 3 weeks it is rejected', () => {
    const fourWeeks = statutoryClock(
      [
        ...summerRequest,
        exceptionRecorded({
          regulation: '10(4)',
          kind: 'absent_from_area',
          startsOn: '2026-06-01',
          endsOn: '2026-06-28',
        }),
      ],
      '2026-10-20',
    );
    const threeWeeks = statutoryClock(
      [
        ...summerRequest,
        exceptionRecorded({
          regulation: '10(4)',
          kind: 'absent_from_area',
          startsOn: '2026-06-01',
          endsOn: '2026-06-21',
        }),
      ],
      '2026-10-20',
    );
    expect(fourWeeks.exceptionCase).toBe(true);
    expect(threeWeeks.exceptionCase).toBe(false);
    expect(threeWeeks.rejectedExceptions[0]?.reason).toMatch(/21 days/);
  });
});

describe('an exception to the 6 weeks for the decision whether to assess (reg 5(4))', () => {
  // Received 1 June 2026: the decision is due on 13 July; it was taken on 20 July.
  const lateDecision = [received('2026-06-01'), agreedToAssess('2026-07-20')];
  const away = (startsOn: string): TimeLimitException => ({
    regulation: '5(4)',
    kind: 'absent_from_area',
    startsOn,
    endsOn: '2026-08-31',
  });

  it('marks the late decision as an exception case, but not the request’s 20 weeks', () => {
    const clock = statutoryClock([...lateDecision, exceptionRecorded(away('2026-06-16'))], '2026-07-21');
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      status: 'completed_late',
      exceptionCase: true,
    });
    expect(clock.exceptionCase).toBe(false);
    expect(milestoneOf(clock, 'final_plan')?.exceptionCase).toBe(false);
  });

  it('rejects an absence with fewer than 4 of its weeks within the 6, and the decision is simply late', () => {
    const clock = statutoryClock([...lateDecision, exceptionRecorded(away('2026-06-17'))], '2026-07-21');
    expect(milestoneOf(clock, 'decision_to_assess')?.exceptionCase).toBe(false);
    expect(clock.rejectedExceptions.map((r) => r.reason)).toEqual([expect.stringMatching(/reg 5\(4\)\(c\)/)]);
  });
});

describe('leap years', () => {
  const leapRequest = [received('2024-01-18')];

  it('a request received on 18 January 2024 has its decision due on 29 February: on time that day, late on 1 March', () => {
    expect(
      milestoneOf(
        statutoryClock([...leapRequest, agreedToAssess('2024-02-29')], '2024-03-05'),
        'decision_to_assess',
      )?.status,
    ).toBe('completed_on_time');
    expect(
      milestoneOf(
        statutoryClock([...leapRequest, agreedToAssess('2024-03-01')], '2024-03-05'),
        'decision_to_assess',
      )?.status,
    ).toBe('completed_late');
  });

  it('the same request has its final plan due on 6 June 2024, 20 weeks counting 29 February', () => {
    const clock = statutoryClock(
      [
        ...leapRequest,
        agreedToAssess('2024-02-20'),
        decidedToIssue('2024-04-20'),
        draftIssued('2024-05-10'),
        finalIssued('2024-06-06'),
      ],
      '2024-06-10',
    );
    expect(milestoneOf(clock, 'final_plan')).toMatchObject({
      statutoryDeadline: '2024-06-06',
      status: 'completed_on_time',
    });
  });
});

describe('requests received on a weekend or a bank holiday', () => {
  it('a request received on a Saturday counts from the Saturday: the 7th day after ends week 1, the 8th starts week 2', () => {
    expect(statutoryClock([received('2026-03-07')], '2026-03-14').week).toBe(1);
    expect(statutoryClock([received('2026-03-07')], '2026-03-15').week).toBe(2);
  });

  it('a decision due on a Saturday and made the Monday after is late: weekends are not skipped', () => {
    const clock = statutoryClock([received('2026-03-07'), agreedToAssess('2026-04-20')], '2026-04-21');
    expect(milestoneOf(clock, 'decision_to_assess')).toMatchObject({
      statutoryDeadline: '2026-04-18',
      status: 'completed_late',
      daysOverdue: 2,
    });
  });

  it('a request received on the early May bank holiday counts from that day', () => {
    expect(statutoryClock([received('2026-05-04')], '2026-05-04').nextDue).toMatchObject({
      statutoryDeadline: '2026-06-15',
      daysLeft: 42,
    });
  });
});

describe('reading the record', () => {
  it('gives the same clock whatever order the events are listed in', () => {
    const events = aRequest(
      agreedToAssess('2026-03-16'),
      adviceAsked('ep-1', 'EP service', '2026-03-20'),
      adviceBack('ep-1', '2026-04-20'),
      decidedToIssue('2026-06-01'),
    );
    expect(statutoryClock([...events].reverse(), '2026-06-10')).toEqual(statutoryClock(events, '2026-06-10'));
  });

  it('cannot run a clock without the day the request was received', () => {
    expect(() => statutoryClock([agreedToAssess('2026-03-16')], '2026-06-10')).toThrow(StatutoryClockError);
  });

  it('counts from the first receipt and warns about a second', () => {
    const clock = statutoryClock([received('2026-03-02'), received('2026-03-09')], '2026-03-10');
    expect(clock.receivedOn).toBe('2026-03-02');
    expect(clock.warnings.map((w) => w.code)).toEqual(['several_receipts']);
  });

  it('counts the first of a repeated decision and warns about the repeat', () => {
    const clock = statutoryClock(
      aRequest(agreedToAssess('2026-03-16'), agreedToAssess('2026-03-20')),
      '2026-03-25',
    );
    expect(milestoneOf(clock, 'decision_to_assess')?.completedOn).toBe('2026-03-16');
    expect(clock.warnings.map((w) => w.code)).toEqual(['repeated_step']);
  });

  it('warns about a step dated before the request was received', () => {
    const clock = statutoryClock(aRequest(agreedToAssess('2026-03-01')), '2026-03-25');
    expect(clock.warnings.map((w) => w.code)).toEqual(['before_received']);
  });
});
