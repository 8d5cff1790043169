import type { ThresholdCriterionView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as api from '../../api/threshold-criteria';
import ThresholdCriteriaPage from './ThresholdCriteriaPage.vue';

const criterion = (id: string, text: string, active = true): ThresholdCriterionView => ({
  id,
  itemKind: 'decision_to_assess',
  text,
  position: 1,
  active,
});

function thePage(criteria: ThresholdCriterionView[]) {
  vi.spyOn(api, 'listThresholdCriteria').mockResolvedValue(criteria);
  return mount(ThresholdCriteriaPage, { global: { stubs: { AdminNav: true } }, attachTo: document.body });
}

describe('the threshold criteria, for administrators', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('lists the criteria under each decision, retired ones marked, and says where there are none yet', async () => {
    const wrapper = thePage([
      criterion('c1', 'Two cycles of assess, plan, do, review'),
      criterion('c2', 'An old criterion', false),
    ]);
    await flushPromises();
    const assess = wrapper.get('section[aria-labelledby="criteria-decision_to_assess"]');
    expect(
      assess
        .findAll('li')
        .map((li) => [li.get('span').text(), li.find('strong').exists(), li.get('button').text()]),
    ).toEqual([
      ['Two cycles of assess, plan, do, review', false, 'Retire: Two cycles of assess, plan, do, review'],
      ['An old criterion', true, 'Bring back into use: An old criterion'],
    ]);
    expect(wrapper.get('section[aria-labelledby="criteria-decision_to_issue"]').text()).toContain(
      'None yet.',
    );
  });

  it('retires a criterion, keeping past decisions’ marks', async () => {
    const wrapper = thePage([criterion('c1', 'Two cycles of assess, plan, do, review')]);
    const change = vi.spyOn(api, 'changeThresholdCriterion').mockResolvedValue(criterion('c1', 'x', false));
    await flushPromises();
    await wrapper.get('li button').trigger('click');
    await flushPromises();
    expect(change).toHaveBeenCalledWith('c1', { active: false });
    expect(wrapper.get('[role="status"]').text()).toBe('Criterion retired: past decisions keep their marks.');
  });

  it('adds a criterion to a decision, saying first what is missing', async () => {
    const wrapper = thePage([]);
    const add = vi.spyOn(api, 'addThresholdCriterion').mockResolvedValue({
      ...criterion('c9', 'The child’s views are recorded'),
      itemKind: 'decision_to_issue',
    });
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('.govuk-error-summary__list a').map((a) => a.text())).toEqual([
      'Select the decision it is for',
      'Enter the words of the criterion, at least 5 characters',
    ]);
    await wrapper.get('#criterion-kind').setValue('decision_to_issue');
    await wrapper.get('#criterion-text').setValue('The child’s views are recorded');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(add).toHaveBeenCalledWith({
      itemKind: 'decision_to_issue',
      text: 'The child’s views are recorded',
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Criterion added to Decision to issue.');
  });
});
