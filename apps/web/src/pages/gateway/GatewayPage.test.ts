import type { HealthAdviceView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs, urlOf } from '../../test-support/fake-api';

const SALT = { id: 'a-salt', name: 'Speech and language therapy' };
const CAMHS = { id: 'a-camhs', name: 'CAMHS' };
const TEAMS = [
  { ...SALT, code: 'salt' },
  { ...CAMHS, code: 'camhs' },
];

const THE_DCO = {
  ...A_CHAIR,
  id: 'dco',
  displayName: 'Dr Imogen Featherby',
  roles: ['dco', 'panel_member'],
  agencyId: 'a-icb',
  agencyKind: 'health',
};
const SALT_LEAD = {
  ...A_CHAIR,
  id: 'salt-lead',
  displayName: 'Sara Puddlewick',
  roles: ['health_team_rep'],
  agencyId: SALT.id,
  agencyKind: 'health',
};

const anAdvice = (id: string, overrides: Partial<HealthAdviceView> = {}): HealthAdviceView => ({
  id,
  caseReference: `EHC-26-000${id}`,
  childId: `child-${id}`,
  requestId: `request-${id}`,
  source: 'assessment',
  team: SALT,
  status: 'with_team',
  response: 'full_advice',
  priority: 'routine',
  teamResponse: 'accepted',
  requestedOn: '2026-10-01',
  dueOn: '2026-11-12',
  returnedOn: null,
  daysLeft: 10,
  overdue: false,
  exceptionCase: false,
  lastChasedAt: null,
  reassignments: 0,
  quality: null,
  evidenceId: null,
  ...overrides,
});

const OVERDUE = anAdvice('1', {
  team: CAMHS,
  dueOn: '2026-11-20',
  daysLeft: -3,
  overdue: true,
  priority: 'urgent',
});
const ON_TRACK = anAdvice('2', { dueOn: '2026-12-03', daysLeft: 10 });
const RETURNED = anAdvice('3', {
  status: 'returned',
  returnedOn: '2026-11-02',
  dueOn: '2026-11-05',
  daysLeft: null,
  evidenceId: 'e3',
});

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const ok = (body: unknown) => () => ({ status: 200, body });

async function open(path: string, user: unknown, api: Routes) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(user),
    'GET /api/health-gateway/teams': ok(TEAMS),
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

const rowOf = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], reference: string) =>
  wrapper.findAll('tbody tr').find((tr) => tr.find('th').text().startsWith(reference))!;
const cellsOf = (row: ReturnType<typeof rowOf>) => row.findAll('td').map((td) => td.text());
const callsTo = (fetch: Awaited<ReturnType<typeof open>>['fetch'], method: string, url: string) =>
  fetch.mock.calls.filter(([u, init]) => urlOf(u) === url && (init?.method ?? 'GET') === method);

