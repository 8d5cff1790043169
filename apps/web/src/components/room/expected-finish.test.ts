import { describe, expect, it } from 'vitest';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import { expectedFinish } from './expected-finish';

const at = (time: string) => new Date(`2026-11-26T${time}:00.000Z`);

describe('when the meeting is expected to finish', () => {
  const agenda = [
    anItem({ id: 'done', position: 1, status: 'decided', allowanceMinutes: 20 }),
    anItem({ id: 'now', position: 2, status: 'in_discussion', allowanceMinutes: 15 }),
    anItem({ id: 'next', position: 3, status: 'pending', allowanceMinutes: 10 }),
    anItem({ id: 'off', position: 4, status: 'withdrawn', allowanceMinutes: 10 }),
    anItem({ id: 'last', position: 5, status: 'pending', allowanceMinutes: 5 }),
  ];
  const meeting = (since: string) => {
    const room = aQualityGroupMeeting('chair', 'chair', agenda);
    return {
      ...room,
      meeting: { ...room.meeting, currentItemId: 'now', currentItemSince: at(since).toISOString() },
    };
  };

  it('counts the minutes left on the item under discussion and the whole allowance of each item still to come', () => {
    // 10:30 taken with 15 minutes: 11 left at 10:34, then 10 and 5 to come.
    expect(expectedFinish(meeting('10:30'), at('10:34'))?.toISOString()).toBe(at('11:00').toISOString());
  });

  it('counts nothing more for the item under discussion once it is over its time', () => {
    expect(expectedFinish(meeting('10:00'), at('10:40'))?.toISOString()).toBe(at('10:55').toISOString());
  });

  it('says nothing before the meeting starts or after it ends', () => {
    const room = meeting('10:30');
    expect(
      expectedFinish({ ...room, meeting: { ...room.meeting, status: 'scheduled' } }, at('10:34')),
    ).toBeNull();
    expect(
      expectedFinish({ ...room, meeting: { ...room.meeting, status: 'ended' } }, at('10:34')),
    ).toBeNull();
  });
});
