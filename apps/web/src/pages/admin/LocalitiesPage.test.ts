import type { ManagedLocality } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';
import { visibleText } from '../../test-support/visible-text';

const NOVA = {
  id: 'u-nova',
  email: 'nova@council.example',
  displayName: 'Nova Inkpot',
  jobTitle: null,
  roles: ['presenter'],
  active: true,
  agency: { id: 'a1', name: 'SEND service', kind: 'send_service' },
  twoStepOn: false,
};
const PIP = { ...NOVA, id: 'u-pip', email: 'pip@council.example', displayName: 'Pip Larkspur' };
const NOT_A_FLO = { ...NOVA, id: 'u-sam', displayName: 'Sam Chair', roles: ['chair'] };
const NORTHDALE: ManagedLocality = {
  id: 'l-north',
  code: 'northdale',
  name: 'Northdale',
  isVulnerablePupilsTeam: false,
  retired: false,
  familyLinkOfficers: [{ id: 'u-nova', displayName: 'Nova Inkpot' }],
  children: 12,
};
const TYPO: ManagedLocality = {
  ...NORTHDALE,
  id: 'l-typo',
  code: 'sothmere',
  name: 'Sothmere',
  familyLinkOfficers: [],
  children: 0,
};

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;

async function open(roles: string[], localities: ManagedLocality[], api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/admin/localities': () => ({ status: 200, body: localities }),
    'GET /api/admin/users': () => ({ status: 200, body: [NOVA, PIP, NOT_A_FLO] }),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/admin/localities');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true));
  await flushPromises();
  return { wrapper, fetch };
}
type Fetch = Awaited<ReturnType<typeof open>>['fetch'];
const sent = (fetch: Fetch, method: string, path: string) =>
  fetch.mock.calls
    .filter(([p, init]) => p === path && init?.method === method)
    .map(([, init]) => sentJson(init));
const status = (wrapper: Awaited<ReturnType<typeof open>>['wrapper']) =>
  wrapper
    .findAll('[role="status"]')
    .map((s) => s.text())
    .join(' ');
/** Each row of a card's summary list, as "key: value". */
const rows = (section: ReturnType<typeof card>) =>
  section
    .findAll('.govuk-summary-list__row')
    .map((r) => `${visibleText(r.get('dt'))}: ${visibleText(r.get('dd'))}`);
const card = (wrapper: Awaited<ReturnType<typeof open>>['wrapper'], name: string) =>
  wrapper.findAll('section.govuk-summary-card').find((c) => c.find('h3').text().startsWith(name))!;

