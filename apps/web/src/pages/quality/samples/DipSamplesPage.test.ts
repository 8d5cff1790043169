import type { DipSampleSummary, Page } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../../App.vue';
import { createAppRouter } from '../../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../../test-support/fake-api';

const A_SENIOR_SAMPLE: DipSampleSummary = {
  id: 's2',
  tier: 'senior',
  subject: 'plans',
  theme: 'Preparing for adulthood',
  seed: 42,
  drawnAt: '2026-11-20T09:00:00.000Z',
  drawnBy: { id: A_CHAIR.id, displayName: A_CHAIR.displayName },
  meetingId: null,
  meetingTitle: null,
  size: 4,
  moderated: 3,
};
const A_GROUP_SAMPLE: DipSampleSummary = {
  ...A_SENIOR_SAMPLE,
  id: 's1',
  tier: 'multiagency',
  drawnAt: '2026-11-02T09:00:00.000Z',
  meetingId: 'm1',
  meetingTitle: 'Quality and Compliance Group, November',
  moderated: 0,
};
const page = (items: DipSampleSummary[], total = items.length): Page<DipSampleSummary> => ({
  items,
  page: 1,
  pageSize: 20,
  total,
});

async function open(path: string, roles: string[]) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/quality/dip-samples?page=1&pageSize=20': () => ({
      status: 200,
      body: page([A_SENIOR_SAMPLE, A_GROUP_SAMPLE]),
    }),
    'GET /api/quality/dip-samples?tier=senior&theme=adulthood&page=1&pageSize=20': () => ({
      status: 200,
      body: page([A_SENIOR_SAMPLE]),
    }),
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, fetch };
}

describe('the list of past dip samples', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists every sample newest first, with its tier, theme and how many plans are moderated', async () => {
    const { wrapper } = await open('/quality/dip-samples', ['qa_reviewer']);
    expect(wrapper.find('h1').text()).toBe('Dip samples');
    expect(wrapper.find('.app-samples-status').text()).toBe('2 dip samples, newest first');
    const rows = wrapper
      .findAll('tbody tr')
      .map((tr) => [tr.find('th a').attributes('href'), ...tr.findAll('td').map((td) => td.text())]);
    expect(rows).toEqual([
      [
        '/quality/dip-samples/s2',
        'Seniors, between meetings (tier 2)',
        'Preparing for adulthood',
        '3 of 4',
        'Morgan Brightwater',
      ],
      [
        '/quality/dip-samples/s1',
        'The group’s meeting (tier 3): Quality and Compliance Group, November',
        'Preparing for adulthood',
        '0 of 4',
        'Morgan Brightwater',
      ],
    ]);
  });

  it('filters by tier and theme, keeping the filters in the address', async () => {
    const { wrapper, router } = await open('/quality/dip-samples', ['chair']);
    await wrapper.find('#samples-tier').setValue('senior');
    await wrapper.find('#samples-theme').setValue(' adulthood ');
    await wrapper.find('form[aria-label="Filter the dip samples"]').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ tier: 'senior', theme: 'adulthood' });
    expect(wrapper.findAll('tbody tr')).toHaveLength(1);
    expect(wrapper.find('.app-samples-status').text()).toBe('1 dip sample, newest first');
  });

  it('is for those who draw and score samples', async () => {
    const { wrapper } = await open('/quality/dip-samples', ['presenter']);
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });
});
