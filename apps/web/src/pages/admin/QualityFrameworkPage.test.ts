import type { QualityCriterionView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs, sentJson } from '../../test-support/fake-api';
import { FRAMEWORK } from '../../test-support/quality-room';

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const criterion = (id: string) => FRAMEWORK.find((c) => c.id === id)!;
const echoChange = (id: string) => (init: RequestInit | undefined) => ({
  status: 200,
  body: { ...criterion(id), ...sentJson(init) },
});

async function open(roles: string[], api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/quality/framework': () => ({ status: 200, body: FRAMEWORK }),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/admin/quality-framework');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetch };
}
type Page = Awaited<ReturnType<typeof open>>['wrapper'];
const sentTo = (fetch: Awaited<ReturnType<typeof open>>['fetch'], method: string, path: string) =>
  fetch.mock.calls
    .filter(([p, init]) => p === path && init?.method === method)
    .map(([, init]) => sentJson(init));
const sectionCalled = (wrapper: Page, name: string) => wrapper.find(`section[aria-label="${name}"]`);
const status = (wrapper: Page) => wrapper.find('.app-framework-status').text();

describe('the quality framework, for administrators', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is not there for someone who is not an administrator', async () => {
    const { wrapper } = await open(['chair', 'qa_reviewer']);
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });

  it('lists the criteria under their sections, with each one’s weight and share of the grade, retired ones marked', async () => {
    const { wrapper } = await open(['admin']);
    expect(wrapper.find('h1').text()).toBe('Quality framework');
    expect(wrapper.find('nav[aria-label="Administration"] .app-current').text()).toBe('Quality framework');
    expect(wrapper.findAll('section[aria-label] h2').map((h) => h.text())).toEqual([
      'Statutory minimum',
      'Voice of the child and family',
    ]);
    expect(wrapper.text()).toContain('4 active criteria carry a total weight of 10.');
    const first = wrapper.find('#criterion-c-sections');
    expect(first.text()).toContain('Every section of the plan is complete');
    expect(first.text()).toContain('Weight 4: 40% of the grade');
    const retired = wrapper.find('#criterion-c-retired');
    expect(retired.find('.govuk-tag').text()).toBe('Retired');
    expect(retired.text()).toContain('Weight 5. Not scored against.');
    expect(retired.findAll('button').at(-1)!.text()).toBe('Restore the criterion: The plan is typed');
  });

  it('changes a criterion’s words and weight, sending only what changed', async () => {
    const { wrapper, fetch } = await open(['admin'], {
      'PATCH /api/admin/quality-criteria/c-outcomes': echoChange('c-outcomes'),
    });
    const editor = wrapper.find('#criterion-c-outcomes');
    const details = editor.find('details');
    (details.element as HTMLDetailsElement).open = true;
    await details.trigger('toggle');
    await editor
      .find('#criterion-c-outcomes-text')
      .setValue('Outcomes are specific, measurable and about the child');
    await editor.find('#criterion-c-outcomes-weight').setValue('5');
    await editor.find('form').trigger('submit');
    await flushPromises();
    expect(sentTo(fetch, 'PATCH', '/api/admin/quality-criteria/c-outcomes')).toEqual([
      { text: 'Outcomes are specific, measurable and about the child', weight: 5 },
    ]);
    expect(status(wrapper)).toBe('Changed: Outcomes are specific, measurable and about the child');
    expect(wrapper.find('#criterion-c-outcomes').text()).toContain('Weight 5: 41.7% of the grade');
    expect(wrapper.text()).toContain('total weight of 12.');
  });

  it('checks a change before sending it', async () => {
    const { wrapper, fetch } = await open(['admin']);
    const editor = wrapper.find('#criterion-c-child');
    await editor.find('#criterion-c-child-text').setValue(' ');
    await editor.find('#criterion-c-child-weight').setValue('11');
    await editor.find('form').trigger('submit');
    await flushPromises();
    const summary = editor.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Enter the words of the criterion', '#criterion-c-child-text'],
      ['The weight must be a whole number from 1 to 10', '#criterion-c-child-weight'],
    ]);
    expect(sentTo(fetch, 'PATCH', '/api/admin/quality-criteria/c-child')).toEqual([]);
  });

  it('retires a criterion, so plans are no longer scored against it, and restores it', async () => {
    const { wrapper, fetch } = await open(['admin'], {
      'PATCH /api/admin/quality-criteria/c-family': echoChange('c-family'),
      'PATCH /api/admin/quality-criteria/c-retired': echoChange('c-retired'),
    });
    await wrapper.find('#criterion-c-family button.govuk-button--warning').trigger('click');
    await flushPromises();
    expect(sentTo(fetch, 'PATCH', '/api/admin/quality-criteria/c-family')).toEqual([{ active: false }]);
    expect(wrapper.find('#criterion-c-family .govuk-tag').text()).toBe('Retired');
    expect(status(wrapper)).toBe("Retired: The family's views shaped the plan");
    expect(wrapper.text()).toContain('3 active criteria carry a total weight of 9.');

    await wrapper
      .findAll('#criterion-c-retired button')
      .find((b) => b.text().startsWith('Restore'))!
      .trigger('click');
    await flushPromises();
    expect(sentTo(fetch, 'PATCH', '/api/admin/quality-criteria/c-retired')).toEqual([{ active: true }]);
    expect(wrapper.find('#criterion-c-retired .govuk-tag').exists()).toBe(false);
  });

  it('moves a criterion up or down within its section, keeping focus on it', async () => {
    const reordered = ['c-outcomes', 'c-sections', 'c-retired', 'c-child', 'c-family'].map((id, i) => ({
      ...criterion(id),
      position: i + 1,
    }));
    const { wrapper, fetch } = await open(['admin'], {
      'PATCH /api/admin/quality-criteria/c-outcomes/position': () => ({ status: 200, body: reordered }),
    });
    const buttons = (id: string) =>
      wrapper
        .findAll(`#criterion-${id} button`)
        .map((b) => b.text())
        .filter((t) => t.startsWith('Move'));
    // First and last of their sections: only the way they can go.
    expect(buttons('c-sections')).toEqual(['Move down the criterion: Every section of the plan is complete']);
    expect(buttons('c-retired')).toEqual(['Move up the criterion: The plan is typed']);
    expect(buttons('c-child')).toEqual(["Move down the criterion: The child's views are in their own words"]);
    await wrapper.find('#criterion-c-outcomes-move-up').trigger('click');
    await flushPromises();
    expect(sentTo(fetch, 'PATCH', '/api/admin/quality-criteria/c-outcomes/position')).toEqual([
      { direction: 'up' },
    ]);
    expect(
      sectionCalled(wrapper, 'Statutory minimum')
        .findAll('.app-criterion')
        .map((c) => c.attributes('id')),
    ).toEqual(['criterion-c-outcomes', 'criterion-c-sections', 'criterion-c-retired']);
    expect(status(wrapper)).toBe('Moved up: Outcomes are specific and measurable');
    // At the top of its section it can no longer go up: focus moves to the way it can go.
    expect(document.activeElement?.id).toBe('criterion-c-outcomes-move-down');
  });

  it('adds a criterion to a section, or to a new one', async () => {
    let next = 6;
    const added = (init: RequestInit | undefined): { status: number; body: QualityCriterionView } => ({
      status: 201,
      body: {
        id: `c-new-${next}`,
        position: next++,
        active: true,
        ...sentJson<Pick<QualityCriterionView, 'section' | 'text' | 'weight'>>(init),
      },
    });
    const { wrapper, fetch } = await open(['admin'], { 'POST /api/admin/quality-criteria': added });
    expect(
      wrapper
        .findAll('input[name="add-criterion-section"]')
        .map((r) => wrapper.find(`label[for="${r.attributes('id')}"]`).text()),
    ).toEqual(['Statutory minimum', 'Voice of the child and family', 'A new section']);
    await wrapper.find('#add-criterion-section-1').setValue(true);
    await wrapper.find('#add-criterion-text').setValue('The child’s aspirations are recorded');
    await wrapper.find('#add-criterion-weight').setValue('2');
    await wrapper.find('#add-criterion-text').trigger('submit');
    await flushPromises();
    expect(sentTo(fetch, 'POST', '/api/admin/quality-criteria')).toEqual([
      { section: 'Voice of the child and family', text: 'The child’s aspirations are recorded', weight: 2 },
    ]);
    expect(sectionCalled(wrapper, 'Voice of the child and family').text()).toContain(
      'The child’s aspirations are recorded',
    );
    expect(status(wrapper)).toBe(
      'Added to Voice of the child and family: The child’s aspirations are recorded',
    );

    await wrapper.find('#add-criterion-section-new').setValue(true);
    await wrapper.find('#add-criterion-new-section').setValue('Co-production');
    await wrapper.find('#add-criterion-text').setValue('The family helped write the plan');
    await wrapper.find('#add-criterion-weight').setValue('3');
    await wrapper.find('#add-criterion-text').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('section[aria-label] h2').map((h) => h.text())).toEqual([
      'Statutory minimum',
      'Voice of the child and family',
      'Co-production',
    ]);
  });

  it('asks for what a new criterion is missing, in an error summary that takes focus', async () => {
    const { wrapper, fetch } = await open(['admin']);
    await wrapper.find('#add-criterion-weight').setValue('0');
    await wrapper.find('#add-criterion-text').trigger('submit');
    await flushPromises();
    const summary = wrapper.findAll('.govuk-error-summary').at(-1)!;
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Select the section, or a new one', '#add-criterion-section'],
      ['Enter the words of the criterion', '#add-criterion-text'],
      ['The weight must be a whole number from 1 to 10', '#add-criterion-weight'],
    ]);
    expect(sentTo(fetch, 'POST', '/api/admin/quality-criteria')).toEqual([]);
  });
});
