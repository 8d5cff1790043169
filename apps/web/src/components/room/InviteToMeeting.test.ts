import type { Ack } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as meetings from '../../api/meetings';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem, happens } from '../../test-support/quality-room';
import InviteToMeeting from './InviteToMeeting.vue';
import RoomMembers from './RoomMembers.vue';

const DEV = {
  userId: 'u9',
  displayName: 'Dev Nettlebed',
  jobTitle: 'Social care team manager',
  agency: 'Social care',
};

/** The chair's room, before the meeting or under way, with Dev invitable; `ack` is the room's answer to the invitation. */
async function theChairsRoom(status: 'scheduled' | 'in_progress', ack: Ack = { ok: true, version: 9 }) {
  const room = useRoomStore();
  const snapshot = aQualityGroupMeeting('chair', 'chair', [anItem()]);
  room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, status } };
  vi.spyOn(meetings, 'listInvitable').mockResolvedValue([DEV]);
  const send = vi.spyOn(room, 'send').mockImplementation(() => {
    if (ack.ok)
      happens(room, 'member.invited', {
        member: { userId: 'u9', displayName: 'Dev Nettlebed', role: 'member', attendance: 'expected' },
      });
    return Promise.resolve(ack);
  });
  const wrapper = mount(RoomMembers, { attachTo: document.body });
  await flushPromises();
  await wrapper.get('summary').trigger('click');
  return { wrapper, send, room };
}

describe('inviting one person to one meeting', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('asks for the person and their part at the fields, then invites them: the room lists them at once', async () => {
    const { wrapper, send } = await theChairsRoom('scheduled');
    const form = wrapper.getComponent(InviteToMeeting);

    await form.get('form').trigger('submit');
    await flushPromises();
    expect(form.get('#invite-person-error').text()).toContain('Choose who to invite');
    expect(form.get('#invite-part-error').text()).toContain('Choose their part in the meeting');
    expect(send).not.toHaveBeenCalled();

    expect(form.get('#invite-person').text()).toContain(
      'Dev Nettlebed, Social care team manager (Social care)',
    );
    await form.get('#invite-person').setValue('u9');
    await form.get('#invite-part').setValue('member');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('member.invite', { userId: 'u9', role: 'member' });
    expect(form.text()).toContain('Dev Nettlebed is invited to this meeting.');
    expect(form.get('#invite-person').text()).not.toContain('Dev Nettlebed');
    expect(wrapper.get('.app-room-members').text()).toContain('Dev Nettlebed');
  });

  it('invites a late attendee once the meeting is under way, who can join it now', async () => {
    const { wrapper, send } = await theChairsRoom('in_progress');
    await wrapper.get('#invite-person').setValue('u9');
    await wrapper.get('#invite-part').setValue('member');
    wrapper.get('#invite-part').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(send).toHaveBeenCalledWith('member.invite', { userId: 'u9', role: 'member' });
    expect(wrapper.text()).toContain('Dev Nettlebed is invited to this meeting and can join it now.');
    expect(wrapper.get('.app-room-members').text()).toContain('Dev Nettlebed');
  });

  it("shows the room's refusal at the field it names, and lists nobody new", async () => {
    const { wrapper } = await theChairsRoom('in_progress', {
      ok: false,
      code: 'validation_failed',
      message: 'There is no such active user.',
      fields: [{ field: 'userId', messages: ['not an active user'] }],
    });
    await wrapper.get('#invite-person').setValue('u9');
    await wrapper.get('#invite-part').setValue('observer');
    wrapper.get('#invite-part').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.get('#invite-person-error').text()).toBe('Error: not an active user');
    expect(wrapper.get('.app-room-members').text()).not.toContain('Dev Nettlebed');
  });

  it('is not offered once the meeting has ended', () => {
    const room = useRoomStore();
    const snapshot = aQualityGroupMeeting('chair', 'chair', [anItem()]);
    room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, status: 'ended' } };
    const wrapper = mount(RoomMembers);
    expect(wrapper.findComponent(InviteToMeeting).exists()).toBe(false);
  });
});
