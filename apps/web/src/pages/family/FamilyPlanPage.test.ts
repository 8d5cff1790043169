import type { FamilyPlan, SentDraftComments } from '@convene/contracts';
import { EHC_PLAN_SECTIONS, PLAN_SECTION_WORDS_FOR_FAMILIES } from '@convene/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../App.vue';
import { createAppRouter } from '../../router';
import { fakeApi, healthy, sentJson, signedInAs, urlOf } from '../../test-support/fake-api';

const A_PARENT = {
  id: '7a0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
  email: 'sam.parent@example.com',
  displayName: 'Sam Parent',
  roles: ['family'],
  agencyId: '0e0c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e51',
  agencyKind: 'family',
};
const SENT: SentDraftComments = {
  id: 's1',
  comments: 'Part F needs speech therapy.',
  preferredSchool: 'Oak Hill Primary',
  sentAt: '2027-02-20T10:30:00Z',
};
const draft = (more: Partial<FamilyPlan> = {}): FamilyPlan => ({
  child: { id: 'c1', firstName: 'Robin', requestReference: 'EHC-26-0042' },
  kind: 'draft',
  issuedOn: '2027-02-17',
  sections: EHC_PLAN_SECTIONS.map((section) => ({
    section,
    heading: PLAN_SECTION_WORDS_FOR_FAMILIES[section],
    text: section === 'a' ? 'Robin loves trains.\nRobin wants friends.' : null,
  })),
  commentWindow: { lastDay: '2027-03-03', daysLeft: 12, open: true },
  yourComments: [],
  familyLinkOfficer: { name: 'Priya Shah', email: 'priya.shah@fernshire.example' },
  ...more,
});

async function open() {
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push('/family/children/c1/plan');
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe("the family's draft plan page", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each part in plain words, checks the comments, sends them with the school and confirms', async () => {
    let plan = draft();
    const fetch = fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedInAs(A_PARENT),
      'GET /api/family/children/c1/plan': () => ({ status: 200, body: plan }),
      'POST /api/family/children/c1/plan/comments': () => {
        plan = draft({ yourComments: [SENT] });
        return { status: 201, body: SENT };
      },
    });
    const wrapper = await open();
    expect(wrapper.find('h1').text()).toBe('Robin’s draft plan');
    expect(wrapper.find('[data-test="comment-window"]').text()).toContain(
      'You have 12 days left to tell us what you think.',
    );
    expect(wrapper.find('#part-a-heading').text()).toBe('A: About me — what is important to me');
    expect(wrapper.find('#part-b').text()).toContain('Nothing is written here yet.');

    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain('Write what you think of the draft plan');

    await wrapper.find('#draft-comments').setValue('  Part F needs speech therapy. ');
    await wrapper.find('#preferred-school').setValue('Oak Hill Primary');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    const posted = fetch.mock.calls.find(
      ([input, init]) => init?.method === 'POST' && urlOf(input).endsWith('/comments'),
    );
    expect(sentJson(posted?.[1])).toEqual({
      comments: 'Part F needs speech therapy.',
      preferredSchool: 'Oak Hill Primary',
    });
    const panel = wrapper.find('[data-test="comments-sent"]');
    expect(panel.text()).toContain('We have your comments');
    expect(document.activeElement).toBe(panel.element);
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('School or college you would like: Oak Hill Primary');
  });

  it('says the time has ended and shows no form when the council refuses comments as closed', async () => {
    let plan = draft();
    fakeApi({
      'GET /api/health': healthy,
      'GET /api/auth/me': signedInAs(A_PARENT),
      'GET /api/family/children/c1/plan': () => ({ status: 200, body: plan }),
      'POST /api/family/children/c1/plan/comments': () => {
        plan = draft({ commentWindow: { lastDay: '2027-03-03', daysLeft: 0, open: false } });
        return {
          status: 409,
          body: { statusCode: 409, code: 'draft_comments_closed', message: 'You cannot send comments now.' },
        };
      },
    });
    const wrapper = await open();
    await wrapper.find('#draft-comments').setValue('Late.');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('[data-test="comments-closed"]').text()).toContain(
      'The time to comment ended on 3 March 2027.',
    );
    expect(wrapper.find('form').exists()).toBe(false);
  });
});
