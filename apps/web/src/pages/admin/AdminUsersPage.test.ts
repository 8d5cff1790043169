import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs } from '../../test-support/fake-api';
import { visibleText } from '../../test-support/visible-text';
import { viewTestAt } from '../../test-support/viewport';

const A_USER = {
  id: 'u9',
  email: 'nova@council.example',
  displayName: 'Nova Inkpot',
  jobTitle: null,
  roles: ['presenter'],
  active: true,
  agency: { id: 'a1', name: 'SEND service', kind: 'send_service' },
  twoStepOn: true,
};

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

async function open(path: string, roles: string[], answers: { users?: Answer; deactivate?: Answer } = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs({ ...A_CHAIR, roles }),
    'GET /api/admin/users': () => answers.users ?? { status: 200, body: [A_USER] },
    'GET /api/admin/agencies': () => ({
      status: 200,
      body: [
        { id: 'a1', code: 'send', name: 'SEND service', kind: 'send_service', retired: false },
        { id: 'a2', code: 'old_ot', name: 'Old OT team', kind: 'health', retired: true },
      ],
    }),
    'PATCH /api/admin/users/u9': () =>
      answers.deactivate ?? { status: 200, body: { ...A_USER, active: false } },
    'POST /api/admin/users/u9/two-step/reset': () => ({ status: 204 }),
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await vi.waitFor(() => expect(wrapper.find('h1').exists()).toBe(true));
  await flushPromises();
  return { wrapper, router, fetch };
}

describe('administering users', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    viewTestAt(1024, 768);
  });

  it('is not there for someone who is not an administrator', async () => {
    const { wrapper } = await open('/admin/users', ['chair']);
    expect(wrapper.find('h1').text()).toBe('Page not found');
    expect(wrapper.text()).not.toContain('Admin');
  });

  it('lists users with their roles and deactivates one', async () => {
    const { wrapper, fetch } = await open('/admin/users', ['admin']);
    expect(wrapper.find('h1').text()).toBe('Users');
    expect(wrapper.find('tbody').text()).toContain('Nova Inkpot');
    expect(wrapper.find('tbody').text()).toContain('Family Link Officer (presenter)');
    const deactivate = wrapper.findAll('tbody button').find((b) => b.text().startsWith('Deactivate'))!;
    await deactivate.trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      '/api/admin/users/u9',
      expect.objectContaining({ method: 'PATCH', body: JSON.stringify({ active: false }) }),
    );
  });

  it('offers only the agencies in use for a new user, not retired ones', async () => {
    const { wrapper } = await open('/admin/users', ['admin']);
    expect(wrapper.findAll('#new-agency option').map((o) => o.text())).toEqual([
      'Choose an agency',
      'SEND service',
    ]);
  });

  it('resets the two-step sign-in of someone who lost their app', async () => {
    const { wrapper, fetch } = await open('/admin/users', ['admin']);
    expect(wrapper.find('tbody').text()).toContain('Two-step sign-in on');
    const reset = wrapper.findAll('tbody button').find((b) => b.text().startsWith('Reset two-step sign-in'))!;
    expect(reset.text()).toBe('Reset two-step sign-in of Nova Inkpot');
    await reset.trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      '/api/admin/users/u9/two-step/reset',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(wrapper.text()).toContain('two-step sign-in is reset');
  });

  it('shows each user on a phone as a card of their details, with their actions under them', async () => {
    viewTestAt(390, 844);
    const { wrapper, fetch } = await open('/admin/users', ['admin']);
    expect(wrapper.find('table').exists()).toBe(false);
    const card = wrapper.get('section.govuk-summary-card');
    expect(card.get('h2').text()).toBe('Nova Inkpot');
    const details = card
      .findAll('.govuk-summary-list__row')
      .map((row) => `${row.get('dt').text()}: ${visibleText(row.get('dd'))}`);
    expect(details).toEqual([
      'Email address: nova@council.example',
      'Agency: SEND service',
      'Roles: Family Link Officer (presenter)',
      'Status: Active',
      'Two-step sign-in: On',
    ]);
    const actions = card.findAll('.govuk-button-group button');
    expect(actions.map((b) => visibleText(b))).toEqual([
      'Change roles of Nova Inkpot',
      'Deactivate Nova Inkpot',
      'Reset two-step sign-in of Nova Inkpot',
    ]);
    await actions[2]!.trigger('click');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      '/api/admin/users/u9/two-step/reset',
      expect.objectContaining({ method: 'POST' }),
    );
  });
});

/** What the API says when it turns a request away, as the administrator reads it on the page. */
describe('a refused request on the users page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  const refusal = (statusCode: number, code: string, message: string, headers?: Record<string, string>) => ({
    status: statusCode,
    body: { statusCode, code, message },
    headers,
  });

  async function deactivateAnswered(answer: Answer): Promise<string> {
    const { wrapper } = await open('/admin/users', ['admin'], { deactivate: answer });
    const deactivate = wrapper.findAll('tbody button').find((b) => b.text().startsWith('Deactivate'))!;
    await deactivate.trigger('click');
    await flushPromises();
    return visibleText(wrapper.get('.govuk-error-summary'));
  }

  it('says how long to wait when the administrator sends too quickly', async () => {
    expect(
      await deactivateAnswered(
        refusal(429, 'rate_limited', 'Too many requests: wait a moment.', { 'Retry-After': '7' }),
      ),
    ).toBe("You're sending too quickly. Wait 7 seconds and try again.");
  });

  it('says to reload when the request seemed to come from another site', async () => {
    expect(
      await deactivateAnswered(
        refusal(
          403,
          'cross_site_request',
          'This request came from another website, so it was refused. Use Convene itself.',
        ),
      ),
    ).toBe(
      'Convene refused this because it seemed to come from another website. Reload the page and try again; if it happens again, tell your administrator.',
    );
  });

  it('says to reload when what the page sent could not be read', async () => {
    expect(
      await deactivateAnswered(
        refusal(415, 'unsupported_media_type', 'Send the request body as application/json.'),
      ),
    ).toBe('Convene could not read what this page sent. Reload the page and try again.');
  });

  it('says how long to wait when even the list of users was asked for too quickly', async () => {
    const { wrapper } = await open('/admin/users', ['admin'], {
      users: refusal(429, 'rate_limited', 'Too many requests: wait a moment.', { 'Retry-After': '1' }),
    });
    expect(wrapper.text()).toContain("You're sending too quickly. Wait 1 second and try again.");
  });
});
