import type { DisagreementView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, sentJson } from '../../test-support/fake-api';
import CaseDisagreements from './CaseDisagreements.vue';

const API = '/api/cases/c1/disagreements';
const APPEAL: DisagreementView = {
  id: 'd1',
  childId: 'c1',
  kind: 'appeal',
  appealableDecision: 'refusal_to_assess',
  decisionItemId: null,
  decisionNotifiedOn: '2026-09-01',
  openedOn: '2026-10-20',
  summary: 'The family says the school’s evidence was not read',
  complaintStage: null,
  mediationDeclinedOn: null,
  mediationRequestedOn: null,
  mediationHeldOn: null,
  certificateIssuedOn: '2026-10-05',
  appealSentToCouncilOn: '2026-10-22',
  responseSentOn: null,
  hearingOn: null,
  outcome: null,
  outcomeOn: null,
  order: null,
  clocks: [
    {
      step: 'The family registers an appeal with the First-tier Tribunal (SEND)',
      dueOn: '2026-11-05',
      citation: 'HESC Rules 2008, r.20',
      whose: 'family',
      doneOn: '2026-10-20',
      state: 'done',
      daysLeft: -32,
    },
    {
      step: 'The council sends its response to the appeal',
      dueOn: '2026-12-03',
      citation: 'HESC Rules 2008, r.21',
      whose: 'council',
      doneOn: null,
      state: 'overdue',
      daysLeft: -4,
    },
  ],
  recordedBy: { id: 'u1', displayName: 'Hattie Quillfeather' },
};

describe('the case’s register of disagreements', () => {
  beforeEach(() => setActivePinia(createPinia()));
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('shows each time limit with whose step it is, where it comes from, and overdue in words', async () => {
    fakeApi({ [`GET ${API}`]: () => ({ status: 200, body: [APPEAL] }) });
    const wrapper = mount(CaseDisagreements, { props: { childId: 'c1', canRecord: false } });
    await flushPromises();
    expect(wrapper.find('h3').text()).toBe('Appeal to the First-tier Tribunal (SEND): Refusal to assess');
    const rows = wrapper.findAll('tbody tr').map((tr) => tr.text().replace(/\s+/g, ' '));
    expect(rows[0]).toContain('The family · HESC Rules 2008, r.20');
    expect(rows[0]).toContain('Done 20 October 2026');
    expect(rows[1]).toContain('The council sends its response to the appeal');
    expect(rows[1]).toContain('3 December 2026');
    expect(rows[1]).toContain('4 days overdue');
    expect(wrapper.find('details').exists()).toBe(false);
  });

  it('records the response sent, and says what the API refused against the date', async () => {
    const answered = { ...APPEAL, responseSentOn: '2026-12-01' };
    let refuse = true;
    const fetch = fakeApi({
      [`GET ${API}`]: () => ({ status: 200, body: [APPEAL] }),
      [`POST ${API}/d1/steps`]: () =>
        refuse
          ? {
              status: 422,
              body: {
                statusCode: 422,
                code: 'disagreement_rule_broken',
                message: 'This day must be today or earlier.',
                fields: [{ field: 'responseSentOn', messages: ['This day must be today or earlier.'] }],
              },
            }
          : { status: 200, body: answered },
    });
    const wrapper = mount(CaseDisagreements, {
      props: { childId: 'c1', canRecord: true },
      attachTo: document.body,
    });
    await flushPromises();
    const form = wrapper.find('article form');
    await form.find('select').setValue('responseSentOn');
    await form.find('input[type="date"]').setValue('2027-01-01');
    await form.trigger('submit');
    await flushPromises();
    expect(form.find('#step-d1-on-error').text()).toContain('This day must be today or earlier.');

    refuse = false;
    await form.find('input[type="date"]').setValue('2026-12-01');
    await form.trigger('submit');
    await flushPromises();
    const posts = fetch.mock.calls
      .filter(([, init]) => init?.method === 'POST')
      .map(([, init]) => sentJson(init));
    expect(posts.at(-1)).toEqual({ responseSentOn: '2026-12-01' });
    expect(wrapper.find('[role="status"]').text()).toBe('Our response sent: recorded on the appeal.');
  });

  it('refuses to record a new disagreement without what the law needs, before asking the API', async () => {
    const fetch = fakeApi({ [`GET ${API}`]: () => ({ status: 200, body: [] }) });
    const wrapper = mount(CaseDisagreements, {
      props: { childId: 'c1', canRecord: true },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.text()).toContain('No complaint, mediation or appeal is recorded for this child.');
    const form = wrapper.find('form');
    await form.find('#disagreement-kind').setValue('mediation');
    await form.trigger('submit');
    await flushPromises();
    const summary = form.find('.govuk-error-summary').text();
    expect(summary).toContain('Choose the decision the family challenges');
    expect(summary).toContain('Enter the day the decision was sent to the family');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });
});
