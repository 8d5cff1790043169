import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import ChairItemControls from './ChairItemControls.vue';

/** A Weekly Orders child under discussion, as the chair's controls see it. */
function aWeeklyOrdersItem() {
  const item = anItem({
    kind: 'case_actions',
    quality: null,
    votingStatus: 'not_open',
    choices: ['actions_agreed'],
    weeklyOrders: [
      {
        reason: 'advice_overdue',
        milestone: 'advice',
        label: 'Advice from Educational Psychology',
        regulation: 'reg 8(1)',
        dueOn: '2027-02-23',
        overdue: true,
      },
    ],
  });
  const room = useRoomStore();
  room.snapshot = aQualityGroupMeeting('chair', 'chair', [item]);
  const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 3 });
  const wrapper = mount(ChairItemControls, { props: { item }, attachTo: document.body });
  return { wrapper, send };
}

describe('concluding a Weekly Orders child', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  it('offers no vote, only concluding with the actions agreed, and asks for a line for the minutes first', async () => {
    const { wrapper, send } = aWeeklyOrdersItem();
    expect(wrapper.text()).not.toContain('Open voting');
    expect(wrapper.text()).not.toContain('Record a decision without a vote');
    const conclude = wrapper.findAll('button').find((b) => b.text() === 'Conclude: Actions agreed')!;
    await conclude.trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Enter what was agreed for the minutes');
    expect(send).not.toHaveBeenCalled();

    await wrapper.get('#conclude-summary').setValue(' EP advice chased; family told. ');
    await wrapper.get('form.app-conclude-item').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('outcome.record', {
      itemId: 'i1',
      outcome: 'actions_agreed',
      reasons: 'EP advice chased; family told.',
    });
  });
});