describe('the localities, for administrators', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('is not there for someone who is not an administrator', async () => {
    const { wrapper } = await open(['chair', 'presenter'], [NORTHDALE]);
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });

  it('says there are none yet on an empty installation, and adds the first with its Family Link Officers', async () => {
    const { wrapper, fetch } = await open(['admin'], [], {
      'POST /api/admin/localities': (init) => ({
        status: 201,
        body: {
          ...NORTHDALE,
          ...sentJson<object>(init),
          familyLinkOfficers: [{ id: 'u-pip', displayName: 'Pip Larkspur' }],
          children: 0,
        },
      }),
    });
    expect(wrapper.find('h1').text()).toBe('Localities');
    expect(wrapper.find('nav[aria-label="Administration"] .app-current').text()).toBe('Localities');
    expect(visibleText(wrapper.find('.govuk-inset-text'))).toContain('There are no localities yet');
    // Only active Family Link Officers are offered.
    expect(
      wrapper
        .findAll('#locality-officers, [name="locality-officers"]')
        .map((i) => i.element.getAttribute('value')),
    ).toEqual(['u-nova', 'u-pip']);

    await wrapper.get('#locality-name').setValue('Northdale');
    await wrapper.get('#locality-code').setValue('northdale');
    await wrapper.get('input[value="u-pip"]').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch, 'POST', '/api/admin/localities')).toEqual([
      {
        code: 'northdale',
        name: 'Northdale',
        isVulnerablePupilsTeam: false,
        familyLinkOfficerIds: ['u-pip'],
      },
    ]);
    expect(status(wrapper)).toContain('Northdale added.');
  });

  it('says what is wrong with a new locality before sending it, against each field', async () => {
    const { wrapper, fetch } = await open(['admin'], []);
    await wrapper.get('#locality-code').setValue('North Dale');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch, 'POST', '/api/admin/localities')).toEqual([]);
    expect(wrapper.findAll('.govuk-error-summary__list a').map((a) => a.text())).toEqual([
      'Enter the name of the locality',
      'Enter a code of 2 to 40 lower-case letters, digits and underscores, starting with a letter',
    ]);
    expect(wrapper.get('#locality-code').attributes('aria-describedby')).toContain('locality-code-error');
  });

  it('shows the API’s refusal of a code already taken against the code', async () => {
    const { wrapper } = await open(['admin'], [NORTHDALE], {
      'POST /api/admin/localities': () => ({
        status: 409,
        body: {
          statusCode: 409,
          code: 'locality_code_taken',
          message: 'A locality already has that code.',
          fields: [{ field: 'code', messages: ['A locality already has that code.'] }],
        },
      }),
    });
    await wrapper.get('#locality-name').setValue('Northdale again');
    await wrapper.get('#locality-code').setValue('northdale');
    await wrapper.findAll('form').at(-1)!.trigger('submit');
    await flushPromises();
    expect(wrapper.get('#locality-code-error').text()).toContain('A locality already has that code.');
  });

  it('shows each locality with its code, officers and children; one with children can be retired but not deleted', async () => {
    const { wrapper, fetch } = await open(['admin'], [NORTHDALE, TYPO], {
      'PATCH /api/admin/localities/l-north': (init) => ({
        status: 200,
        body: { ...NORTHDALE, ...sentJson<object>(init) },
      }),
      'DELETE /api/admin/localities/l-typo': () => ({ status: 204 }),
    });
    const north = card(wrapper, 'Northdale');
    expect(rows(north)).toEqual([
      'Code: northdale',
      'Kind: Area',
      'Family Link Officers: Nova Inkpot',
      'Children: 12 children',
    ]);
    expect(north.findAll('button').map((b) => visibleText(b))).toEqual([
      'Change Northdale',
      'Retire Northdale',
    ]);
    expect(rows(card(wrapper, 'Sothmere'))).toContain('Family Link Officers: None yet');

    await north.findAll('button')[1]!.trigger('click');
    await flushPromises();
    expect(sent(fetch, 'PATCH', '/api/admin/localities/l-north')).toEqual([{ retired: true }]);
    expect(status(wrapper)).toContain('Northdale is retired: it is no longer offered for new cases.');

    await card(wrapper, 'Sothmere')
      .findAll('button')
      .find((b) => b.text().startsWith('Delete'))!
      .trigger('click');
    await flushPromises();
    expect(
      fetch.mock.calls.some(([p, init]) => p === '/api/admin/localities/l-typo' && init?.method === 'DELETE'),
    ).toBe(true);
  });

  it('marks a retired locality and brings it back into use', async () => {
    const { wrapper, fetch } = await open(['admin'], [{ ...NORTHDALE, retired: true }], {
      'PATCH /api/admin/localities/l-north': (init) => ({
        status: 200,
        body: { ...NORTHDALE, ...sentJson<object>(init) },
      }),
    });
    const north = card(wrapper, 'Northdale');
    expect(north.find('.govuk-tag').text()).toBe('Retired');
    await north
      .findAll('button')
      .find((b) => b.text().startsWith('Bring back'))!
      .trigger('click');
    await flushPromises();
    expect(sent(fetch, 'PATCH', '/api/admin/localities/l-north')).toEqual([{ retired: false }]);
  });

  it('renames a locality and changes its Family Link Officers in one save', async () => {
    const { wrapper, fetch } = await open(['admin'], [NORTHDALE], {
      'PATCH /api/admin/localities/l-north': (init) => ({
        status: 200,
        body: { ...NORTHDALE, ...sentJson<object>(init) },
      }),
    });
    await card(wrapper, 'Northdale').findAll('button')[0]!.trigger('click');
    await flushPromises();
    const name = wrapper.get('#locality-l-north-name');
    expect((name.element as HTMLInputElement).value).toBe('Northdale');
    expect(document.activeElement).toBe(name.element);
    await name.setValue('Northdale and Fell');
    await wrapper.get('#locality-l-north-officers-u-pip').setValue(true);
    await card(wrapper, 'Northdale').get('form').trigger('submit');
    await flushPromises();
    expect(sent(fetch, 'PATCH', '/api/admin/localities/l-north')).toEqual([
      { name: 'Northdale and Fell', familyLinkOfficerIds: ['u-nova', 'u-pip'] },
    ]);
    expect(status(wrapper)).toContain('Northdale and Fell changed.');
  });
});
