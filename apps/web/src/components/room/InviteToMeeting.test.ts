import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as meetings from '../../api/meetings';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import InviteToMeeting from './InviteToMeeting.vue';

describe('inviting one person to one meeting', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('asks for the person and their part at the fields, then invites them and reads the room again', async () => {
    const room = useRoomStore();
    const snapshot = aQualityGroupMeeting('chair', 'chair', [anItem()]);
    room.snapshot = { ...snapshot, meeting: { ...snapshot.meeting, status: 'scheduled' } };
    vi.spyOn(meetings, 'listInvitable').mockResolvedValue([
      {
        userId: 'u9',
        displayName: 'Dev Nettlebed',
        jobTitle: 'Social care team manager',
        agency: 'Social care',
      },
    ]);
    const invite = vi.spyOn(meetings, 'inviteToMeeting').mockResolvedValue(undefined);
    const refresh = vi.spyOn(room, 'refresh').mockResolvedValue(undefined);
    const wrapper = mount(InviteToMeeting, { attachTo: document.body });
    await flushPromises();

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#invite-person-error').text()).toContain('Choose who to invite');
    expect(wrapper.get('#invite-part-error').text()).toContain('Choose their part in the meeting');
    expect(invite).not.toHaveBeenCalled();

    expect(wrapper.get('#invite-person').text()).toContain(
      'Dev Nettlebed, Social care team manager (Social care)',
    );
    await wrapper.get('#invite-person').setValue('u9');
    await wrapper.get('#invite-part').setValue('member');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(invite).toHaveBeenCalledWith(room.snapshot.meeting.id, { userId: 'u9', role: 'member' });
    expect(refresh).toHaveBeenCalled();
    expect(wrapper.text()).toContain('Dev Nettlebed is invited to this meeting.');
    expect(wrapper.get('#invite-person').text()).not.toContain('Dev Nettlebed');
  });
});
