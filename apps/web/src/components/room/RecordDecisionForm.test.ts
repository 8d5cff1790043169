import type { SnapshotItem } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useRoomStore } from '../../stores/room';
import { aQualityGroupMeeting, anItem } from '../../test-support/quality-room';
import RecordDecisionForm from './RecordDecisionForm.vue';

const anIssueDecision = (criteria: SnapshotItem['criteria']) =>
  anItem({
    kind: 'decision_to_issue',
    quality: null,
    votingStatus: 'revealed',
    choices: ['issue', 'not_issue', 'defer'],
    criteria,
  });

function theForm(item: SnapshotItem) {
  const room = useRoomStore();
  room.snapshot = aQualityGroupMeeting('chair', 'chair', [item]);
  const send = vi.spyOn(room, 'send').mockResolvedValue({ ok: true, version: 30 });
  const wrapper = mount(RecordDecisionForm, { props: { item }, attachTo: document.body });
  return { wrapper, send };
}
async function record(wrapper: ReturnType<typeof theForm>['wrapper'], outcome: string) {
  await wrapper.get('#outcome').setValue(outcome);
  await wrapper.get('#outcome-reasons').setValue('Needs beyond what the school can meet');
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('recording a decision with threshold criteria not marked met', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    document.body.innerHTML = '';
  });

  it('warns first, in the words the engine would use, then records only with the chair’s reason', async () => {
    const { wrapper, send } = theForm(
      anIssueDecision([
        { id: 'k1', text: 'Two APDR cycles', met: true },
        { id: 'k2', text: 'EP advice', met: false },
        { id: 'k3', text: 'Health advice', met: null },
        { id: 'k4', text: 'Parent views', met: true },
      ]),
    );
    await record(wrapper, 'issue');
    expect(send).not.toHaveBeenCalled();
    expect(wrapper.get('[data-test="criteria-warning"] strong').text()).toBe(
      'Warning 2 of the 4 threshold criteria are not marked met. To record "Issue a plan" all the same, say why.',
    );
    expect(document.activeElement?.getAttribute('data-test')).toBe('criteria-warning');

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#criteria-not-met-reason-error').text()).toContain(
      'Enter why the decision stands with threshold criteria not marked met',
    );
    await wrapper
      .get('#criteria-not-met-reason')
      .setValue('The EP saw the child after the advice was written');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(send).toHaveBeenCalledWith('outcome.record', {
      itemId: 'i1',
      outcome: 'issue',
      reasons: 'Needs beyond what the school can meet',
      conditions: undefined,
      criteriaNotMetReason: 'The EP saw the child after the advice was written',
    });
  });

  it('records a refusal with criteria not met without a warning: only a finding that the thresholds are met asks', async () => {
    const { wrapper, send } = theForm(anIssueDecision([{ id: 'k1', text: 'EP advice', met: false }]));
    await record(wrapper, 'not_issue');
    expect(wrapper.find('[data-test="criteria-warning"]').exists()).toBe(false);
    expect(send).toHaveBeenCalledWith('outcome.record', expect.objectContaining({ outcome: 'not_issue' }));
  });

  it('issues a plan with every criterion met without a warning, and sends no reason for one', async () => {
    const { wrapper, send } = theForm(anIssueDecision([{ id: 'k1', text: 'EP advice', met: true }]));
    await record(wrapper, 'issue');
    expect(wrapper.find('[data-test="criteria-warning"]').exists()).toBe(false);
    expect(send.mock.calls).toEqual([
      [
        'outcome.record',
        {
          itemId: 'i1',
          outcome: 'issue',
          reasons: 'Needs beyond what the school can meet',
          conditions: undefined,
        },
      ],
    ]);
  });
});
