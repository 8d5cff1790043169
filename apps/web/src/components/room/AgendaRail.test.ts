import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser } from '../../test-support/quality-room';
import AgendaRail from './AgendaRail.vue';

/** The meeting of 10:00–12:00, on its first item since 10:05, at `now`, with these minutes for its items. */
function theRail(now: string, minutes: number[]) {
  vi.setSystemTime(new Date(now));
  const room = useRoomStore();
  const agenda = minutes.map((allowanceMinutes, i) =>
    anItem({
      id: `i${i + 1}`,
      position: i + 1,
      status: i === 0 ? 'in_discussion' : 'pending',
      allowanceMinutes,
    }),
  );
  room.snapshot = aQualityGroupMeeting('member', 'ada', agenda);
  useSessionStore().user = aUser('ada', { roles: ['panel_member'] });
  return mount(AgendaRail).get('[data-test="expected-finish"]').text();
}

describe("the agenda rail's expected finish", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('adds the minutes left on this item to the minutes of the items still to come', () => {
    // 10:15: 10 of 20 minutes left, then 30 and 20 → 11:15 in London (GMT in November).
    expect(theRail('2026-11-26T10:15:00.000Z', [20, 30, 20])).toBe('Expected to finish at 11:15');
  });

  it('says so when the meeting will run past its planned end', () => {
    expect(theRail('2026-11-26T10:15:00.000Z', [20, 60, 60])).toBe(
      'Expected to finish at 12:25, after it is due to end',
    );
  });
});