describe("the DCO's health advice tracker", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lists every open request, the earliest due first, with how late it is in words', async () => {
    const { wrapper } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([ON_TRACK, OVERDUE]),
    });
    expect(wrapper.find('h1').text()).toBe('Health Gateway');
    expect(wrapper.find('caption').text()).toBe('Requests for health advice');
    expect(wrapper.find('[data-test="advice-status"]').text()).toBe(
      '2 open requests, the earliest due first.',
    );
    const rows = wrapper.findAll('tbody tr');
    expect(rows.map((r) => r.find('th a').text())).toEqual(['EHC-26-0001', 'EHC-26-0002']);
    const late = rowOf(wrapper, 'EHC-26-0001');
    expect(late.find('th a').attributes('href')).toBe('/cases/child-1');
    expect(cellsOf(late).slice(0, 5)).toEqual([
      'CAMHS Accepted',
      'Full advice',
      'Urgent',
      '1 October 2026',
      '20 November 2026',
    ]);
    expect(late.find('[data-test="time-left"]').text()).toBe('3 days overdue');
    expect(late.find('.govuk-tag--red').text()).toBe('Overdue');
    expect(rowOf(wrapper, 'EHC-26-0002').find('[data-test="time-left"]').text()).toBe('10 days left');
    expect(late.find('button').text()).toBe('Chase the advice for EHC-26-0001 (CAMHS)');
    expect(wrapper.find('a[href="/gateway/figures"]').text()).toBe('Health Gateway figures');
  });

  it('says the tracker could not be loaded, and lists the requests when the DCO tries again', async () => {
    let asked = 0;
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': () =>
        ++asked === 1 ? { status: 502 } : { status: 200, body: [ON_TRACK] },
    });
    expect(wrapper.find('.govuk-error-summary').text()).toContain('Convene could not be reached. Try again.');
    expect(wrapper.find('[data-test="advice-status"]').exists()).toBe(false);
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Try again')!
      .trigger('click');
    await flushPromises();
    expect(callsTo(fetch, 'GET', '/api/health-gateway/advice?state=open')).toHaveLength(2);
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    expect(wrapper.find('[data-test="advice-status"]').text()).toBe(
      '1 open request, the earliest due first.',
    );
  });

  it('filters by team through the API and to the overdue ones on the page', async () => {
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([ON_TRACK, OVERDUE]),
      'GET /api/health-gateway/advice?state=open&teamId=a-camhs': ok([
        OVERDUE,
        anAdvice('4', { team: CAMHS }),
      ]),
    });
    expect(wrapper.findAll('#tracker-team option').map((o) => o.text())).toEqual([
      'All teams',
      'Speech and language therapy',
      'CAMHS',
    ]);
    await wrapper.find('#tracker-team').setValue('a-camhs');
    await wrapper.find('#tracker-overdue').setValue(true);
    await wrapper.find('form[aria-label="Filter the tracker"]').trigger('submit');
    await flushPromises();
    expect(callsTo(fetch, 'GET', '/api/health-gateway/advice?state=open&teamId=a-camhs')).toHaveLength(1);
    expect(wrapper.findAll('tbody tr').map((r) => r.find('th a').text())).toEqual(['EHC-26-0001']);
    expect(wrapper.find('[data-test="advice-status"]').text()).toBe(
      '1 open request, the earliest due first.',
    );
  });

  it('records a chase with its note, shows it on the row and puts the cursor back on the button', async () => {
    const chased = { ...OVERDUE, lastChasedAt: '2026-11-23T09:30:00.000Z' };
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([OVERDUE]),
      'POST /api/health-gateway/advice/1/chase': ok(chased),
    });
    await rowOf(wrapper, 'EHC-26-0001').find('button').trigger('click');
    const heading = wrapper.find('.app-advice-action h2');
    expect(heading.text()).toBe('Chase EHC-26-0001 (CAMHS)');
    expect(document.activeElement).toBe(heading.element);
    expect(wrapper.find('.app-advice-action').text()).toContain('Due 20 November 2026 (3 days overdue).');
    await wrapper.find('#chase-note').setValue('Emailed the CAMHS duty lead.');
    await wrapper.find('.app-advice-action form').trigger('submit');
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/health-gateway/advice/1/chase')[0]![1])).toEqual({
      note: 'Emailed the CAMHS duty lead.',
    });
    expect(wrapper.find('.app-advice-action').exists()).toBe(false);
    expect(rowOf(wrapper, 'EHC-26-0001').text()).toContain('Chased 23 November 2026');
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain(
      'Chase recorded for EHC-26-0001 (CAMHS).',
    );
    expect(document.activeElement).toBe(wrapper.find('#advice-chase-1').element);
  });

  it('agrees an action on a request for advice, owned by a team, and says so', async () => {
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([OVERDUE]),
      'GET /api/actions/owners': ok({ people: [], teams: [CAMHS] }),
      'POST /api/health-gateway/advice/1/actions': () => ({ status: 201, body: {} }),
    });
    await wrapper.find('#advice-action-1').trigger('click');
    await flushPromises();
    const section = wrapper.find('.app-advice-action');
    expect(section.find('h2').text()).toBe('Agree an action on the advice for EHC-26-0001 (CAMHS)');
    await section.find('textarea').setValue('Book a joint visit with the school nurse');
    await section.find('select').setValue('team:a-camhs');
    await section.find('input[type="date"]').setValue('2026-12-14');
    await section.find('form').trigger('submit');
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/health-gateway/advice/1/actions')[0]![1])).toEqual({
      what: 'Book a joint visit with the school nurse',
      ownerTeamId: 'a-camhs',
      dueOn: '2026-12-14',
    });
    expect(wrapper.find('.app-advice-action').exists()).toBe(false);
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain(
      'Action agreed for EHC-26-0001 (CAMHS): Book a joint visit with the school nurse.',
    );
  });

  it('rates a returned advice against the four points of the standard', async () => {
    const rated = {
      ...RETURNED,
      quality: {
        criteria: {
          describes_needs: true,
          specific_outcomes: true,
          quantified_provision: false,
          child_and_family_views: true,
        },
        meetsStandard: false,
        note: 'Say how often.',
      },
    };
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([]),
      'GET /api/health-gateway/advice?state=returned': ok([RETURNED]),
      'POST /api/health-gateway/advice/3/quality': ok(rated),
    });
    expect(wrapper.find('[data-test="advice-status"]').text()).toBe('No open requests.');
    await wrapper.find('#tracker-state').setValue('returned');
    await wrapper.find('form[aria-label="Filter the tracker"]').trigger('submit');
    await flushPromises();
    const row = rowOf(wrapper, 'EHC-26-0003');
    expect(row.find('[data-test="time-left"]').text()).toBe('Returned 2 November 2026');
    expect(row.find('.govuk-tag').text()).toBe('On time');
    expect(row.find('a[href="/api/evidence/e3/content"]').exists()).toBe(true);
    await row.find('#advice-rate-3').trigger('click');
    const form = wrapper.find('.app-advice-action');
    expect(form.find('legend').text()).toBe('Which points of the standard does the advice meet?');
    expect(form.findAll('input[type="checkbox"]')).toHaveLength(4);
    for (const point of ['describes_needs', 'specific_outcomes', 'child_and_family_views'])
      await form.find(`input[value="${point}"]`).setValue(true);
    await form.find('#quality-note').setValue('Say how often.');
    await form.find('form').trigger('submit');
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/health-gateway/advice/3/quality')[0]![1])).toEqual({
      criteria: {
        describes_needs: true,
        specific_outcomes: true,
        quantified_provision: false,
        child_and_family_views: true,
      },
      note: 'Say how often.',
    });
    expect(rowOf(wrapper, 'EHC-26-0003').text()).toContain('Below the standard');
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain('it does not meet the standard');
  });

  it('records a request for advice by its case reference, looking the request up in the caseload', async () => {
    const recorded = anAdvice('5', {
      team: null,
      status: 'awaiting_triage',
      response: null,
      priority: null,
      teamResponse: null,
      requestedOn: '2026-11-20',
      dueOn: '2027-01-01',
      daysLeft: 39,
    });
    const caseRow = {
      childId: 'child-5',
      caseReference: 'EHC-26-0005',
      request: { id: 'request-5', stage: 'assessing', receivedOn: '2026-10-01', source: 'school' },
    };
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([OVERDUE]),
      'GET /api/cases?reference=ehc-26-0005&pageSize=10': ok({
        items: [{ ...caseRow, caseReference: 'EHC-26-00051' }, caseRow],
        page: 1,
        pageSize: 10,
        total: 2,
      }),
      'POST /api/health-gateway/advice': ok(recorded),
    });
    await wrapper.find('#record-reference').setValue('ehc-26-0005');
    await wrapper.find('#record-source-health_visiting_referral').setValue(true);
    await wrapper.find('#record-requested-on').setValue('2026-11-20');
    (wrapper.find('#record-reference').element as HTMLInputElement).form!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/health-gateway/advice')[0]![1])).toEqual({
      requestId: 'request-5',
      source: 'health_visiting_referral',
      requestedOn: '2026-11-20',
    });
    expect(wrapper.find('[role="status"].govuk-inset-text').text()).toBe(
      'Request for health advice recorded for EHC-26-0005. It is due 1 January 2027.',
    );
    expect(
      rowOf(wrapper, 'EHC-26-0005')
        .findAll('td')
        .map((td) => td.text())
        .slice(0, 2),
    ).toEqual(['Awaiting triage', 'Not triaged yet']);
  });

  it('says which answers are missing, and when no case has the reference, in an error summary that takes focus', async () => {
    const { wrapper, fetch } = await open('/gateway', THE_DCO, {
      'GET /api/health-gateway/advice?state=open': ok([]),
      'GET /api/cases?reference=EHC-99-9999&pageSize=10': ok({ items: [], page: 1, pageSize: 10, total: 0 }),
    });
    const form = (wrapper.find('#record-reference').element as HTMLInputElement).form!;
    await wrapper.find('#record-requested-on').setValue('');
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    const summary = wrapper.find('.govuk-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '#record-reference',
      '#record-source',
      '#record-requested-on',
    ]);

    await wrapper.find('#record-reference').setValue('EHC-99-9999');
    await wrapper.find('#record-source').setValue(true);
    await wrapper.find('#record-requested-on').setValue('2026-11-20');
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'There is no case with the reference EHC-99-9999 that you can see',
    );
    expect(wrapper.find('#record-reference').attributes('aria-describedby')).toBe(
      'record-reference-hint record-reference-error',
    );
    expect(callsTo(fetch, 'POST', '/api/health-gateway/advice')).toHaveLength(0);
  });
});

