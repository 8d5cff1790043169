import type { Ack, JointFundingView, SignedInUser, SnapshotItem } from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser, happens } from '../../test-support/quality-room';
import ItemConsole from './ItemConsole.vue';
import JointFundingPanel from './JointFundingPanel.vue';
import { visibleText } from '../../test-support/visible-text';

const TheCurrentItem = defineComponent({
  setup() {
    const room = useRoomStore();
    return () => (room.currentItem ? h(JointFundingPanel, { item: room.currentItem }) : null);
  },
});

const THE_CHAIR = aUser('chair', { roles: ['chair'], agencyKind: 'send_service' });
const HEALTH_LEAD = aUser('ada', { roles: ['panel_member'], agencyKind: 'health' });
const PARENT_FORUM = aUser('ben', { roles: ['panel_member'], agencyKind: 'parent_carer_forum' });

const aProposal = (overrides: Partial<JointFundingView> = {}): JointFundingView => ({
  summary: 'A residential placement with therapeutic support, from September.',
  totalPence: 1_000_000,
  shares: [
    { party: 'education', amountPence: 600_050, answer: 'pending', reason: null },
    { party: 'health', amountPence: 399_950, answer: 'pending', reason: null },
  ],
  ...overrides,
});
const aFundingItem = (overrides: Partial<SnapshotItem> = {}) =>
  anItem({
    kind: 'joint_funding',
    votingStatus: 'not_open',
    choices: ['consent', 'decline', 'defer'],
    quality: null,
    ...overrides,
  });

async function theRoom(
  options: {
    you?: MeetingMemberRole;
    user?: SignedInUser;
    item?: SnapshotItem;
    ack?: Ack;
    component?: Component;
  } = {},
) {
  const user = options.user ?? THE_CHAIR;
  const room = useRoomStore();
  room.snapshot = aQualityGroupMeeting(options.you ?? 'chair', user.id, [options.item ?? aFundingItem()]);
  useSessionStore().user = user;
  const send = vi.spyOn(room, 'send').mockResolvedValue(options.ack ?? { ok: true, version: 13 });
  const wrapper = mount(options.component ?? TheCurrentItem, { attachTo: document.body });
  await flushPromises();
  return { wrapper, room, send };
}

type Page = Awaited<ReturnType<typeof theRoom>>['wrapper'];
async function fillProposal(
  wrapper: Page,
  values: { summary?: string; total?: string; education?: string; health?: string; social_care?: string },
) {
  if (values.summary !== undefined) await wrapper.find('#funding-summary').setValue(values.summary);
  if (values.total !== undefined) await wrapper.find('#funding-total').setValue(values.total);
  for (const party of ['education', 'health', 'social_care'] as const) {
    if (values[party] !== undefined) await wrapper.find(`#funding-share-${party}`).setValue(values[party]);
  }
}
const propose = async (wrapper: Page) => {
  await wrapper.find('form').trigger('submit');
  await flushPromises();
};
const shareRows = (wrapper: Page) =>
  wrapper.findAll('tbody tr').map((row) => [row.find('th').text(), ...row.findAll('td').map(visibleText)]);

