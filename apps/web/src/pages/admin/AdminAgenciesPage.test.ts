import type { AgencyView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, sentJson, signedInAs } from '../../test-support/fake-api';
import { visibleText } from '../../test-support/visible-text';
import { viewTestAt } from '../../test-support/viewport';

const SEND: AgencyView = {
  id: 'a-send',
  code: 'send',
  name: 'SEND service',
  kind: 'send_service',
  retired: false,
};
const SALT: AgencyView = {
  id: 'a-salt',
  code: 'salt',
  name: 'Speech and Langauge',
  kind: 'health',
  retired: false,
};
const OLD: AgencyView = { id: 'a-old', code: 'old_ot', name: 'Old OT team', kind: 'health', retired: true };

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;

async function open(roles: string[], api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/admin/agencies': () => ({ status: 200, body: [SEND, SALT, OLD] }),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/admin/agencies');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true));
  await flushPromises();
  return { wrapper, fetch };
}
type Opened = Awaited<ReturnType<typeof open>>;
const sent = (fetch: Opened['fetch'], method: string, path: string) =>
  fetch.mock.calls
    .filter(([p, init]) => p === path && init?.method === method)
    .map(([, init]) => sentJson(init));
const row = (wrapper: Opened['wrapper'], name: string) =>
  wrapper.findAll('tbody tr').find((r) => r.find('td').text().startsWith(name))!;
const button = (wrapper: Opened['wrapper'], name: string, words: string) =>
  row(wrapper, name)
    .findAll('button')
    .find((b) => visibleText(b).startsWith(words))!;
const status = (wrapper: Opened['wrapper']) =>
  wrapper
    .findAll('[role="status"]')
    .map((s) => s.text())
    .join(' ');

describe('agencies and teams, for administrators', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    viewTestAt(1024, 768);
  });

  it('shows each agency as a card with its actions on a phone', async () => {
    viewTestAt(390, 844);
    const { wrapper } = await open(['admin']);
    expect(wrapper.find('table').exists()).toBe(false);
    const card = wrapper
      .findAll('section.govuk-summary-card')
      .find((c) => c.text().startsWith('Old OT team'))!;
    expect(visibleText(card.get('h2'))).toBe('Old OT team Retired');
    expect(card.findAll('dd').map((d) => d.text())).toEqual(['Health', 'old_ot']);
    expect(card.findAll('button').map((b) => visibleText(b))).toEqual([
      'Rename Old OT team',
      'Bring back into use Old OT team',
    ]);
  });

  it('is not there for someone who is not an administrator', async () => {
    const { wrapper } = await open(['chair']);
    expect(wrapper.find('h1').text()).toBe('Page not found');
  });

  it('lists every agency and team with its kind, retired ones marked, each with what can be done to it', async () => {
    const { wrapper } = await open(['admin']);
    expect(wrapper.find('h1').text()).toBe('Agencies and teams');
    expect(
      wrapper.findAll('tbody tr').map((r) =>
        r
          .findAll('td')
          .slice(0, 3)
          .map((c) => visibleText(c)),
      ),
    ).toEqual([
      ['SEND service', 'SEND service', 'send'],
      ['Speech and Langauge', 'Health', 'salt'],
      ['Old OT team Retired', 'Health', 'old_ot'],
    ]);
    expect(
      row(wrapper, 'Old OT team')
        .findAll('button')
        .map((b) => visibleText(b)),
    ).toEqual(['Rename Old OT team', 'Bring back into use Old OT team']);
  });

  it('renames a team, its code and kind staying as they are', async () => {
    const { wrapper, fetch } = await open(['admin'], {
      'PATCH /api/admin/agencies/a-salt': (init) => ({
        status: 200,
        body: { ...SALT, ...sentJson<object>(init) },
      }),
    });
    await button(wrapper, 'Speech and Langauge', 'Rename').trigger('click');
    await flushPromises();
    const input = wrapper.get('#rename-agency-name');
    expect(document.activeElement).toBe(input.element);
    await input.setValue('Speech and Language Therapy');
    input.element.closest('form')!.requestSubmit();
    await flushPromises();
    expect(sent(fetch, 'PATCH', '/api/admin/agencies/a-salt')).toEqual([
      { name: 'Speech and Language Therapy' },
    ]);
    expect(status(wrapper)).toContain('Renamed to Speech and Language Therapy.');
    expect(wrapper.find('#rename-agency-name').exists()).toBe(false);
  });

  it('retires a team, so it is no longer offered for new users', async () => {
    const { wrapper, fetch } = await open(['admin'], {
      'PATCH /api/admin/agencies/a-salt': (init) => ({
        status: 200,
        body: { ...SALT, ...sentJson<object>(init) },
      }),
    });
    await button(wrapper, 'Speech and Langauge', 'Retire').trigger('click');
    await flushPromises();
    expect(sent(fetch, 'PATCH', '/api/admin/agencies/a-salt')).toEqual([{ retired: true }]);
    expect(status(wrapper)).toContain(
      'Speech and Langauge is retired: it is no longer offered for new users.',
    );
  });

  it('adds a team, saying first what is missing', async () => {
    const { wrapper, fetch } = await open(['admin'], {
      'POST /api/admin/agencies': (init) => ({
        status: 201,
        body: { id: 'a-new', retired: false, ...sentJson<object>(init) },
      }),
    });
    const form = wrapper.get('#agency-name').element.closest('form')!;
    form.requestSubmit();
    await flushPromises();
    expect(wrapper.findAll('.govuk-error-summary__list a').map((a) => a.text())).toEqual([
      'Enter the name of the agency or team',
      'Enter a code of 2 to 40 lower-case letters, digits and underscores, starting with a letter',
      'Select the kind of agency',
    ]);
    expect(sent(fetch, 'POST', '/api/admin/agencies')).toEqual([]);
    await wrapper.get('#agency-name').setValue('Dietetics');
    await wrapper.get('#agency-code').setValue('dietetics');
    await wrapper.get('#agency-kind').setValue('health');
    form.requestSubmit();
    await flushPromises();
    expect(sent(fetch, 'POST', '/api/admin/agencies')).toEqual([
      { code: 'dietetics', name: 'Dietetics', kind: 'health' },
    ]);
    expect(status(wrapper)).toContain('Dietetics added.');
  });
});
