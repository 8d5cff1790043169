import { describe, expect, it } from 'vitest';
import {
  schoolYearOf,
  transfersByYearGroup,
  yearGroupOn,
  type TransferInYearGroup,
} from './transfer-year-groups.js';

// Read in the school year 2026/27: a child in year 7 today was in year 6 on 15 February 2026.
const today = '2026-12-07';
const toSecondary = (amendedPlanIssuedOn: string | null): TransferInYearGroup => ({
  kind: 'primary_to_secondary',
  transferYear: 2026,
  yearGroupToday: 7,
  amendedPlanIssuedOn,
});
const toPost16 = (amendedPlanIssuedOn: string | null): TransferInYearGroup => ({
  kind: 'secondary_to_post16',
  transferYear: 2026,
  yearGroupToday: 12,
  amendedPlanIssuedOn,
});

describe('phase transfers amended by the deadline, by year group', () => {
  it('starts a school year on 1 September', () => {
    expect(schoolYearOf('2026-08-31')).toBe(2025);
    expect(schoolYearOf('2026-09-01')).toBe(2026);
    expect(yearGroupOn('2026-02-15', 7, today)).toBe(6);
    expect(yearGroupOn('2026-02-15', 7, '2026-08-31')).toBe(7);
  });

  it('counts a year 6 plan amended on 15 February as by the deadline, and one on 16 February as late (reg 18(1))', () => {
    expect(transfersByYearGroup([toSecondary('2026-02-15'), toSecondary('2026-02-16')], today)).toEqual([
      { yearGroup: 6, due: 2, byDeadline: 1, late: 1, outstanding: 0, overdue: 0, percentByDeadline: 50 },
    ]);
  });

  it('gives a year 11 move to post-16 until 31 March: amended that day is in time, on 1 April late (reg 18(1)(a))', () => {
    expect(transfersByYearGroup([toPost16('2026-03-31'), toPost16('2026-04-01')], today)).toEqual([
      { yearGroup: 11, due: 2, byDeadline: 1, late: 1, outstanding: 0, overdue: 0, percentByDeadline: 50 },
    ]);
  });

  it('gives a move between post-16 institutions five months before the move (reg 18(2))', () => {
    const move = (amendedPlanIssuedOn: string): TransferInYearGroup => ({
      kind: 'post16_to_post16',
      transferYear: 2026,
      transfersOn: '2026-09-01',
      yearGroupToday: 13,
      amendedPlanIssuedOn,
    });
    // Five months before 1 September 2026 is 1 April 2026, in the school year 2025/26: year 12.
    expect(transfersByYearGroup([move('2026-04-01'), move('2026-04-02')], today)).toEqual([
      { yearGroup: 12, due: 2, byDeadline: 1, late: 1, outstanding: 0, overdue: 0, percentByDeadline: 50 },
    ]);
  });

  it('lists the year groups youngest first, counting a plan still not amended after its deadline as overdue', () => {
    const rows = transfersByYearGroup(
      [toPost16(null), toSecondary('2026-02-01'), toSecondary(null), toSecondary('2026-01-20')],
      today,
    );
    expect(rows.map((row) => row.yearGroup)).toEqual([6, 11]);
    // 2 of 3 year 6 plans by the deadline: 66.7%.
    expect(rows[0]).toMatchObject({
      due: 3,
      byDeadline: 2,
      outstanding: 1,
      overdue: 1,
      percentByDeadline: 66.7,
    });
    expect(rows[1]).toMatchObject({ due: 1, overdue: 1, percentByDeadline: 0 });
  });

  it('leaves a transfer whose deadline is still to come out of the percentage', () => {
    const coming: TransferInYearGroup = { ...toSecondary(null), transferYear: 2027, yearGroupToday: 6 };
    expect(transfersByYearGroup([coming], today)).toEqual([
      { yearGroup: 6, due: 1, byDeadline: 0, late: 0, outstanding: 1, overdue: 0, percentByDeadline: null },
    ]);
  });
});
