import type { Ack, ItemQuality, SignedInUser, SnapshotItem } from '@convene/contracts';
import type { MeetingMemberRole } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, type Component } from 'vue';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { fakeApi } from '../../test-support/fake-api';
import { aQualityGroupMeeting, anItem, aUser, FRAMEWORK, happens } from '../../test-support/quality-room';
import ItemConsole from './ItemConsole.vue';
import ScoringPanel from './ScoringPanel.vue';
import { visibleText } from '../../test-support/visible-text';

/** The panel as the room shows it: for whatever item is current in the store's snapshot. */
const TheCurrentItem = defineComponent({
  setup() {
    const room = useRoomStore();
    return () => (room.currentItem?.quality ? h(ScoringPanel, { item: room.currentItem }) : null);
  },
});

const ADA = aUser('ada');

async function theRoom(
  options: {
    you?: MeetingMemberRole;
    user?: SignedInUser;
    agenda?: SnapshotItem[];
    ack?: Ack;
    component?: Component;
  } = {},
) {
  const fetch = fakeApi({ 'GET /api/quality/framework': () => ({ status: 200, body: FRAMEWORK }) });
  const user = options.user ?? ADA;
  const room = useRoomStore();
  room.snapshot = aQualityGroupMeeting(options.you ?? 'member', user.id, options.agenda ?? [anItem()]);
  useSessionStore().user = user;
  const send = vi.spyOn(room, 'send').mockResolvedValue(options.ack ?? { ok: true, version: 13 });
  const wrapper = mount(options.component ?? TheCurrentItem, { attachTo: document.body });
  await flushPromises();
  return { wrapper, room, send, fetch };
}

type Room = Awaited<ReturnType<typeof theRoom>>;
const earned = (wrapper: Room['wrapper']) => wrapper.find('.app-earned-grade').text();
const tick = (wrapper: Room['wrapper'], criterionId: string) =>
  wrapper.find(`#score-criterion-${criterionId}`).setValue(true);
const aScore = (
  overrides: Partial<NonNullable<ItemQuality['yourScore']>> = {},
): NonNullable<ItemQuality['yourScore']> => ({
  grade: 'good',
  computedGrade: 'good',
  metCriterionIds: ['c-sections', 'c-outcomes'],
  overrideReason: null,
  ...overrides,
});

