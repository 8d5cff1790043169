import { describe, expect, it } from 'vitest';
import { PHASE_TRANSFER_KINDS, phaseTransferClock, phaseTransferDeadline } from './phase-transfer.js';

describe('phase transfers (reg 18(1))', () => {
  it('a child moving from primary to secondary school in September 2027 has the plan amended by 15 February 2027', () => {
    expect(phaseTransferDeadline('primary_to_secondary', 2027)).toBe('2027-02-15');
  });

  it('every transfer but secondary to post-16 is due by 15 February of the year of transfer', () => {
    for (const kind of PHASE_TRANSFER_KINDS.filter((k) => k !== 'secondary_to_post16')) {
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
    expect(phaseTransferClock('primary_to_secondary', 2027, '2027-02-15', '2027-03-01')).toMatchObject({
      status: 'completed_on_time',
      regulation: 'reg 18(1)(b)',
    });
    expect(phaseTransferClock('primary_to_secondary', 2027, '2027-02-16', '2027-03-01')).toMatchObject({
      status: 'completed_late',
      daysOverdue: 1,
    });
  });

  it('an amendment not yet made is due soon in the week before the deadline, and overdue after it', () => {
    expect(phaseTransferClock('secondary_to_post16', 2027, null, '2027-03-24')).toMatchObject({
      status: 'due_soon',
      daysLeft: 7,
      regulation: 'reg 18(1)(a)',
    });
    expect(phaseTransferClock('secondary_to_post16', 2027, null, '2027-04-01')).toMatchObject({
      status: 'overdue',
      daysOverdue: 1,
    });
  });
});
