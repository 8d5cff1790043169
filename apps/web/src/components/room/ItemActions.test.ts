import type { Ack } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { fakeApi } from '../../test-support/fake-api';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import ItemActions from './ItemActions.vue';

const OWNERS = {
  people: [
    { id: '7d1c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f', displayName: 'Ada Fairweather', teamName: 'EP service' },
  ],
  teams: [{ id: '5e0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f', name: 'Speech and language therapy' }],
};

describe('agreeing an action on the item in the room', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
    fakeApi({ 'GET /api/actions/owners': () => ({ status: 200, body: OWNERS }) });
  });
  afterEach(() => vi.unstubAllGlobals());

  async function theTab(you: 'chair' | 'member' | 'observer', ack: Ack = { ok: true, version: 9 }) {
    const room = useRoomStore();
    const item = anItem({
      actions: [
        {
          id: 'a1',
          what: 'Ask the school for two more cycles',
          owner: 'Speech and language therapy',
          ownerKind: 'team',
          dueOn: '2026-12-14',
          addedBy: 'Morgan Brightwater',
        },
      ],
    });
    room.snapshot = aQualityGroupMeeting(you, you, [item]);
    const send = vi.spyOn(room, 'send').mockResolvedValue(ack);
    const wrapper = mount(ItemActions, { props: { item }, attachTo: document.body });
    await flushPromises();
    return { wrapper, send, item };
  }

  it('lists what was agreed, for whom and by when', async () => {
    const { wrapper } = await theTab('observer');
    expect(wrapper.text()).toContain('Ask the school for two more cycles');
    expect(wrapper.text()).toContain('Team: Speech and language therapy · due by 14 December 2026');
    // An observer follows the meeting without agreeing actions.
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('sends action.add with the owner as a person, and empties the form once the room has it', async () => {
    const { wrapper, send, item } = await theTab('member');
    await wrapper.get(`#item-action-${item.id}-what`).setValue('EP to see the child before the next panel');
    await wrapper.get(`#item-action-${item.id}-owner`).setValue(`person:${OWNERS.people[0]!.id}`);
    await wrapper.get(`#item-action-${item.id}-due`).setValue('2026-12-20');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('action.add', {
      itemId: item.id,
      what: 'EP to see the child before the next panel',
      ownerUserId: OWNERS.people[0]!.id,
      dueOn: '2026-12-20',
    });
    expect((wrapper.get(`#item-action-${item.id}-what`).element as HTMLTextAreaElement).value).toBe('');
  });

  it('shows what is missing at each field without sending, and the summary takes focus', async () => {
    const { wrapper, send, item } = await theTab('chair');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
    expect(wrapper.get(`#item-action-${item.id}-owner-error`).text()).toContain('Choose who owns the action');
    expect(wrapper.get(`#item-action-${item.id}-due-error`).text()).toContain('Enter the day it is due by');
  });

  it('puts the room’s refusal at the field it names', async () => {
    const { wrapper, item } = await theTab('chair', {
      ok: false,
      code: 'validation_failed',
      message: 'The day it is due by must be today or later.',
      fields: [{ field: 'dueOn', messages: ['The day it is due by must be today or later.'] }],
    });
    await wrapper.get(`#item-action-${item.id}-what`).setValue('Consult three settings');
    await wrapper.get(`#item-action-${item.id}-owner`).setValue(`team:${OWNERS.teams[0]!.id}`);
    await wrapper.get(`#item-action-${item.id}-due`).setValue('2020-01-01');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get(`#item-action-${item.id}-due-error`).text()).toContain('must be today or later');
    expect((wrapper.get(`#item-action-${item.id}-what`).element as HTMLTextAreaElement).value).toBe(
      'Consult three settings',
    );
  });
});