describe('scoring a sampled plan in the room', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("lets a reviewer tick the framework's criteria section by section, showing the grade the ticks earn as they go", async () => {
    const { wrapper, send } = await theRoom();
    expect(wrapper.findAll('legend').map((l) => l.text())).toEqual([
      'Statutory minimum',
      'Voice of the child and family',
      'The grade you give',
    ]);
    // A retired criterion is not scored against.
    expect(wrapper.text()).not.toContain('The plan is typed');
    expect(wrapper.find('label[for="score-criterion-c-child"]').text()).toBe(
      "The child's views are in their own words",
    );
    expect(earned(wrapper)).toBe('Inadequate');

    await tick(wrapper, 'c-sections');
    expect(earned(wrapper)).toBe('Inadequate');
    await tick(wrapper, 'c-outcomes');
    expect(earned(wrapper)).toBe('Good');
    expect(wrapper.find('[role="status"].govuk-inset-text').text()).toContain(
      'the criteria met carry 7 of 10 (70%)',
    );
    await tick(wrapper, 'c-child');
    expect(earned(wrapper)).toBe('Outstanding');
    await wrapper.find('#score-criterion-c-outcomes').setValue(false);
    expect(earned(wrapper)).toBe('Requires improvement');

    await tick(wrapper, 'c-outcomes');
    expect(wrapper.find('button[type="submit"]').text()).toBe('Submit my score');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('score.submit', {
      itemId: 'i1',
      metCriterionIds: ['c-sections', 'c-outcomes', 'c-child'],
    });
  });

  it('asks a reviewer who gives a different grade from the one the ticks earn for the reason, in an error summary that takes focus', async () => {
    const { wrapper, send } = await theRoom();
    await tick(wrapper, 'c-sections');
    await tick(wrapper, 'c-outcomes');
    expect(wrapper.find('label[for="score-grade-good"]').text()).toBe('Good (what the ticks earn)');
    expect(wrapper.find('#score-override-reason').exists()).toBe(false);
    await wrapper.find('#score-grade-requires_improvement').setValue(true);
    expect(wrapper.find('label[for="score-override-reason"]').text()).toBe(
      'Why you give Requires improvement rather than Good',
    );

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).not.toHaveBeenCalled();
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.find('a').text()).toBe(
      'Say why you give Requires improvement rather than Good, the grade the ticks earn',
    );
    await summary.find('a').trigger('click');
    expect(document.activeElement).toBe(wrapper.find('#score-override-reason').element);

    await wrapper
      .find('#score-override-reason')
      .setValue('Outcomes are there but none is about preparing for adulthood.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('score.submit', {
      itemId: 'i1',
      metCriterionIds: ['c-sections', 'c-outcomes'],
      grade: 'requires_improvement',
      overrideReason: 'Outcomes are there but none is about preparing for adulthood.',
    });
  });

  it('sends no different grade when the reviewer picks the one the ticks earn', async () => {
    const { wrapper, send } = await theRoom();
    await tick(wrapper, 'c-sections');
    await tick(wrapper, 'c-outcomes');
    await wrapper.find('#score-grade-good').setValue(true);
    expect(wrapper.find('#score-override-reason').exists()).toBe(false);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('score.submit', {
      itemId: 'i1',
      metCriterionIds: ['c-sections', 'c-outcomes'],
    });
  });

  it("shows the room's refusal against the field it names", async () => {
    const refusal: Ack = {
      ok: false,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [
        {
          field: 'metCriterionIds',
          messages: ['Tick each criterion of the current framework at most once.'],
        },
      ],
    };
    const { wrapper } = await theRoom({ ack: refusal });
    await tick(wrapper, 'c-family');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary a').attributes('href')).toBe('#score-criterion-c-sections');
    expect(wrapper.find('.govuk-error-message').text()).toBe(
      'Error: Tick each criterion of the current framework at most once.',
    );
  });

  it('shows reviewers the score they gave, ready to change until scoring closes', async () => {
    const mine = aScore({ grade: 'requires_improvement', overrideReason: 'No outcome is about adulthood.' });
    const { wrapper, room } = await theRoom({
      agenda: [anItem({ voterIds: ['ada'], quality: { yourScore: mine, scores: null, disagreement: null } })],
    });
    expect(wrapper.find('.app-your-score').text()).toBe(
      'You scored: Requires improvement (the ticks earned Good). You can change your score until scoring closes.',
    );
    expect((wrapper.find('#score-criterion-c-sections').element as HTMLInputElement).checked).toBe(true);
    expect((wrapper.find('#score-criterion-c-child').element as HTMLInputElement).checked).toBe(false);
    expect((wrapper.find('#score-grade-requires_improvement').element as HTMLInputElement).checked).toBe(
      true,
    );
    expect((wrapper.find('#score-override-reason').element as HTMLTextAreaElement).value).toBe(
      'No outcome is about adulthood.',
    );
    expect(wrapper.find('button[type="submit"]').text()).toBe('Change my score');

    (wrapper.find('button[type="submit"]').element as HTMLButtonElement).focus();
    happens(room, 'voting.closed', { itemId: 'i1', votedCount: 1, inquorateReason: null });
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('.app-your-score').text()).toBe(
      'You scored: Requires improvement (the ticks earned Good).',
    );
    expect(wrapper.text()).toContain('Scoring closed, not yet revealed');
    // The form went from under the reviewer's hands: focus is not lost to the page.
    expect(document.activeElement).toBe(wrapper.find('#scoring-heading').element);
  });

  it('brings the score form to a reviewer when scoring opens, focused on its heading', async () => {
    const { room } = await theRoom({ agenda: [anItem({ votingStatus: 'not_open' })] });
    expect(document.activeElement).toBe(document.body);
    happens(room, 'voting.opened', { itemId: 'i1' });
    await flushPromises();
    expect(document.activeElement?.id).toBe('scoring-heading');
  });

  it('tells everyone before the reveal only who has scored', async () => {
    const { wrapper, room } = await theRoom({ you: 'observer', user: aUser('obi', { roles: ['observer'] }) });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.find('.app-scored-by').text()).toBe('0 of 3 who may score have scored.');
    happens(room, 'vote.cast', { itemId: 'i1', voterId: 'ben', votedCount: 1, proxy: false });
    happens(room, 'vote.cast', { itemId: 'i1', voterId: 'ada', votedCount: 2, proxy: false });
    await flushPromises();
    expect(wrapper.find('.app-scored-by').text()).toBe(
      '2 of 3 who may score have scored: Ada Quill, Ben Marsh.',
    );
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.text()).not.toMatch(/Outstanding|Good|Requires improvement|Inadequate/);
  });

  it("shows every reviewer's score after the reveal, and warns when reviewers are two or more grades apart", async () => {
    const { wrapper, room } = await theRoom({
      you: 'chair',
      user: aUser('chair', { roles: ['chair'] }),
      agenda: [anItem({ votingStatus: 'closed', voterIds: ['ada', 'ben', 'cat'] })],
    });
    expect(wrapper.find('.govuk-warning-text').exists()).toBe(false);
    happens(room, 'votes.revealed', {
      itemId: 'i1',
      votes: [],
      tally: { good: 1, requires_improvement: 1, outstanding: 1 },
      scores: [
        {
          reviewerId: 'ada',
          grade: 'good',
          computedGrade: 'good',
          overrideReason: null,
          metCriterionIds: ['c-sections', 'c-outcomes'],
        },
        {
          reviewerId: 'ben',
          grade: 'requires_improvement',
          computedGrade: 'good',
          overrideReason: 'No outcome is about adulthood.',
          metCriterionIds: ['c-sections', 'c-outcomes'],
        },
        {
          reviewerId: 'cat',
          grade: 'outstanding',
          computedGrade: 'outstanding',
          overrideReason: null,
          metCriterionIds: ['c-sections', 'c-outcomes', 'c-child', 'c-family'],
        },
      ],
    });
    await flushPromises();
    expect(wrapper.find('.app-scored-by').exists()).toBe(false);
    expect(wrapper.find('caption').text()).toBe("Each reviewer's score of EHC-26-0042");
    const rows = wrapper
      .findAll('tbody tr')
      .map((row) => [row.find('th').text(), ...row.findAll('td').map(visibleText)]);
    expect(rows).toEqual([
      ['Ada Quill', 'Good', '2 of 4', 'Gave the grade the ticks earn'],
      ['Ben Marsh', 'Requires improvement The ticks earned Good', '2 of 4', 'No outcome is about adulthood.'],
      ['Cat Ferris', 'Outstanding', '4 of 4', 'Gave the grade the ticks earn'],
    ]);
    expect(wrapper.find('.govuk-warning-text__text').text()).toBe(
      'Warning Reviewers are two or more grades apart: discuss and agree a moderated grade',
    );
    expect(wrapper.text()).toContain(
      "Record the moderated grade, with feedback for the plan's writer, as the decision.",
    );
  });

  it('gives no warning when the reviewers are within a grade of each other', async () => {
    const { wrapper, room } = await theRoom({ agenda: [anItem({ votingStatus: 'closed' })] });
    happens(room, 'votes.revealed', {
      itemId: 'i1',
      votes: [],
      tally: {},
      scores: [
        {
          reviewerId: 'ada',
          grade: 'good',
          computedGrade: 'good',
          overrideReason: null,
          metCriterionIds: [],
        },
        {
          reviewerId: 'ben',
          grade: 'outstanding',
          computedGrade: 'outstanding',
          overrideReason: null,
          metCriterionIds: [],
        },
      ],
    });
    await flushPromises();
    expect(wrapper.findAll('tbody tr')).toHaveLength(2);
    expect(wrapper.find('.govuk-warning-text').exists()).toBe(false);
  });

  it('offers no score form to the chair, nor to a reviewer who declared an interest', async () => {
    const chair = await theRoom({ you: 'chair', user: aUser('chair', { roles: ['chair'] }) });
    expect(chair.wrapper.find('form').exists()).toBe(false);
    chair.wrapper.unmount();
    setActivePinia(createPinia());
    const recused = await theRoom({
      agenda: [anItem({ recused: [{ userId: 'ada', reason: 'I wrote this plan.' }] })],
    });
    expect(recused.wrapper.find('form').exists()).toBe(false);
  });

  it('asks for the framework once, however many sampled plans the room moves through', async () => {
    const { wrapper, room, fetch } = await theRoom({
      agenda: [
        anItem(),
        anItem({ id: 'i2', position: 2, caseReference: 'EHC-26-0043' }),
        anItem({ id: 'i3', position: 3, kind: 'joint_funding', quality: null }),
      ],
    });
    happens(room, 'agenda.advanced', { itemId: 'i3' });
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(false);
    happens(room, 'agenda.advanced', { itemId: 'i2' });
    await flushPromises();
    expect(wrapper.find('form').exists()).toBe(true);
    expect(fetch.mock.calls.filter(([path]) => path === '/api/quality/framework')).toHaveLength(1);
  });

  it('is the way a sampled plan is scored in the room: there is no vote form, and the chair moderates with the grades', async () => {
    const member = await theRoom({ component: ItemConsole });
    expect(member.wrapper.find('#scoring-heading').exists()).toBe(true);
    expect(member.wrapper.find('.app-vote-panel').exists()).toBe(false);
    member.wrapper.unmount();
    setActivePinia(createPinia());
    const chair = await theRoom({
      you: 'chair',
      user: aUser('chair', { roles: ['chair'] }),
      agenda: [
        anItem({ votingStatus: 'revealed', quality: { yourScore: null, scores: [], disagreement: false } }),
      ],
      component: ItemConsole,
    });
    expect(chair.wrapper.findAll('#outcome option:not([disabled])').map((o) => o.text())).toEqual([
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
    ]);
  });
});
