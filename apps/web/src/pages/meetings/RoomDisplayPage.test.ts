import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import RoomDisplayPage from './RoomDisplayPage.vue';

vi.mock('vue-router', async (original) => ({
  ...(await original<typeof import('vue-router')>()),
  useRoute: () => ({ params: { meetingId: 'm1' } }),
}));

/** The projector at `now`, on an item taken at 10:05 with ten minutes for it. */
function theProjector(now: string, status: 'in_discussion' | 'decided' = 'in_discussion') {
  vi.setSystemTime(new Date(now));
  const room = useRoomStore();
  vi.spyOn(room, 'open').mockImplementation(() => undefined);
  vi.spyOn(room, 'close').mockImplementation(() => undefined);
  room.snapshot = aQualityGroupMeeting('chair', 'chair', [
    anItem({ status, allowanceMinutes: 10 }),
    anItem({ id: 'i2', position: 2, status: 'pending', caseReference: 'EHC-26-0043' }),
  ]);
  return mount(RoomDisplayPage);
}

describe('the projector view', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('shows the time on the item against its allowance, in words, as the minutes pass', async () => {
    const wrapper = theProjector('2026-11-26T10:08:30.000Z');
    expect(wrapper.get('.app-timer').text()).toBe('3:30 on this item');
    expect(wrapper.get('[data-test="display-allowance"]').text()).toBe('10 minutes allowed · 7 minutes left');
    await vi.advanceTimersByTimeAsync(9 * 60_000);
    const overrun = wrapper.get('[data-test="display-allowance"] strong');
    expect(overrun.text()).toBe('2 minutes over');
    expect(overrun.classes()).toContain('app-overrun');
  });

  it('says nothing of time left once the item is decided', () => {
    const wrapper = theProjector('2026-11-26T10:08:30.000Z', 'decided');
    expect(wrapper.find('[data-test="display-allowance"]').exists()).toBe(false);
  });
});
