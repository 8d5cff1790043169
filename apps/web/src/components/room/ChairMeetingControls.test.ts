import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import ChairMeetingControls from './ChairMeetingControls.vue';

function theChairsControls(
  meeting: Partial<ReturnType<typeof aQualityGroupMeeting>['meeting']>,
  agenda = [anItem({ status: 'decided' })],
) {
  const room = useRoomStore();
  const snapshot = aQualityGroupMeeting('chair', 'chair', agenda);
  room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, ...meeting } };
  const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 14 });
  const wrapper = mount(ChairMeetingControls, { attachTo: document.body });
  return { wrapper, send };
}

describe("the chair's start and end of the meeting", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });
  afterEach(() => vi.useRealTimers());

  it('asks before starting a meeting on another day than the one scheduled, in the engine’s words, and starts it only when told to', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-01-12T09:00:00.000Z'));
    const { wrapper, send } = theChairsControls({
      status: 'scheduled',
      startsAt: '2031-01-10T10:00:00.000Z',
    });
    await wrapper.get('#start-meeting').trigger('click');
    expect(wrapper.get('#room-confirm-text').text()).toBe(
      'Warning This meeting is scheduled for 10 January 2031, not today (12 January 2031). Start it today all the same?',
    );
    expect(document.activeElement?.id).toBe('room-confirm');
    expect(send).not.toHaveBeenCalled();
    const heading = document.createElement('h2');
    heading.id = 'current-item-heading';
    heading.tabIndex = -1;
    document.body.append(heading);
    const today = wrapper.findAll('button').find((b) => b.text() === 'Start it today')!;
    (today.element as HTMLButtonElement).focus();
    await today.trigger('click');
    await flushPromises();
    // The chair's answer goes with the command: the engine records it.
    expect(send).toHaveBeenCalledWith('meeting.start', { confirmOtherDay: true });
    // The question goes once the meeting has started; the chair's focus goes to the item, not the top of the page.
    expect(wrapper.find('#room-confirm').exists()).toBe(false);
    expect(document.activeElement?.id).toBe('current-item-heading');
  });

  it('starts a meeting on its own day without asking', async () => {
    const { wrapper, send } = theChairsControls({ status: 'scheduled', startsAt: new Date().toISOString() });
    await wrapper.get('#start-meeting').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('meeting.start', {});
  });

  it('asks before ending with items not reached, and carrying on sends nothing', async () => {
    const { wrapper, send } = theChairsControls({ status: 'in_progress' }, [
      anItem({ status: 'decided' }),
      anItem({ id: 'i2', position: 2, status: 'pending' }),
      anItem({ id: 'i3', position: 3, status: 'pending' }),
    ]);
    await wrapper.get('#end-meeting').trigger('click');
    expect(wrapper.get('#room-confirm-text').text()).toBe(
      'Warning 2 items have not been dealt with. End the meeting all the same? They stay undecided and go in the minutes as not reached.',
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Carry on with the meeting')!
      .trigger('click');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement?.id).toBe('end-meeting');
  });

  it('ends at once when every item has been taken', async () => {
    const { wrapper, send } = theChairsControls({ status: 'in_progress' });
    await wrapper.get('#end-meeting').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('meeting.end', {});
  });

  it('ends with items not reached once the chair says so, and tells the engine the chair confirmed', async () => {
    const { wrapper, send } = theChairsControls({ status: 'in_progress' }, [
      anItem({ status: 'decided' }),
      anItem({ id: 'i2', position: 2, status: 'pending' }),
    ]);
    await wrapper.get('#end-meeting').trigger('click');
    expect(send).not.toHaveBeenCalled();
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'End with 1 not reached')!
      .trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('meeting.end', { confirmItemsNotReached: true });
  });

  it('shows the engine’s question when the engine asks first, and answers it on the next press', async () => {
    const { wrapper, send } = theChairsControls({ status: 'scheduled', startsAt: new Date().toISOString() });
    const question =
      'This meeting is scheduled for 7 December 2026, not today (6 December 2026). Start it today all the same?';
    send.mockResolvedValueOnce({ ok: false, code: 'confirmation_required', message: question });
    await wrapper.get('#start-meeting').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain(question);
    expect(document.activeElement?.id).toBe('room-confirm');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Start it today')!
      .trigger('click');
    await flushPromises();
    expect(send).toHaveBeenLastCalledWith('meeting.start', { confirmOtherDay: true });
    expect(wrapper.find('#room-confirm').exists()).toBe(false);
  });
});
