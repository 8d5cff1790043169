import type { DipSampleView, MeetingListItem } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const ok = (body: unknown) => () => ({ status: 200, body });

const aMeeting = (id: string, overrides: Partial<MeetingListItem> = {}): MeetingListItem => ({
  id,
  kind: 'quality',
  title: 'Quality and Compliance Group',
  status: 'scheduled',
  startsAt: '2026-12-03T10:00:00.000Z',
  endsAt: '2026-12-03T12:00:00.000Z',
  theme: 'Preparing for adulthood',
  yourRole: 'chair',
  itemCount: 0,
  ...overrides,
});
const MEETINGS = [
  aMeeting('q-dec', { title: 'Quality and Compliance Group, December' }),
  aMeeting('q-member', { title: 'Quality and Compliance Group, as a member', yourRole: 'member' }),
  aMeeting('dmg', { kind: 'dmg', title: 'Decision-Making Group' }),
  aMeeting('q-jan', {
    title: 'Quality and Compliance Group, January',
    startsAt: '2027-01-07T10:00:00.000Z',
    theme: null,
  }),
];

const A_SAMPLE: DipSampleView = {
  id: 's1',
  subject: 'plans',
  advices: [],
  tier: 'multiagency',
  seed: 918273,
  size: 3,
  theme: 'Preparing for adulthood',
  meetingId: 'q-dec',
  byLocality: { Northdale: 2, Eastbrook: 1 },
  drawnAt: '2026-11-20T09:00:00.000Z',
  drawnBy: { id: A_CHAIR.id, displayName: A_CHAIR.displayName },
  plans: [
    { requestId: 'r1', childId: 'c1', caseReference: 'EHC-26-0007', locality: 'Northdale', review: null },
    { requestId: 'r2', childId: 'c2', caseReference: 'EHC-26-0003', locality: 'Northdale', review: null },
    { requestId: 'r3', childId: 'c3', caseReference: 'EHC-26-0011', locality: 'Eastbrook', review: null },
  ],
};

async function open(path: string, roles: string[], api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/meetings?when=upcoming': ok(MEETINGS),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router, fetch };
}
type Page = Awaited<ReturnType<typeof open>>['wrapper'];
const submit = async (wrapper: Page) => {
  await wrapper.find('form').trigger('submit');
  await flushPromises();
};
const bodyOf = (fetch: Awaited<ReturnType<typeof open>>['fetch'], path: string) =>
  sentJson(fetch.mock.calls.find(([p, init]) => p === path && init?.method === 'POST')![1]);

