import type { SnapshotItem } from '@convene/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser } from '../../test-support/quality-room';
import { fakeApi } from '../../test-support/fake-api';
import AgendaRail from './AgendaRail.vue';

/** The meeting of 10:00–12:00, on its first item since 10:05, at `now`, with these minutes for its items. */
function theRail(now: string, minutes: number[]) {
  vi.setSystemTime(new Date(now));
  const room = useRoomStore();
  const agenda = minutes.map((allowanceMinutes, i) =>
    anItem({
      id: `i${i + 1}`,
      position: i + 1,
      status: i === 0 ? 'in_discussion' : 'pending',
      allowanceMinutes,
    }),
  );
  room.snapshot = aQualityGroupMeeting('member', 'ada', agenda);
  useSessionStore().user = aUser('ada', { roles: ['panel_member'] });
  return mount(AgendaRail).get('[data-test="expected-finish"]').text();
}

describe("the agenda rail's expected finish", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('adds the minutes left on this item to the minutes of the items still to come', () => {
    // 10:15: 10 of 20 minutes left, then 30 and 20 → 11:15 in London (GMT in November).
    expect(theRail('2026-11-26T10:15:00.000Z', [20, 30, 20])).toBe('Expected to finish at 11:15');
  });

  it('says so when the meeting will run past its planned end', () => {
    expect(theRail('2026-11-26T10:15:00.000Z', [20, 60, 60])).toBe(
      'Expected to finish at 12:25, after it is due to end',
    );
  });
});

describe("the chair's tools for any item on the agenda rail", () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
    fakeApi({
      'GET /api/meetings/m1/actions-from-last-time': () => ({
        status: 200,
        body: { previousMeeting: null, items: [], openCount: 0 },
      }),
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  /** A decision to assess at `position`, as the rail shows it. */
  const aDecisionToAssess = (id: string, position: number, overrides: Partial<SnapshotItem>) =>
    anItem({
      id,
      position,
      caseReference: `EHC-26-000${position}`,
      kind: 'decision_to_assess',
      quality: null,
      ...overrides,
    });
  const decided = (id: string, position: number, corrections = 0) =>
    aDecisionToAssess(id, position, {
      status: 'decided',
      votingStatus: 'revealed',
      outcome: { outcome: 'refuse', reasons: 'Only one cycle of SEN support', conditions: null },
      corrections: Array.from({ length: corrections }, () => ({
        reasons: 'Only one cycle of SEN support, in the spring term',
        conditions: null,
        correctionReason: 'the term was left out',
        correctedAt: '2026-11-26T10:40:00.000Z',
        correctedBy: 'Morgan Brightwater',
      })),
    });
  const toCome = (id: string, position: number) =>
    aDecisionToAssess(id, position, { status: 'pending', votingStatus: 'not_open', allowanceMinutes: 10 });

  /** Item 1 decided, item 2 under discussion, item 3 decided and item 4 still to come. */
  function theRailOf(you: 'chair' | 'member', status: 'in_progress' | 'ended' = 'in_progress') {
    const room = useRoomStore();
    const userId = you === 'chair' ? 'chair' : 'ada';
    const snapshot = aQualityGroupMeeting(you, userId, [
      decided('i1', 1),
      toCome('i2', 2),
      decided('i3', 3, 1),
      toCome('i4', 4),
    ]);
    room.snapshot = {
      ...snapshot,
      meeting: {
        ...snapshot.meeting,
        status,
        currentItemId: status === 'ended' ? null : 'i2',
        currentItemSince: status === 'ended' ? null : snapshot.meeting.currentItemSince,
      },
    };
    room.snapshot.agenda[1]!.status = status === 'ended' ? 'pending' : 'in_discussion';
    useSessionStore().user = aUser(userId, { roles: [you === 'chair' ? 'chair' : 'panel_member'] });
    const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 20 });
    const wrapper = mount(AgendaRail, { attachTo: document.body });
    const entry = (id: string) => wrapper.get(`#agenda-${id}`);
    return { wrapper, entry, send, room };
  }

  it('offers the chair a new time for each item still to come and a correction for each decided one, beside the item under discussion', () => {
    const { entry } = theRailOf('chair');
    const tools = (id: string) =>
      entry(id)
        .findAll('summary')
        .map((s) => s.text().replace(/\s+/g, ' '));
    expect(tools('i1')).toEqual(['Correct the reasons for EHC-26-0001']);
    // The item under discussion has both in the console, not here.
    expect(tools('i2')).toEqual([]);
    expect(tools('i3')).toEqual(['Correct the reasons for EHC-26-0003']);
    expect(tools('i4')).toEqual(['Change the time for EHC-26-0004']);
    expect(entry('i3').text()).toContain('Reasons corrected');
    expect(entry('i4').text()).toContain('4. Decision to assess · 10 minutes');
  });

  it('sends a new time for an item that is not under discussion, refusing a wrong number at its field', async () => {
    const { entry, send } = theRailOf('chair');
    const minutes = entry('i4').get('#agenda-i4-item-allowance-minutes');
    expect((minutes.element as HTMLInputElement).value).toBe('10');
    await minutes.setValue('500');
    await entry('i4').get('form').trigger('submit');
    await flushPromises();
    expect(entry('i4').get('#agenda-i4-item-allowance-minutes-error').text()).toBe(
      'Error: Enter the minutes for this item, from 1 to 120',
    );
    expect(send).not.toHaveBeenCalled();
    await minutes.setValue('25');
    await entry('i4').get('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('item.allowance', { itemId: 'i4', minutes: 25 });
  });

  it('corrects the reasons of an earlier decision without going back to it, and says the correction is kept', async () => {
    const { entry, send, room } = theRailOf('chair');
    const form = entry('i1');
    expect((form.get('#agenda-i1-correction-reasons').element as HTMLTextAreaElement).value).toBe(
      'Only one cycle of SEN support',
    );
    await form.get('#agenda-i1-correction-reasons').setValue('Only one cycle of SEN support, since May');
    await form.get('#agenda-i1-correction-why').setValue('the month was left out');
    await form.get('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('outcome.correct', {
      itemId: 'i1',
      reasons: 'Only one cycle of SEN support, since May',
      conditions: undefined,
      correctionReason: 'the month was left out',
    });
    // The room stays on the item under discussion; the chair is back at the form's toggle, and told.
    expect(room.snapshot!.meeting.currentItemId).toBe('i2');
    expect(document.activeElement?.id).toBe('agenda-i1-correct-reasons-toggle');
    expect(form.get('[role="status"]').text()).toBe(
      'Reasons corrected. The correction is kept beside the decision as recorded.',
    );
  });

  it('still lets the chair correct a decision once the meeting has ended, but change no item’s time', () => {
    const { entry } = theRailOf('chair', 'ended');
    expect(entry('i1').find('#agenda-i1-correct-reasons-toggle').exists()).toBe(true);
    expect(entry('i2').find('#agenda-i2-item-allowance-minutes').exists()).toBe(false);
    expect(entry('i4').find('#agenda-i4-item-allowance-minutes').exists()).toBe(false);
  });

  it('offers a member neither', () => {
    const { wrapper } = theRailOf('member');
    expect(wrapper.findAll('details')).toHaveLength(0);
  });
});