describe("a health team's queue", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it("shows the representative their own team's requests and marks one returned by uploading the advice", async () => {
    const returned = {
      ...ON_TRACK,
      status: 'returned' as const,
      returnedOn: '2026-11-23',
      daysLeft: null,
      evidenceId: 'e9',
    };
    const { wrapper, fetch } = await open('/gateway', SALT_LEAD, {
      'GET /api/health-gateway/advice?state=open&teamId=a-salt': ok([ON_TRACK]),
      'POST /api/health-gateway/advice/2/return': ok(returned),
    });
    expect(wrapper.find('h2').text()).toBe("Your team's queue");
    expect(wrapper.find('caption').text()).toBe("Your team's requests for health advice");
    expect(wrapper.find('a[href="/gateway/figures"]').exists()).toBe(false);
    expect(wrapper.find('#record-reference').exists()).toBe(false);
    const button = rowOf(wrapper, 'EHC-26-0002').find('button');
    expect(button.text()).toBe('Mark returned: upload the advice for EHC-26-0002');
    await button.trigger('click');
    expect(document.activeElement).toBe(wrapper.find('.app-advice-action h2').element);

    await wrapper.find('.app-advice-action form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary a').text()).toBe('Choose the file with your advice');
    expect(callsTo(fetch, 'POST', '/api/health-gateway/advice/2/return')).toHaveLength(0);

    const input = wrapper.find('#return-file');
    Object.defineProperty(input.element, 'files', {
      value: [new File(['%PDF-1.7'], 'salt-advice.pdf', { type: 'application/pdf' })],
    });
    await input.trigger('change');
    await wrapper.find('#return-title').setValue('SALT advice, November 2026');
    await wrapper.find('.app-advice-action form').trigger('submit');
    await flushPromises();
    const body = callsTo(fetch, 'POST', '/api/health-gateway/advice/2/return')[0]![1]!.body as FormData;
    expect((body.get('file') as File).name).toBe('salt-advice.pdf');
    expect(body.get('title')).toBe('SALT advice, November 2026');
    const row = rowOf(wrapper, 'EHC-26-0002');
    expect(row.find('[data-test="time-left"]').text()).toBe('Returned 23 November 2026');
    expect(row.find('#advice-return-2').exists()).toBe(false);
    expect(document.activeElement).toBe(wrapper.find('[data-test="advice-status"]').element);
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain(
      'Advice for EHC-26-0002 (Speech and language therapy) uploaded and marked returned.',
    );
  });

  it('lets the representative agree an action on a request in their queue, owned by one of their team', async () => {
    const colleague = {
      id: 'p-ada',
      displayName: 'Ada Fairweather',
      teamName: 'Speech and language therapy',
    };
    const { wrapper, fetch } = await open('/gateway', SALT_LEAD, {
      'GET /api/health-gateway/advice?state=open&teamId=a-salt': ok([ON_TRACK]),
      'GET /api/actions/owners': ok({ people: [colleague], teams: [] }),
      'POST /api/health-gateway/advice/2/actions': () => ({ status: 201, body: {} }),
    });
    const button = rowOf(wrapper, 'EHC-26-0002').find('#advice-action-2');
    expect(button.text()).toBe('Agree an action on the advice for EHC-26-0002 (Speech and language therapy)');
    await button.trigger('click');
    await flushPromises();
    const section = wrapper.find('.app-advice-action');
    await section.find('textarea').setValue('Ask the school for the speech and language screening');
    await section.find('select').setValue('person:p-ada');
    await section.find('input[type="date"]').setValue('2026-12-11');
    await section.find('form').trigger('submit');
    await flushPromises();
    expect(sentJson(callsTo(fetch, 'POST', '/api/health-gateway/advice/2/actions')[0]![1])).toEqual({
      what: 'Ask the school for the speech and language screening',
      ownerUserId: 'p-ada',
      dueOn: '2026-12-11',
    });
    expect(wrapper.find('[data-test="advice-status"]').text()).toContain(
      'Action agreed for EHC-26-0002 (Speech and language therapy)',
    );
  });
});
