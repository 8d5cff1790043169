import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import ChairItemControls from './ChairItemControls.vue';

function theChairsItemControls(
  item = anItem({
    kind: 'decision_to_assess',
    quality: null,
    votingStatus: 'revealed',
    choices: ['agree', 'refuse', 'defer'],
  }),
) {
  const room = useRoomStore();
  room.snapshot = aQualityGroupMeeting('chair', 'chair', [item]);
  const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 21 });
  const wrapper = mount(ChairItemControls, { props: { item }, attachTo: document.body });
  return { wrapper, send };
}

describe("the chair's controls for a vote already closed", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  it('reopens voting only with a reason, asked for at its field', async () => {
    const { wrapper, send } = theChairsItemControls();
    const reopen = () => wrapper.findAll('button').find((b) => b.text() === 'Reopen voting')!;
    await reopen().trigger('click');
    expect(wrapper.get('#reopen-reason-error').text()).toContain('Enter why voting is reopened');
    expect(document.activeElement?.id).toBe('reopen-reason');
    expect(send).not.toHaveBeenCalled();

    await wrapper.get('#reopen-reason').setValue('  The school report arrived during the discussion ');
    await reopen().trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('voting.reopen', {
      itemId: 'i1',
      reason: 'The school report arrived during the discussion',
    });
  });

  it('offers no reopening while the vote is still open', () => {
    const { wrapper } = theChairsItemControls(
      anItem({
        kind: 'decision_to_assess',
        quality: null,
        votingStatus: 'open',
        choices: ['agree', 'refuse', 'defer'],
      }),
    );
    expect(wrapper.text()).not.toContain('Reopen voting');
  });
});
