import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
import { createAppRouter } from '../router';
import { A_CHAIR, fakeApi, healthy, signedInAs, signedOut } from '../test-support/fake-api';

async function signInPage(returnTo?: string) {
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(returnTo ? `/sign-in?returnTo=${encodeURIComponent(returnTo)}` : '/sign-in');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, router };
}

describe('the sign-in page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('says which fields are missing, in an error summary linked to each field', async () => {
    const fetch = fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedOut });
    const { wrapper } = await signInPage();
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const links = wrapper.findAll('.govuk-error-summary a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    expect(wrapper.find('#email').attributes('aria-describedby')).toBe('email-error');
    expect(fetch).not.toHaveBeenCalledWith('/api/auth/sign-in', expect.anything());
  });

  it("shows the server's reason when the password is wrong", async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': () => ({
        status: 401,
        body: {
          statusCode: 401,
          code: 'invalid_credentials',
          message: 'The email address or password is not right.',
        },
      }),
    });
    const { wrapper } = await signInPage();
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('wrong');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'The email address or password is not right.',
    );
  });

  it('signs in and goes on to the page that was asked for', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': () => ({ status: 200, body: A_CHAIR }),
    });
    const { wrapper, router } = await signInPage('/meetings');
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('convene-demo');
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/meetings'));
    expect(wrapper.text()).toContain('Morgan Brightwater');
  });

  it('tells the user of failed sign-ins at their account since they last signed in, until dismissed', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': () => ({
        status: 200,
        body: { ...A_CHAIR, failedAttemptsSinceLastSignIn: 5 },
      }),
    });
    const { wrapper, router } = await signInPage('/meetings');
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('convene-demo');
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/meetings'));
    const notice = wrapper.find('[data-testid="failed-sign-ins"]');
    expect(notice.text()).toContain(
      'There were 5 failed attempts to sign in to your account since you last signed in.',
    );
    await notice.find('button').trigger('click');
    expect(wrapper.find('[data-testid="failed-sign-ins"]').exists()).toBe(false);
  });

  it('asks for the code from the authenticator app after the password, and sends it', async () => {
    const fetch = fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': (init) =>
        (JSON.parse(init?.body as string) as { code?: string }).code === '123456'
          ? { status: 200, body: A_CHAIR }
          : {
              status: 401,
              body: {
                statusCode: 401,
                code: 'two_step_code_required',
                message: 'Enter the 6-digit code from your authenticator app, or one of your recovery codes.',
              },
            },
    });
    const { wrapper, router } = await signInPage('/meetings');
    expect(wrapper.find('#code').exists()).toBe(false);
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('convene-demo');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').exists()).toBe(false);
    expect(wrapper.find('label[for="code"]').text()).toBe('Code from your authenticator app');
    await wrapper.find('#code').setValue('123456');
    await wrapper.find('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/meetings'));
    expect(fetch).toHaveBeenCalledWith(
      '/api/auth/sign-in',
      expect.objectContaining({
        body: JSON.stringify({ email: 'chair@fernshire.example', password: 'convene-demo', code: '123456' }),
      }),
    );
  });

  it('never follows a returnTo that leaves Convene', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': () => ({ status: 200, body: A_CHAIR }),
    });
    const { wrapper, router } = await signInPage('https://evil.example/');
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('convene-demo');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/');
  });

  it('offers single sign-on when the council has set it up, keeping where they were going', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'GET /api/auth/oidc': () => ({
        status: 200,
        body: { enabled: true, label: 'Sign in with your Fernshire account' },
      }),
    });
    const { wrapper } = await signInPage('/meetings');
    await flushPromises();
    const button = wrapper.find('a.govuk-button');
    expect(button.text()).toBe('Sign in with your Fernshire account');
    expect(button.attributes('href')).toBe('/api/auth/oidc/start?returnTo=%2Fmeetings');
  });

  it('explains why single sign-on failed', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'GET /api/auth/oidc': () => ({ status: 200, body: { enabled: true, label: 'SSO' } }),
    });
    const router = createAppRouter(createMemoryHistory());
    setActivePinia(createPinia());
    await router.push('/sign-in?sso=failed&reason=not_registered');
    await router.isReady();
    const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain('not set up in Convene');
  });
});

/** An email's link goes to the sign-in page with `next`: the path of what it is about. */
describe('signing in from an email’s link', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  async function fromEmail(next: string) {
    const router = createAppRouter(createMemoryHistory());
    setActivePinia(createPinia());
    await router.push(`/sign-in?next=${encodeURIComponent(next)}`);
    await router.isReady();
    const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
    await flushPromises();
    return { wrapper, router };
  }

  async function signInWithCode(wrapper: Awaited<ReturnType<typeof fromEmail>>['wrapper']) {
    await wrapper.find('#email').setValue('chair@fernshire.example');
    await wrapper.find('#password').setValue('convene-demo');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    await wrapper.find('#code').setValue('123456');
    await wrapper.find('form').trigger('submit');
  }

  const twoStepSignIn = (init: RequestInit | undefined) =>
    (JSON.parse(init?.body as string) as { code?: string }).code === '123456'
      ? { status: 200, body: A_CHAIR }
      : {
          status: 401,
          body: { statusCode: 401, code: 'two_step_code_required', message: 'Enter the code.' },
        };

  it('lands on what the email is about, after the two-step code', async () => {
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': twoStepSignIn,
    });
    const { wrapper, router } = await fromEmail('/notifications');
    await signInWithCode(wrapper);
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/notifications'), { timeout: 5_000 });
  });

  it.each(['//evil.example/phish', '/\\evil.example', 'https://evil.example/'])(
    'never follows a next of %s, which leaves Convene',
    async (next) => {
      fakeApi({
        'GET /api/health': healthy,
        'GET /api/auth/me': signedOut,
        'POST /api/auth/sign-in': twoStepSignIn,
      });
      const { wrapper, router } = await fromEmail(next);
      await signInWithCode(wrapper);
      await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/'));
    },
  );

  it('goes straight there for someone already signed in', async () => {
    fakeApi({ 'GET /api/health': healthy, 'GET /api/auth/me': signedInAs(A_CHAIR) });
    const { router } = await fromEmail('/actions');
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/actions'), { timeout: 5_000 });
  });
});
