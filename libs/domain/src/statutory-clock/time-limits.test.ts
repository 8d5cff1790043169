import { describe, expect, it } from 'vitest';
import { dayOfWeek } from '../calendar-date/calendar-date.js';
import {
  adviceDeadline,
  decisionNotToIssueDeadline,
  decisionToAssessDeadline,
  decisionToAssessTarget,
  decisionToIssueTarget,
  earliestFinalPlanDate,
  finalPlanDeadline,
  latestDraftForFinalOnTime,
  weekOfPath,
  weekOfPathLabel,
} from './time-limits.js';

describe('the limits of the 20-week path, counted from the day the request is received', () => {
  const receivedOn = '2026-03-02';

  it('the decision whether to assess is due 6 weeks after the request, with a local target of 2 weeks (reg 5(1))', () => {
    expect(decisionToAssessDeadline(receivedOn)).toBe('2026-04-13');
    expect(decisionToAssessTarget(receivedOn)).toBe('2026-03-16');
  });

  it('a decision not to issue is due by week 16 (reg 10(1)); the local target to decide to issue is week 14', () => {
    expect(decisionNotToIssueDeadline(receivedOn)).toBe('2026-06-22');
    expect(decisionToIssueTarget(receivedOn)).toBe('2026-06-08');
  });

  it('the final plan is due 20 weeks after the request (reg 13(2))', () => {
    expect(finalPlanDeadline(receivedOn)).toBe('2026-07-20');
  });

  it('a deadline falls on the same day of the week as the request', () => {
    expect(dayOfWeek(finalPlanDeadline(receivedOn))).toBe(dayOfWeek(receivedOn));
  });
});

describe('advice', () => {
  it('an advice asked on 1 March is due on 12 April (reg 8(1))', () => {
    expect(adviceDeadline('2026-03-01')).toBe('2026-04-12');
  });

  it('counts 6 weeks from the day the advice was asked, not from the request', () => {
    expect(adviceDeadline('2026-03-16')).toBe('2026-04-27');
  });
});

describe('leap years', () => {
  it('a request received on 18 January 2024 has its decision due on 29 February', () => {
    expect(decisionToAssessDeadline('2024-01-18')).toBe('2024-02-29');
  });

  it('a request received on 18 January 2024 has its final plan due on 6 June, counting 29 February', () => {
    expect(finalPlanDeadline('2024-01-18')).toBe('2024-06-06');
    // The same request a year later has no 29 February to count.
    expect(finalPlanDeadline('2025-01-18')).toBe('2025-06-07');
  });
});

describe('requests received on a weekend or a bank holiday', () => {
  it('a request received on a Saturday counts from the Saturday', () => {
    expect(dayOfWeek('2026-03-07')).toBe('saturday');
    expect(decisionToAssessDeadline('2026-03-07')).toBe('2026-04-18');
    expect(finalPlanDeadline('2026-03-07')).toBe('2026-07-25');
  });

  it('a request received on a Sunday counts from the Sunday, and its deadline may fall on a Sunday', () => {
    expect(finalPlanDeadline('2026-03-08')).toBe('2026-07-26');
    expect(dayOfWeek('2026-07-26')).toBe('sunday');
  });

  it('a request received on the early May bank holiday counts from that day', () => {
    expect(decisionToAssessDeadline('2026-05-04')).toBe('2026-06-15');
  });

  it('a request received on Christmas Day counts from Christmas Day, holidays included', () => {
    expect(finalPlanDeadline('2025-12-25')).toBe('2026-05-14');
  });
});

describe('the draft plan and the family’s 15 days (reg 13(1))', () => {
  it('a final plan may be issued 15 days after its draft, not sooner', () => {
    expect(earliestFinalPlanDate('2026-06-01')).toBe('2026-06-16');
  });

  it('counts the 15 days across the end of February in a leap year', () => {
    expect(earliestFinalPlanDate('2028-02-20')).toBe('2028-03-06');
  });

  it('the last day for a draft that still leaves the family 15 days before week 20', () => {
    expect(latestDraftForFinalOnTime('2026-03-02')).toBe('2026-07-05');
    expect(earliestFinalPlanDate(latestDraftForFinalOnTime('2026-03-02'))).toBe(
      finalPlanDeadline('2026-03-02'),
    );
  });
});

describe('the week of the path', () => {
  const receivedOn = '2026-03-02';

  it('the day the request is received is in week 1', () => {
    expect(weekOfPath(receivedOn, receivedOn)).toBe(1);
  });

  it('the 7th day after receipt ends week 1; the 8th begins week 2', () => {
    expect(weekOfPath(receivedOn, '2026-03-09')).toBe(1);
    expect(weekOfPath(receivedOn, '2026-03-10')).toBe(2);
  });

  it('the 20-week deadline day itself is the last of week 20; the day after begins week 21', () => {
    expect(finalPlanDeadline(receivedOn)).toBe('2026-07-20');
    expect(weekOfPath(receivedOn, '2026-07-20')).toBe(20);
    expect(weekOfPath(receivedOn, '2026-07-21')).toBe(21);
  });

  it('reads "week 5 of 20", "due today" on the deadline day, and keeps counting past the limit', () => {
    expect(weekOfPathLabel(weekOfPath(receivedOn, '2026-03-30'))).toBe('week 4 of 20');
    expect(weekOfPathLabel(weekOfPath(receivedOn, '2026-03-31'))).toBe('week 5 of 20');
    expect(weekOfPathLabel(20, true)).toBe('week 20 of 20, due today');
    expect(weekOfPathLabel(weekOfPath(receivedOn, '2026-08-03'))).toBe('week 22 of 20');
  });
});