describe('the Quality area', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("lets the group's chair draw a sample for their meeting, then shows its seed and each locality's plans with links to the cases", async () => {
    const { wrapper, router, fetch } = await open('/quality', ['chair'], {
      'POST /api/quality/dip-samples': ok(A_SAMPLE),
    });
    expect(wrapper.find('h1').text()).toBe('Quality');
    await wrapper.find('#draw-tier-multiagency').setValue(true);
    // Only the group's meetings the chair chairs.
    expect(wrapper.findAll('#draw-meeting option:not([disabled])').map((o) => o.attributes('value'))).toEqual(
      ['q-dec', 'q-jan'],
    );
    expect(wrapper.find('#draw-meeting option[value="q-dec"]').text()).toBe(
      'Quality and Compliance Group, December, 3 December 2026 (Preparing for adulthood)',
    );
    await wrapper.find('#draw-meeting').setValue('q-dec');
    expect(wrapper.find('#draw-theme-hint').text()).toContain(
      "Leave it blank to use the meeting's theme: Preparing for adulthood.",
    );
    expect((wrapper.find('#draw-exclude-months').element as HTMLInputElement).value).toBe('3');
    await wrapper.find('#draw-size').setValue('3');
    await submit(wrapper);

    expect(bodyOf(fetch, '/api/quality/dip-samples')).toEqual({
      tier: 'multiagency',
      subject: 'plans',
      size: 3,
      excludeMonths: 3,
      meetingId: 'q-dec',
    });
    expect(router.currentRoute.value.query).toEqual({ sample: 's1' });
    const result = wrapper.find('#dip-sample-heading');
    expect(result.text()).toBe('Dip sample of 3 plans');
    expect(document.activeElement).toBe(result.element);
    expect(wrapper.find('.app-dip-sample-seed').text()).toBe('918273');
    expect(wrapper.find('section[aria-labelledby="dip-sample-heading"]').text()).toContain(
      "The group's meeting: Quality and Compliance Group, December. Each plan is on its agenda.",
    );
    const rows = wrapper.findAll('section[aria-labelledby="dip-sample-heading"] tbody tr').map((row) => [
      row.find('th').text(),
      row.findAll('td')[0]!.text(),
      row
        .findAll('td')[1]!
        .findAll('a')
        .map((a) => [a.text(), a.attributes('href')]),
    ]);
    expect(rows).toEqual([
      [
        'Eastbrook',
        '1',
        [
          ['EHC-26-0011', '/cases/c3'],
          ['read the plan for EHC-26-0011', '/quality/dip-samples/s1/plans/r3'],
        ],
      ],
      [
        'Northdale',
        '2',
        [
          ['EHC-26-0003', '/cases/c2'],
          ['read the plan for EHC-26-0003', '/quality/dip-samples/s1/plans/r2'],
          ['EHC-26-0007', '/cases/c1'],
          ['read the plan for EHC-26-0007', '/quality/dip-samples/s1/plans/r1'],
        ],
      ],
    ]);
  });

  it('repeats an earlier draw for seniors from its seed', async () => {
    const { wrapper, fetch } = await open('/quality', ['qa_reviewer'], {
      'POST /api/quality/dip-samples': ok({ ...A_SAMPLE, tier: 'senior', meetingId: null }),
    });
    await wrapper.find('#draw-tier-senior').setValue(true);
    await wrapper.find('#draw-size').setValue('3');
    await wrapper.find('#draw-seed').setValue('918273');
    await wrapper.find('#draw-theme').setValue('  Preparing for adulthood ');
    await wrapper.find('#draw-exclude-months').setValue('0');
    await submit(wrapper);
    expect(bodyOf(fetch, '/api/quality/dip-samples')).toEqual({
      tier: 'senior',
      subject: 'plans',
      size: 3,
      excludeMonths: 0,
      seed: 918273,
      theme: 'Preparing for adulthood',
    });
    expect(wrapper.find('section[aria-labelledby="dip-sample-heading"]').text()).toContain(
      'Seniors, between meetings',
    );
  });

  it('asks for what is missing before drawing, in an error summary that takes focus', async () => {
    const { wrapper, fetch } = await open('/quality', ['chair']);
    await wrapper.find('#draw-seed').setValue('twelve');
    await submit(wrapper);
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Select who the sample is for', '#draw-tier-multiagency'],
      ['Enter how many plans to draw', '#draw-size'],
      ['The seed must be a whole number, like the one recorded with an earlier sample', '#draw-seed'],
    ]);
    await wrapper.find('#draw-tier-multiagency').setValue(true);
    await wrapper.find('#draw-size').setValue('51');
    await wrapper.find('#draw-seed').setValue('');
    await submit(wrapper);
    expect(wrapper.findAll('.govuk-error-summary a').map((a) => a.text())).toEqual([
      "Select the group's meeting",
      'The number of plans must be a whole number from 1 to 50',
    ]);
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('says why the API would not draw, against the field it names or as the problem', async () => {
    const { wrapper } = await open('/quality', ['chair'], {
      'POST /api/quality/dip-samples': () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'wrong_state',
          message: 'No plans are left to sample in that window.',
        },
      }),
    });
    await wrapper.find('#draw-tier-senior').setValue(true);
    await wrapper.find('#draw-size').setValue('5');
    await submit(wrapper);
    expect(wrapper.find('.govuk-error-summary li').text()).toBe(
      'No plans are left to sample in that window.',
    );
    expect(wrapper.find('#dip-sample-heading').exists()).toBe(false);
  });

  it('opens a sample named in the address, so it can be sent to a colleague', async () => {
    const { wrapper } = await open('/quality?sample=s1', ['qa_reviewer'], {
      'GET /api/quality/dip-samples/s1': ok(A_SAMPLE),
    });
    expect(wrapper.find('#dip-sample-heading').text()).toBe('Dip sample of 3 plans');
    expect(wrapper.find('.app-dip-sample-seed').text()).toBe('918273');
  });

  it('offers the draw only to those who draw samples, and the figures to those who read them', async () => {
    const presenter = await open('/quality', ['presenter']);
    expect(presenter.wrapper.find('form').exists()).toBe(false);
    expect(presenter.wrapper.find('a[href="/quality/figures"]').exists()).toBe(false);
    expect(presenter.wrapper.text()).toContain('Dip samples are drawn by the group');
    presenter.wrapper.unmount();
    const dco = await open('/quality', ['dco']);
    expect(dco.wrapper.find('form').exists()).toBe(false);
    expect(dco.wrapper.find('a[href="/quality/figures"]').exists()).toBe(true);
    expect(dco.wrapper.find('a[href="/admin/quality-framework"]').exists()).toBe(false);
  });
});
