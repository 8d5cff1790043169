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
  documents: [],
  recordedBy: { id: 'u1', displayName: 'Hattie Quillfeather' },
};
const NOTICE = {
  id: 'e1',
  childId: 'c1',
  requestId: null,
  disagreementId: 'd1',
  kind: 'tribunal_appeal_notice' as const,
  title: 'Tribunal notice of appeal',
  fileName: 'SEND41.pdf',
  mediaType: 'application/pdf' as const,
  sizeBytes: 2048,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2026-10-23T09:00:00.000Z',
  uploadedBy: { id: 'u1', displayName: 'Hattie Quillfeather' },
  sentByFamily: null,
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

  it('lists the Tribunal’s papers filed on the appeal, each opened through the audited document link', async () => {
    fakeApi({ [`GET ${API}`]: () => ({ status: 200, body: [{ ...APPEAL, documents: [NOTICE] }] }) });
    const wrapper = mount(CaseDisagreements, { props: { childId: 'c1', canRecord: false } });
    await flushPromises();
    const link = wrapper.find('article a[href="/api/evidence/e1/content"]');
    expect(link.text()).toBe('Tribunal notice of appeal');
    expect(wrapper.find('article').text()).toContain(
      "The Tribunal's notice of the appeal · added 23 October 2026 by Hattie Quillfeather",
    );
    expect(wrapper.text()).not.toContain('Add a letter or Tribunal paper');
  });

  it('files a document on the appeal and says so, naming what is missing before asking the API', async () => {
    let filed = false;
    const fetch = fakeApi({
      [`GET ${API}`]: () => ({
        status: 200,
        body: [{ ...APPEAL, documents: filed ? [NOTICE] : [] }],
      }),
      [`POST ${API}/d1/documents`]: () => {
        filed = true;
        return { status: 201, body: NOTICE };
      },
    });
    const wrapper = mount(CaseDisagreements, {
      props: { childId: 'c1', canRecord: true },
      attachTo: document.body,
    });
    await flushPromises();
    expect(wrapper.text()).toContain('No letter or Tribunal paper is filed on it yet.');
    const form = wrapper.find('#documents-d1-kind').element.closest('form')!;
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(wrapper.find('#documents-d1-file-error').text()).toContain('Choose the file');
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await wrapper.find('#documents-d1-kind').setValue('tribunal_appeal_notice');
    await wrapper.find('#documents-d1-title').setValue('Tribunal notice of appeal');
    const input = wrapper.find('#documents-d1-file');
    Object.defineProperty(input.element, 'files', {
      value: [new File(['%PDF-1.4'], 'SEND41.pdf', { type: 'application/pdf' })],
    });
    await input.trigger('change');
    form.dispatchEvent(new Event('submit'));
    await flushPromises();
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!;
    const sent = init!.body as FormData;
    expect([sent.get('kind'), sent.get('title'), (sent.get('file') as File).name]).toEqual([
      'tribunal_appeal_notice',
      'Tribunal notice of appeal',
      'SEND41.pdf',
    ]);
    expect(wrapper.find('[role="status"]').text()).toBe(
      'The document “Tribunal notice of appeal”: recorded on the appeal.',
    );
    expect(wrapper.find('article a[href="/api/evidence/e1/content"]').exists()).toBe(true);
  });

  it('links a new appeal to the panel’s decision it challenges, from the case’s decided items', async () => {
    const fetch = fakeApi({
      [`GET ${API}`]: () => ({ status: 200, body: [] }),
      'GET /api/cases/c1/panel-decisions': () => ({
        status: 200,
        body: [
          {
            itemId: 'i1',
            meetingId: 'm1',
            meetingTitle: 'DMG, 2 September',
            decidedUnderDelegationBy: null,
            heldOn: '2026-09-02',
            kind: 'decision_to_assess',
            status: 'decided',
            outcome: 'refuse',
            reasons: 'Graduated approach not yet followed',
            conditions: null,
            deferredReason: null,
          },
        ],
      }),
      [`POST ${API}`]: () => ({ status: 201, body: { ...APPEAL, decisionItemId: 'i1' } }),
    });
    const wrapper = mount(CaseDisagreements, {
      props: { childId: 'c1', canRecord: true },
      attachTo: document.body,
    });
    await flushPromises();
    const picker = wrapper.find('#disagreement-decision-item');
    expect(picker.findAll('option').map((o) => o.text())).toEqual([
      'None of these (taken elsewhere)',
      'Decision to assess: Refuse (DMG, 2 September, 2 September 2026)',
    ]);
    await wrapper.find('#disagreement-kind').setValue('appeal');
    await wrapper.find('#disagreement-decision').setValue('refusal_to_assess');
    await picker.setValue('i1');
    await wrapper.find('#disagreement-notified').setValue('2026-09-03');
    await wrapper.find('#disagreement-opened').setValue('2026-10-20');
    await wrapper.find('#disagreement-summary').setValue('Appeal against the refusal to assess');
    wrapper.find('#disagreement-kind').element.closest('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST')!;
    expect(sentJson(init)).toMatchObject({ kind: 'appeal', decisionItemId: 'i1' });
  });
});