describe('a joint funding decision in the room', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lets the chair put the proposal in pounds, sending each paying agency its share in pence', async () => {
    const { wrapper, send } = await theRoom();
    expect(wrapper.find('legend').text()).toBe("Each agency's share a year");
    expect(
      wrapper.findAll('fieldset input').map((i) => wrapper.find(`label[for="${i.attributes('id')}"]`).text()),
    ).toEqual(['Education (SEND)', 'Health', 'Social care']);
    await fillProposal(wrapper, {
      summary: 'A residential placement with therapeutic support, from September.',
      total: '10,000',
      education: '6,000.50',
      health: '£3999.50',
    });
    expect(wrapper.find('.app-shares-sum').text()).toBe('The shares add up to £10,000.00.');
    await propose(wrapper);
    expect(send).toHaveBeenCalledWith('funding.propose', {
      itemId: 'i1',
      summary: 'A residential placement with therapeutic support, from September.',
      totalPence: 1_000_000,
      shares: [
        { party: 'education', amountPence: 600_050 },
        { party: 'health', amountPence: 399_950 },
      ],
    });
  });

  it('asks for what is missing before putting anything, in an error summary that takes focus', async () => {
    const { wrapper, send } = await theRoom();
    await fillProposal(wrapper, { health: 'four thousand' });
    await propose(wrapper);
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Enter what the joint funding pays for', '#funding-summary'],
      ['Enter the total a year, in pounds', '#funding-total'],
      [
        'Enter the share of Health as an amount in pounds, like 4,000.50, or leave it blank',
        '#funding-share-health',
      ],
    ]);
    expect(send).not.toHaveBeenCalled();
  });

  it('checks that at least two agencies pay and that the shares add up to the total', async () => {
    const { wrapper, send } = await theRoom();
    await fillProposal(wrapper, { summary: 'Therapeutic placement.', total: '10,000', education: '10,000' });
    await propose(wrapper);
    expect(wrapper.find('.govuk-error-summary a').text()).toBe(
      'Give a share to at least two agencies: joint funding needs money from more than one',
    );
    expect(wrapper.find('.govuk-error-summary a').attributes('href')).toBe('#funding-share-education');

    await fillProposal(wrapper, { education: '6,000', social_care: '3,000' });
    await propose(wrapper);
    expect(wrapper.find('.govuk-error-summary a').text()).toBe(
      'The shares add up to £9,000.00, not the total of £10,000.00',
    );
    // The first share is described by the shares' error, and every share is marked in error.
    const describedBy = wrapper.find('#funding-share-education').attributes('aria-describedby')!;
    expect(wrapper.find(`#${describedBy}`).text()).toBe(
      'Error: The shares add up to £9,000.00, not the total of £10,000.00',
    );
    expect(wrapper.findAll('input.govuk-input--error')).toHaveLength(3);
    expect(send).not.toHaveBeenCalled();
  });

  it("shows the room's refusal against the field it names", async () => {
    const refusal: Ack = {
      ok: false,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [
        { field: 'totalPence', messages: ['The shares add up to 900000 pence, not the total of 1000000.'] },
      ],
    };
    const { wrapper } = await theRoom({ ack: refusal });
    await fillProposal(wrapper, {
      summary: 'Therapeutic placement.',
      total: '10,000',
      education: '5,000',
      social_care: '5,000',
    });
    await propose(wrapper);
    expect(wrapper.find('.govuk-error-summary a').attributes('href')).toBe('#funding-total');
  });

  it("shows everyone each agency's share and answer as soon as the chair puts the proposal", async () => {
    const { wrapper, room } = await theRoom();
    (wrapper.find('#funding-summary').element as HTMLTextAreaElement).focus();
    happens(room, 'funding.proposed', { itemId: 'i1', jointFunding: aProposal() });
    await flushPromises();
    expect(wrapper.find('#funding-summary').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.find('#funding-heading').element);
    expect(wrapper.find('caption').text()).toBe("Each agency's share of £10,000.00 a year");
    expect(shareRows(wrapper)).toEqual([
      ['Education (SEND)', '£6,000.50', 'Awaiting'],
      ['Health', '£3,999.50', 'Awaiting'],
    ]);
    expect(wrapper.find('tfoot').text()).toContain('0 of 2 agencies consent');
  });

  it("lets a health representative consent to health's share, and only health's", async () => {
    const { wrapper, send } = await theRoom({
      you: 'member',
      user: HEALTH_LEAD,
      item: aFundingItem({ jointFunding: aProposal() }),
    });
    expect(wrapper.findAll('form')).toHaveLength(1);
    expect(wrapper.find('form h4').text()).toBe('Your agency: Health');
    expect(wrapper.find('form').text()).toContain(
      'The share of Health is £3,999.50 a year. Does your agency consent to it?',
    );
    await wrapper.find('form button[type="button"]').trigger('click');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('funding.answer', { itemId: 'i1', party: 'health', consent: true });
  });

  it('asks an agency declining its share for the reason, then shows everyone the answer', async () => {
    const { wrapper, room, send } = await theRoom({
      you: 'member',
      user: HEALTH_LEAD,
      item: aFundingItem({ jointFunding: aProposal() }),
    });
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.find('.govuk-error-summary a').text()).toBe('Enter why Health declines its share');
    expect(document.activeElement).toBe(wrapper.find('.govuk-error-summary').element);

    await wrapper.find('textarea').setValue('The needs described are educational; no health need is unmet.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('funding.answer', {
      itemId: 'i1',
      party: 'health',
      consent: false,
      reason: 'The needs described are educational; no health need is unmet.',
    });

    happens(room, 'funding.answered', {
      itemId: 'i1',
      party: 'health',
      answer: 'decline',
      reason: 'The needs described are educational; no health need is unmet.',
    });
    await flushPromises();
    expect(shareRows(wrapper)[1]).toEqual([
      'Health',
      '£3,999.50',
      'Declines The needs described are educational; no health need is unmet.',
    ]);
    // The answer can be changed until the decision.
    expect(wrapper.find('form').text()).toContain(
      'You have answered: declines. You can change the answer until the decision is recorded.',
    );
  });

  it('offers no answer to a member whose agency holds no share, nor to an observer, nor before the proposal', async () => {
    const forum = await theRoom({
      you: 'member',
      user: PARENT_FORUM,
      item: aFundingItem({ jointFunding: aProposal() }),
    });
    expect(forum.wrapper.find('form').exists()).toBe(false);
    forum.wrapper.unmount();
    setActivePinia(createPinia());
    const observer = await theRoom({
      you: 'observer',
      user: HEALTH_LEAD,
      item: aFundingItem({ jointFunding: aProposal() }),
    });
    expect(observer.wrapper.find('form').exists()).toBe(false);
    observer.wrapper.unmount();
    setActivePinia(createPinia());
    const early = await theRoom({ you: 'member', user: HEALTH_LEAD });
    expect(early.wrapper.find('form').exists()).toBe(false);
    expect(early.wrapper.text()).toContain('No proposal yet.');
  });

  it('tells the chair when every agency consents, and offers no answers once the decision is recorded', async () => {
    const consented = aProposal({
      shares: aProposal().shares.map((s) => ({ ...s, answer: 'consent' as const })),
    });
    const { wrapper, room } = await theRoom({
      user: aUser('chair', { roles: ['chair'], agencyKind: 'send_service' }),
      item: aFundingItem({ jointFunding: consented }),
    });
    expect(wrapper.text()).toContain('Every agency consents: you can record consent as the decision.');
    // The chair from the SEND service answers for education, like any member from it.
    expect(wrapper.find('form h4').text()).toBe('Your agency: Education (SEND)');
    happens(room, 'outcome.recorded', {
      itemId: 'i1',
      outcome: 'consent',
      reasons: 'Agreed by all three agencies.',
      conditions: null,
      criteriaNotMetReason: null,
    });
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Every agency consents');
  });

  it('is part of the room for a joint funding item', async () => {
    const { wrapper } = await theRoom({ component: ItemConsole });
    expect(wrapper.find('#funding-heading').text()).toBe('Joint funding');
    expect(wrapper.find('#scoring-heading').exists()).toBe(false);
  });
});
