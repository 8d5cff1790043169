import type { SignedInUser } from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser, happens } from '../../test-support/quality-room';
import ItemConsole from './ItemConsole.vue';

const aDecisionToAssess = () =>
  anItem({
    kind: 'decision_to_assess',
    quality: null,
    votingStatus: 'not_open',
    choices: ['agree', 'refuse', 'defer'],
  });

async function theRoomAs(you: MeetingMemberRole, user: SignedInUser, hands: string[] = []) {
  const room = useRoomStore();
  const snapshot = aQualityGroupMeeting(you, user.id, [aDecisionToAssess()]);
  room.snapshot = {
    ...snapshot,
    hands: hands.map((userId, i) => ({ userId, raisedAt: `2026-11-26T10:1${i}:00.000Z` })),
  };
  useSessionStore().user = user;
  const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 13 });
  const wrapper = mount(ItemConsole, { attachTo: document.body });
  await flushPromises();
  return { wrapper, room, send };
}
/** The queue as it reads: "Hands up: 1. Ben Marsh, 2. Ada Quill" (each hand its own list item). */
const queueText = (wrapper: Awaited<ReturnType<typeof theRoomAs>>['wrapper']) => {
  const queue = wrapper.get('[data-test="raised-hands"]');
  const hands = queue.findAll('li').map((li) => li.text().replace(/\s*Lower.*$/, ''));
  return `${queue.get('p').text()} ${hands.length ? hands.join(', ') : queue.findAll('p')[1]!.text()}`;
};

describe('raised hands in the room', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  it('shows everyone the hands in the order they went up, by name', async () => {
    const { wrapper } = await theRoomAs('member', aUser('cat', { roles: ['panel_member'] }), ['ben', 'ada']);
    expect(queueText(wrapper)).toBe('Hands up: 1. Ben Marsh, 2. Ada Quill');
    // Only the chair lowers someone else's hand.
    expect(
      wrapper.findAll('button').filter((b) => b.text().startsWith('Lower') && b.text() !== 'Lower my hand'),
    ).toHaveLength(0);
  });

  it('says so when no hand is up', async () => {
    const { wrapper } = await theRoomAs('member', aUser('cat', { roles: ['panel_member'] }));
    expect(queueText(wrapper)).toBe('Hands up: none');
  });

  it('lets a member raise their hand, then lower it from the same button', async () => {
    const { wrapper, room, send } = await theRoomAs('member', aUser('ada', { roles: ['panel_member'] }), [
      'ben',
    ]);
    const button = wrapper.get('#my-hand');
    expect(button.text()).toBe('Raise my hand');
    (button.element as HTMLButtonElement).focus();
    await button.trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('hand.raise', {});

    happens(room, 'hand.raised', { userId: 'ada', raisedAt: '2026-11-26T10:21:00.000Z' });
    await flushPromises();
    expect(queueText(wrapper)).toBe('Hands up: 1. Ben Marsh, 2. Ada Quill');
    expect(wrapper.get('#my-hand').text()).toBe('Lower my hand');
    expect(document.activeElement?.id).toBe('my-hand');

    await wrapper.get('#my-hand').trigger('click');
    await flushPromises();
    // Your own hand: no one else's is named.
    expect(send).toHaveBeenLastCalledWith('hand.lower', {});
  });

  it('offers a presenter a hand to raise, but not an observer', async () => {
    const presenter = await theRoomAs('presenter', aUser('ben', { roles: ['presenter'] }));
    expect(presenter.wrapper.find('#my-hand').exists()).toBe(true);
    presenter.wrapper.unmount();
    setActivePinia(createPinia());
    const observer = await theRoomAs('observer', aUser('obi', { roles: ['observer'] }), ['ada']);
    expect(observer.wrapper.find('#my-hand').exists()).toBe(false);
    expect(queueText(observer.wrapper)).toBe('Hands up: 1. Ada Quill');
  });

  it("lets the chair lower each hand in turn, focus going to the next hand's button", async () => {
    const { wrapper, room, send } = await theRoomAs('chair', aUser('chair', { roles: ['chair'] }), [
      'ben',
      'ada',
    ]);
    expect(wrapper.find('#my-hand').exists()).toBe(false);
    const lowerBen = wrapper.findAll('[data-lower-hand]')[0]!;
    expect(lowerBen.text()).toBe("Lower Ben Marsh's hand");
    send.mockImplementation((name, payload) => {
      // The server's answer comes after its event, as the room broadcasts before it acknowledges.
      if (name === 'hand.lower')
        happens(room, 'hand.lowered', { userId: (payload as { userId: string }).userId });
      return Promise.resolve({ ok: true, version: 14 });
    });
    await lowerBen.trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('hand.lower', { userId: 'ben' });
    expect(queueText(wrapper)).toContain('Hands up: 1. Ada Quill');
    expect(document.activeElement?.textContent?.trim()).toBe("Lower Ada Quill's hand");

    await wrapper.get('[data-lower-hand]').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenLastCalledWith('hand.lower', { userId: 'ada' });
    expect(queueText(wrapper)).toBe('Hands up: none');
    expect(document.activeElement?.getAttribute('data-test')).toBe('raised-hands');
  });

  it('shows no hands once the meeting is not in progress', async () => {
    const { wrapper, room } = await theRoomAs('member', aUser('ada', { roles: ['panel_member'] }), ['ben']);
    room.snapshot = { ...room.snapshot!, meeting: { ...room.snapshot!.meeting, status: 'scheduled' } };
    await flushPromises();
    expect(wrapper.find('[data-test="raised-hands"]').exists()).toBe(false);
    expect(wrapper.find('#my-hand').exists()).toBe(false);
  });
});
