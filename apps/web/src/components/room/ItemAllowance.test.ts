import type { Ack } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser, happens } from '../../test-support/quality-room';
import ItemAllowance from './ItemAllowance.vue';
import ItemConsole from './ItemConsole.vue';

const aDecisionToAssess = () =>
  anItem({
    kind: 'decision_to_assess',
    quality: null,
    votingStatus: 'not_open',
    choices: ['agree', 'refuse', 'defer'],
    allowanceMinutes: 10,
  });

describe('the time on the item against its allowance', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('says how many minutes are left, and moves on as the minutes pass', async () => {
    vi.setSystemTime(new Date('2026-11-26T10:08:45.000Z'));
    const wrapper = mount(ItemAllowance, {
      props: { since: '2026-11-26T10:05:00.000Z', allowanceMinutes: 4 },
    });
    expect(wrapper.text()).toBe('4 minutes allowed 1 minute left');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(wrapper.text()).toBe('4 minutes allowed time is up');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(wrapper.get('.govuk-tag').text()).toBe('1 minute over');
  });

  it('flags an overrun in red, and in words', () => {
    vi.setSystemTime(new Date('2026-11-26T10:18:10.000Z'));
    const wrapper = mount(ItemAllowance, {
      props: { since: '2026-11-26T10:05:00.000Z', allowanceMinutes: 10 },
    });
    const tag = wrapper.get('.govuk-tag');
    expect(tag.text()).toBe('3 minutes over');
    expect(tag.classes()).toContain('govuk-tag--red');
  });

  it('is not red while there is time left', () => {
    vi.setSystemTime(new Date('2026-11-26T10:11:00.000Z'));
    const wrapper = mount(ItemAllowance, {
      props: { since: '2026-11-26T10:05:00.000Z', allowanceMinutes: 10 },
    });
    expect(wrapper.get('.govuk-tag').text()).toBe('4 minutes left');
    expect(wrapper.get('.govuk-tag').classes()).not.toContain('govuk-tag--red');
  });
});

describe("the chair's time for an item", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  async function theConsole(you: 'chair' | 'member', ack: Ack = { ok: true, version: 13 }) {
    const room = useRoomStore();
    room.snapshot = aQualityGroupMeeting(you, you === 'chair' ? 'chair' : 'ada', [aDecisionToAssess()]);
    useSessionStore().user = aUser(you === 'chair' ? 'chair' : 'ada', {
      roles: [you === 'chair' ? 'chair' : 'panel_member'],
    });
    const send = vi.spyOn(room, 'send').mockResolvedValue(ack);
    const wrapper = mount(ItemConsole, { attachTo: document.body });
    await flushPromises();
    return { wrapper, room, send };
  }
  const setTime = async (wrapper: Awaited<ReturnType<typeof theConsole>>['wrapper'], minutes: string) => {
    await wrapper.get('#item-allowance-minutes').setValue(minutes);
    await wrapper.get('.app-item-allowance-form form').trigger('submit');
    await flushPromises();
  };

  it.each(['0', '121', '12.5', 'ten', ''])(
    'refuses %j minutes at the field, sending nothing',
    async (minutes) => {
      const { wrapper, send } = await theConsole('chair');
      await setTime(wrapper, minutes);
      expect(send).not.toHaveBeenCalledWith('item.allowance', expect.anything());
      expect(wrapper.get('#item-allowance-minutes-error').text()).toBe(
        'Error: Enter the minutes for this item, from 1 to 120',
      );
      expect(wrapper.get('#item-allowance-minutes').attributes('aria-describedby')).toContain(
        'item-allowance-minutes-error',
      );
      expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
    },
  );

  it('sends the new minutes, and everyone sees them once the room has them', async () => {
    const { wrapper, room, send } = await theConsole('chair');
    expect(wrapper.get('[data-test="item-allowance"]').text()).toContain('10 minutes allowed');
    await setTime(wrapper, ' 25 ');
    expect(send).toHaveBeenCalledWith('item.allowance', { itemId: 'i1', minutes: 25 });
    happens(room, 'item.allowance_set', { itemId: 'i1', minutes: 25 });
    await flushPromises();
    expect(wrapper.get('[data-test="item-allowance"]').text()).toContain('25 minutes allowed');
    expect(wrapper.find('#item-allowance-minutes-error').exists()).toBe(false);
  });

  it("shows the room's refusal at the field", async () => {
    const { wrapper } = await theConsole('chair', {
      ok: false,
      code: 'validation_failed',
      message: 'Invalid',
      fields: [{ field: 'minutes', messages: ['minutes must not be greater than 120'] }],
    });
    await setTime(wrapper, '30');
    expect(wrapper.get('#item-allowance-minutes-error').text()).toBe(
      'Error: minutes must not be greater than 120',
    );
  });

  it('offers a member no way to change the time', async () => {
    const { wrapper } = await theConsole('member');
    expect(wrapper.get('[data-test="item-allowance"]').text()).toContain('10 minutes allowed');
    expect(wrapper.find('#item-allowance-minutes').exists()).toBe(false);
  });
});
