import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { familyRequestView } from '@convene/domain';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import {
  A_CHAIR,
  fakeApi,
  healthy,
  sentJson,
  signedInAs,
  signedOut,
  urlOf,
} from '../../test-support/fake-api';

const A_PARENT = {
  id: '7a0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
  email: 'sam.parent@example.com',
  displayName: 'Sam Parent',
  roles: ['family'],
  agencyId: '0e0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e51',
  agencyKind: 'family',
};
const THEIR_CHILD = { id: 'c1', firstName: 'Robin', requestReference: 'EHC-26-0042' };
const THEIR_REQUEST = {
  child: THEIR_CHILD,
  view: familyRequestView({
    stage: 'assessment',
    receivedOn: '2026-09-07',
    stepsOn: { assessment: '2026-10-12' },
    exceptions: [],
    today: '2026-12-07',
  }),
  familyLinkOfficer: { name: 'Priya Shah', email: 'priya.shah@fernshire.example' },
};

async function open(path: string, hash = '') {
  window.history.replaceState(null, '', `/family/sign-in${hash}`);
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

/** Nobody signed in yet; the council's residents' identity provider set up, or not. */
const signedOutWithResidentAccount = (enabled: boolean) =>
  fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedOut,
    'GET /api/auth/family/oidc': () => ({
      status: 200,
      body: { enabled, label: enabled ? 'Sign in with your Fernshire resident account' : '' },
    }),
  });

describe('signing in as a parent, carer or young person', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('emails a link and says so, without saying whether the address is known', async () => {
    const fetch = fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/family/link': () => ({ status: 202, body: { message: 'If the council holds…' } }),
    });
    const { wrapper } = await open('/family/sign-in');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'Enter your email address, like name@example.com',
    );
    await wrapper.find('#email').setValue(' sam.parent@example.com ');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const asked = fetch.mock.calls.find(([input]) => urlOf(input) === '/api/auth/family/link');
    expect(sentJson(asked?.[1])).toEqual({ email: 'sam.parent@example.com' });
    expect(wrapper.find('h1').text()).toBe('Check your email');
    expect(wrapper.text()).toContain('If sam.parent@example.com is the email address we have for you');
    expect(wrapper.text()).toContain('The link works once, for 15 minutes.');
  });

  it('shows a demo account its link on the page, as a path on this site', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/family/link': () => ({
        status: 202,
        body: {
          message: 'If the council holds…',
          demoLink: 'https://convene.fernshire.example/family/sign-in#token=abc123',
        },
      }),
    });
    const { wrapper } = await open('/family/sign-in');
    await wrapper.find('#email').setValue('parent@family.example');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const link = wrapper.find('.govuk-inset-text a');
    expect(link.text()).toBe('sign in as the demo parent');
    expect(link.attributes('href')).toBe('/family/sign-in#token=abc123');
  });

  it("signs in with the link's token, takes it out of the address bar, and shows the family's page", async () => {
    const fetch = fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/family/link/redeem': signedInAs(A_PARENT),
      'GET /api/family/children': () => ({ status: 200, body: [THEIR_CHILD] }),
      'GET /api/family/children/c1/request': () => ({ status: 200, body: THEIR_REQUEST }),
    });
    const { wrapper, router } = await open('/family/sign-in', '#token=abc123');
    await flushPromises();
    const redeemed = fetch.mock.calls.find(([input]) => urlOf(input) === '/api/auth/family/link/redeem');
    expect(sentJson(redeemed?.[1])).toEqual({ token: 'abc123' });
    expect(window.location.hash).toBe('');
    // One child: straight to their request, in plain words, with who to ask.
    // The family's pages load on demand: allow a busy machine time to fetch them.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('family-child'), { timeout: 5_000 });
    await vi.waitFor(() => expect(wrapper.find('h1').text()).toBe('Robin’s request'), { timeout: 5_000 });
    expect(wrapper.text()).toContain('Request reference EHC-26-0042');
    expect(wrapper.text()).toContain('We are finding out about your child’s needs');
    expect(wrapper.text()).toContain('Your Family Link Officer is Priya Shah.');
    // No staff menu, settings or notifications for a family.
    expect(wrapper.find('[aria-label="Service menu"]').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Notification settings');
  });

  it('says plainly why a link did not work, and offers a new one', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/family/link/redeem': () => ({
        status: 401,
        body: { statusCode: 401, code: 'sign_in_link_used', message: 'This sign-in link has been used.' },
      }),
    });
    const { wrapper } = await open('/family/sign-in', '#token=spent');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'This link has been used already. Each link works once. Ask for a new one below.',
    );
    expect(wrapper.find('#email').exists()).toBe(true);
  });

  it("offers the council's resident account as a second way in, only when it is set up", async () => {
    signedOutWithResidentAccount(true);
    const { wrapper } = await open('/family/sign-in');
    const button = wrapper.find('a.govuk-button--secondary');
    expect(button.text()).toBe('Sign in with your Fernshire resident account');
    expect(button.attributes('href')).toBe('/api/auth/family/oidc/start');
    expect(wrapper.text()).toContain('or');
    expect(wrapper.find('#email').exists()).toBe(true);
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);

    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    signedOutWithResidentAccount(false);
    const notSetUp = await open('/family/sign-in');
    expect(notSetUp.wrapper.find('a.govuk-button--secondary').exists()).toBe(false);
    expect(notSetUp.wrapper.find('#email').exists()).toBe(true);
  });

  it('says plainly why signing in with a resident account did not work, and who to ask', async () => {
    signedOutWithResidentAccount(true);
    const { wrapper } = await open('/family/sign-in?problem=not_registered');
    const summary = wrapper.find('.govuk-error-summary');
    expect(summary.text()).toContain(
      'We could not find an account for that email. Ask your Family Link Officer to add you.',
    );
    expect(document.activeElement).toBe(summary.element);
    // Either way in is still there to try.
    expect(wrapper.find('#email').exists()).toBe(true);
    expect(wrapper.find('a.govuk-button--secondary').exists()).toBe(true);
  });

  it('keeps a family out of staff pages, and staff out of the family’s', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedInAs(A_PARENT),
      'GET /api/family/children': () => ({ status: 200, body: [THEIR_CHILD] }),
      'GET /api/family/children/c1/request': () => ({ status: 200, body: THEIR_REQUEST }),
    });
    const family = await open('/cases');
    await vi.waitFor(() => expect(family.router.currentRoute.value.name).toBe('family-child'), {
      timeout: 5_000,
    });
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedInAs(A_CHAIR),
      'GET /api/advice-gateways': () => ({ status: 200, body: [] }),
    });
    const staff = await open('/family');
    expect(staff.router.currentRoute.value.name).toBe('not-found');
  });
});
