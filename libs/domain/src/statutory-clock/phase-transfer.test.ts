import { describe, expect, it } from 'vitest';
import { PHASE_TRANSFER_KINDS, phaseTransferClock, phaseTransferDeadline } from './phase-transfer.js';

const ANNUAL_KINDS = PHASE_TRANSFER_KINDS.filter((k) => k !== 'post16_to_post16');

describe('phase transfers (reg 18(1))', () => {
  it('a child moving from primary to secondary school in September 2027 has the plan amended by 15 February 2027', () => {
    expect(phaseTransferDeadline('primary_to_secondary', 2027)).toBe('2027-02-15');
  });

  it('every transfer between phases but secondary to post-16 is due by 15 February of the year of transfer', () => {
    for (const kind of ANNUAL_KINDS.filter((k) => k !== 'secondary_to_post16')) {
      expect(phaseTransferDeadline(kind, 2028), kind).toBe('2028-02-15');
    }
  });

  it('a young person moving from secondary school to post-16 has until 31 March', () => {
    expect(phaseTransferDeadline('secondary_to_post16', 2027)).toBe('2027-03-31');
  });

  it('needs a whole calendar year', () => {
    expect(() => phaseTransferDeadline('infant_to_junior', 2027.5)).toThrow(RangeError);
  });

  it('an amendment issued on 15 February is on time; on 16 February it is late', () => {
    const move = { kind: 'primary_to_secondary' as const, transferYear: 2027 };
    expect(phaseTransferClock(move, '2027-02-15', '2027-03-01')).toMatchObject({
      status: 'completed_on_time',
      regulation: 'reg 18(1)(b)',
    });
    expect(phaseTransferClock(move, '2027-02-16', '2027-03-01')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('an amendment not yet made is due soon in the week before the deadline, and overdue after it', () => {
    const move = { kind: 'secondary_to_post16' as const, transferYear: 2027 };
    expect(phaseTransferClock(move, null, '2027-03-24')).toMatchObject({
      status: 'due_soon',
      daysLeft: 7,
      regulation: 'reg 18(1)(a)',
    });
    expect(phaseTransferClock(move, null, '2027-04-01')).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
    });
  });
});

describe('a move from one post-16 institution to another (reg 18(2))', () => {
  it('is amended for at least five months before the move', () => {
    expect(phaseTransferDeadline('post16_to_post16', 2027, '2027-01-06')).toBe('2026-08-06');
    // Five months before 31 July: February has no 31st, so the end of February.
    expect(phaseTransferDeadline('post16_to_post16', 2027, '2027-07-31')).toBe('2027-02-28');
    expect(phaseTransferDeadline('post16_to_post16', 2028, '2028-07-31')).toBe('2028-02-29');
  });

  it('is on time amended five months before the move to the day, and late the day after', () => {
    const move = { kind: 'post16_to_post16' as const, transferYear: 2027, transfersOn: '2027-04-12' };
    expect(phaseTransferClock(move, '2026-11-12', '2027-01-04')).toMatchObject({
      statutoryDeadline: '2026-11-12',
      status: 'completed_on_time',
      regulation: 'reg 18(2)',
    });
    expect(phaseTransferClock(move, '2026-11-13', '2027-01-04')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('needs the day of the move, in the year given', () => {
    expect(() => phaseTransferDeadline('post16_to_post16', 2027)).toThrow(RangeError);
    expect(() => phaseTransferDeadline('post16_to_post16', 2027, '2028-01-10')).toThrow(RangeError);
  });
});
