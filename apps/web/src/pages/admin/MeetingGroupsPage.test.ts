import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as admin from '../../api/admin';
import MeetingGroupsPage from './MeetingGroupsPage.vue';

const group = {
  id: 'g1',
  kind: 'dmg' as const,
  name: 'Decision-Making Group (Wednesdays)',
  members: [],
  scheduledMeetings: 4,
};
const person = {
  id: 'u1',
  displayName: 'Ngozi Wrenfield',
  active: true,
  agency: { id: 'a1', name: 'Virtual School' },
};

function thePage(groups = [group]) {
  vi.spyOn(admin, 'listMeetingGroups').mockResolvedValue(groups);
  vi.spyOn(admin, 'listUsers').mockResolvedValue([person] as never);
  const set = vi.spyOn(admin, 'setGroupMember').mockResolvedValue(undefined);
  const wrapper = mount(MeetingGroupsPage, { global: { stubs: { AdminNav: true, RouterLink: true } } });
  return { wrapper, set };
}

describe("a panel's standing membership", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
  });

  it('asks whether a new member joins the meetings already arranged, and invites them by default', async () => {
    const { wrapper, set } = thePage();
    await flushPromises();
    expect(wrapper.text()).toContain('Also invite them to the 4 meetings of this panel already arranged?');
    await wrapper.get('#add-user-g1').setValue('u1');
    await wrapper.get('section form').trigger('submit');
    await flushPromises();
    expect(set).toHaveBeenCalledWith('g1', 'u1', 'member', true);
    expect(wrapper.text()).toContain('invited to its 4 meetings already arranged');
  });

  it('adds a member from the next meeting arranged when the administrator says no', async () => {
    const { wrapper, set } = thePage();
    await flushPromises();
    await wrapper.get('#add-user-g1').setValue('u1');
    await wrapper.get('#invite-g1-no').setValue(true);
    await wrapper.get('section form').trigger('submit');
    await flushPromises();
    expect(set).toHaveBeenCalledWith('g1', 'u1', 'member', false);
  });

  it('does not ask when the panel has no meeting arranged', async () => {
    const { wrapper } = thePage([{ ...group, scheduledMeetings: 0 }]);
    await flushPromises();
    expect(wrapper.text()).not.toContain('already arranged');
  });

  it('adds a meeting group for a kind of panel, saying first what is missing, then lists it', async () => {
    const { wrapper } = thePage([]);
    const create = vi
      .spyOn(admin, 'createMeetingGroup')
      .mockResolvedValue({ ...group, id: 'g2', kind: 'dmg_children_in_care', name: 'Children in Care DMG' });
    await flushPromises();
    const form = wrapper.get('#group-name').element.closest('form')!;
    form.requestSubmit();
    await flushPromises();
    expect(wrapper.findAll('.govuk-error-summary__list a').map((a) => a.text())).toEqual([
      'Select the kind of panel',
      'Enter a name of at least 3 characters',
    ]);
    expect(create).not.toHaveBeenCalled();
    vi.spyOn(admin, 'listMeetingGroups').mockResolvedValue([
      {
        ...group,
        id: 'g2',
        kind: 'dmg_children_in_care',
        name: 'Children in Care DMG',
        scheduledMeetings: 0,
      },
    ]);
    await wrapper.get('#group-kind').setValue('dmg_children_in_care');
    await wrapper.get('#group-name').setValue(' Children in Care DMG ');
    form.requestSubmit();
    await flushPromises();
    expect(create).toHaveBeenCalledWith({ kind: 'dmg_children_in_care', name: 'Children in Care DMG' });
    expect(wrapper.get('h2#group-g2').text()).toBe('Children in Care DMG');
    expect(wrapper.get('[role="status"]').text()).toContain('Children in Care DMG added');
  });
});
