import type { WrittenProcedureSummary } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs, urlOf } from '../../test-support/fake-api';

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
const aProcedure = (overrides: Partial<WrittenProcedureSummary>): WrittenProcedureSummary => ({
  meetingId: 'm1',
  kind: 'dmg',
  question: 'Agree to assess EHC-26-0142 before the next panel?',
  status: 'in_progress',
  respondBy: inHours(30.1),
  yourRole: 'member',
  itemId: 'i1',
  itemKind: 'decision_to_assess',
  caseReference: 'EHC-26-0142',
  votingStatus: 'open',
  youHaveVoted: false,
  outcome: null,
  ...overrides,
});

async function listPage(routes: Parameters<typeof fakeApi>[0]) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(A_CHAIR),
    'GET /api/meetings/m9': () => ({
      status: 404,
      body: { statusCode: 404, code: 'meeting_not_found', message: '' },
    }),
    ...routes,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/written');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Decisions in writing'));
  await flushPromises();
  return { wrapper, fetch, router };
}

describe('decisions in writing', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows what is waiting for your vote first, with the time left in words', async () => {
    const { wrapper } = await listPage({
      'GET /api/written-procedures': () => ({
        status: 200,
        body: [
          aProcedure({}),
          aProcedure({ meetingId: 'm2', youHaveVoted: true, respondBy: inHours(3 * 24 + 0.1) }),
          aProcedure({ meetingId: 'm3', status: 'ended', outcome: 'refuse', respondBy: inHours(-48) }),
        ],
      }),
      'GET /api/written-procedures/groups': () => ({ status: 200, body: [] }),
    });
    const rows = wrapper.findAll('tbody tr').map((r) => r.text().replace(/\s+/g, ' '));
    expect(rows[0]).toContain('30 hours left');
    expect(rows[0]).toContain('Your vote is waiting');
    expect(rows[1]).toContain('3 days left');
    expect(rows[1]).toContain('You have voted');
    expect(rows[2]).toContain('Decided: Refuse');
    // Not the chair of any group: no form to put a case in writing.
    expect(wrapper.text()).not.toContain('Put to the members in writing');
  });

  it("lets a group's chair put a case to its members with a question and a deadline, offering only what the group decides", async () => {
    const { wrapper, fetch, router } = await listPage({
      'GET /api/written-procedures': () => ({ status: 200, body: [] }),
      'GET /api/written-procedures/groups': () => ({
        status: 200,
        body: [
          { id: 'g1', kind: 'dmg', name: 'Wednesday DMG' },
          { id: 'g2', kind: 'health_gateway', name: 'Friday Health Gateway' },
        ],
      }),
      'POST /api/written-procedures': () => ({ status: 201, body: { meetingId: 'm9', itemId: 'i9' } }),
    });
    await wrapper.get('form.app-put-in-writing').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.govuk-error-summary').text()).toContain('Choose the group to ask');

    await wrapper.get('#written-group').setValue('g2');
    const decisions = () => wrapper.findAll('#written-kind option').map((o) => o.text());
    expect(decisions()).toEqual(['Choose the decision', 'Health funding']);
    await wrapper.get('#written-group').setValue('g1');
    expect(decisions()).toContain('Decision to assess');

    await wrapper.get('#written-case').setValue(' EHC-26-0142 ');
    await wrapper.get('#written-kind').setValue('decision_to_assess');
    await wrapper.get('#written-question').setValue('Agree to assess before the next panel?');
    await wrapper.get('#written-date').setValue('2026-12-09');
    await wrapper.get('#written-time').setValue('17:00');
    await wrapper.get('form.app-put-in-writing').trigger('submit');
    await flushPromises();
    const [, init] = fetch.mock.calls.find(
      ([url, i]) => urlOf(url) === '/api/written-procedures' && i?.method === 'POST',
    )!;
    expect(sentJson(init)).toMatchObject({
      groupId: 'g1',
      caseReference: 'EHC-26-0142',
      kind: 'decision_to_assess',
      question: 'Agree to assess before the next panel?',
      respondBy: '2026-12-09T17:00:00.000Z',
    });
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/written/m9'));
  });
});
