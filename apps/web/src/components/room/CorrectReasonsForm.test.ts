import type { Ack, DecisionCorrectionView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { useSessionStore } from '../../stores/session';
import { aQualityGroupMeeting, anItem, aUser, happens } from '../../test-support/quality-room';
import ItemConsole from './ItemConsole.vue';

const RECORDED = 'Only one cycle of the graduated approach';
const aDecidedItem = (corrections: DecisionCorrectionView[] = []) =>
  anItem({
    kind: 'decision_to_assess',
    quality: null,
    status: 'decided',
    votingStatus: 'revealed',
    choices: ['agree', 'refuse', 'defer'],
    outcome: { outcome: 'refuse', reasons: RECORDED, conditions: null },
    corrections,
  });
const aCorrection = (overrides: Partial<DecisionCorrectionView> = {}): DecisionCorrectionView => ({
  reasons: 'Only one cycle of the graduated approach, in the spring term',
  conditions: 'Review at the next panel',
  correctionReason: 'the term was left out',
  correctedAt: '2026-11-26T10:40:00.000Z',
  // The room names who corrected it, as the minutes do.
  correctedBy: 'Morgan Brightwater',
  ...overrides,
});

async function theDecidedItem(
  you: 'chair' | 'member',
  options: { corrections?: DecisionCorrectionView[]; ack?: Ack } = {},
) {
  const room = useRoomStore();
  const userId = you === 'chair' ? 'chair' : 'ada';
  room.snapshot = aQualityGroupMeeting(you, userId, [aDecidedItem(options.corrections)]);
  useSessionStore().user = aUser(userId, { roles: [you === 'chair' ? 'chair' : 'panel_member'] });
  const send = vi.spyOn(room, 'send').mockResolvedValue(options.ack ?? { ok: true, version: 13 });
  const wrapper = mount(ItemConsole, { attachTo: document.body });
  await flushPromises();
  return { wrapper, room, send };
}
type Console = Awaited<ReturnType<typeof theDecidedItem>>['wrapper'];
async function correct(wrapper: Console, values: { reasons?: string; conditions?: string; why?: string }) {
  await wrapper.get('#correct-reasons-toggle').trigger('click');
  if (values.reasons !== undefined) await wrapper.get('#correction-reasons').setValue(values.reasons);
  if (values.conditions !== undefined)
    await wrapper.get('#correction-conditions').setValue(values.conditions);
  if (values.why !== undefined) await wrapper.get('#correction-why').setValue(values.why);
  wrapper.get('#correction-why').element.closest('form')!.dispatchEvent(new Event('submit'));
  await flushPromises();
}

describe('corrections of a recorded decision', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  it('shows each correction beside the decision as recorded, which stays in view', async () => {
    const { wrapper } = await theDecidedItem('member', { corrections: [aCorrection()] });
    expect(wrapper.get('.app-outcome').text()).toContain(`As recorded: ${RECORDED}`);
    const shown = wrapper.get('.app-corrections').text().replace(/\s+/g, ' ');
    expect(shown).toContain(
      'Reasons corrected by Morgan Brightwater on 26 November 2026 at 10:40 because the term was left out:',
    );
    expect(shown).toContain('Only one cycle of the graduated approach, in the spring term');
    expect(shown).toContain('Conditions: Review at the next panel');
    // A member corrects nothing.
    expect(wrapper.find('#correct-reasons-toggle').exists()).toBe(false);
  });

  it('shows no corrections, and no "as recorded", on a decision never corrected', async () => {
    const { wrapper } = await theDecidedItem('member');
    expect(wrapper.get('.app-outcome').text()).not.toContain('As recorded');
    expect(wrapper.find('.app-corrections').exists()).toBe(false);
  });

  it('tells the chair at each field what is missing, and sends nothing', async () => {
    const { wrapper, send } = await theDecidedItem('chair');
    await correct(wrapper, { reasons: ' ', why: '' });
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.get('#correction-reasons-error').text()).toBe('Error: Enter the corrected reasons');
    expect(wrapper.get('#correction-why-error').text()).toBe('Error: Enter why the reasons are corrected');
    expect(wrapper.find('#correction-conditions-error').exists()).toBe(false);
    expect(wrapper.get('#correction-why').attributes('aria-describedby')).toContain('correction-why-error');
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
  });

  it('starts from the reasons as they stand, sends the correction, and takes the chair to it once shown', async () => {
    const { wrapper, room, send } = await theDecidedItem('chair');
    await wrapper.get('#correct-reasons-toggle').trigger('click');
    expect((wrapper.get('#correction-reasons').element as HTMLTextAreaElement).value).toBe(RECORDED);
    send.mockImplementation(() => {
      happens(room, 'outcome.corrected', { itemId: 'i1', correction: aCorrection({ conditions: null }) });
      return Promise.resolve({ ok: true, version: 14 });
    });
    await correct(wrapper, {
      reasons: 'Only one cycle of the graduated approach, in the spring term',
      why: 'the term was left out',
    });
    expect(send).toHaveBeenCalledWith('outcome.correct', {
      itemId: 'i1',
      reasons: 'Only one cycle of the graduated approach, in the spring term',
      conditions: undefined,
      correctionReason: 'the term was left out',
    });
    expect(document.activeElement?.id).toBe('correction-1');
    expect(wrapper.get('.app-outcome').text()).toContain(`As recorded: ${RECORDED}`);
    expect(wrapper.get('.app-corrections').text()).toContain('because the term was left out');
  });

  it("shows the room's refusal at the field it names", async () => {
    const { wrapper } = await theDecidedItem('chair', {
      ack: {
        ok: false,
        code: 'validation_failed',
        message: 'Invalid',
        fields: [
          {
            field: 'correctionReason',
            messages: ['correctionReason must be shorter than or equal to 2000 characters'],
          },
        ],
      },
    });
    await correct(wrapper, { why: 'x'.repeat(2001) });
    expect(wrapper.get('#correction-why-error').text()).toBe(
      'Error: correctionReason must be shorter than or equal to 2000 characters',
    );
  });
});
