import type { AnnualReviewView } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { A_CHAIR, fakeApi } from '../../test-support/fake-api';
import { useSessionStore } from '../../stores/session';
import { visibleText } from '../../test-support/visible-text';
import AnnualReviewsPanel from './AnnualReviewsPanel.vue';

const CHILD = '11111111-1111-4111-8111-111111111111';
const FLO = { ...A_CHAIR, id: '22222222-2222-4222-8222-222222222222', roles: ['presenter'] };

const running: AnnualReviewView = {
  id: null,
  requestId: 'r1',
  countsFrom: '2025-06-02',
  dueOn: '2026-06-01',
  reviewMeetingOn: null,
  decisionOn: null,
  decisionOutcome: null,
  amendedPlanIssuedOn: null,
  standing: 'overdue',
  recordedBy: null,
  clock: {
    weekLabel: 'annual review of the year from 2 June 2025',
    state: 'open',
    exceptionCase: false,
    rejectedExceptions: [],
    warnings: [],
    milestones: [
      {
        milestone: 'annual_review_meeting',
        label: 'Annual review meeting',
        regulation: 's44(1)',
        statutoryDeadline: '2026-06-01',
        localTarget: null,
        dueOn: '2026-06-01',
        completedOn: null,
        status: 'overdue',
        daysLeft: null,
        daysOverdue: 174,
        exceptionCase: false,
        agency: null,
      },
    ],
  },
};

async function open(
  user: unknown,
  recordMeeting: () => { status: number; body: unknown },
  transfers: unknown[] = [],
) {
  const fetch = fakeApi({
    [`GET /api/cases/${CHILD}/annual-reviews`]: () => ({ status: 200, body: [running] }),
    [`GET /api/cases/${CHILD}/phase-transfers`]: () => ({ status: 200, body: transfers }),
    [`POST /api/cases/${CHILD}/annual-reviews`]: recordMeeting,
    [`POST /api/cases/${CHILD}/phase-transfers`]: () => ({ status: 201, body: {} }),
  });
  setActivePinia(createPinia());
  useSessionStore().user = user as never;
  const wrapper = mount(AnnualReviewsPanel, {
    props: { childId: CHILD, familyLinkOfficerId: FLO.id, hasFinalPlan: true },
    attachTo: document.body,
  });
  await flushPromises();
  return { wrapper, fetch };
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe("a child's annual reviews on the case page", () => {
  it('shows the review now running with its clock, overdue in words', async () => {
    const { wrapper } = await open(FLO, () => ({ status: 201, body: running }));
    expect(wrapper.find('h3').text()).toBe('Annual review due 1 June 2026 Overdue');
    expect(wrapper.find('table.app-milestones tbody tr').text()).toContain('174 days overdue');
  });

  it('lets the child’s Family Link Officer record the meeting, and shows the API’s refusal next to the date', async () => {
    const refusal = {
      statusCode: 422,
      code: 'review_rule_broken',
      message: 'x',
      fields: [
        {
          field: 'reviewMeetingOn',
          messages: [
            'The review meeting must come after 2 June 2025, the day the plan was issued or last reviewed.',
          ],
        },
      ],
    };
    const { wrapper, fetch } = await open(FLO, () => ({ status: 422, body: refusal }));
    await wrapper.find('#review-meeting-reviewMeetingOn').setValue('2025-05-01');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      `/api/cases/${CHILD}/annual-reviews`,
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ reviewMeetingOn: '2025-05-01' }) }),
    );
    expect(wrapper.find('.govuk-error-message').text()).toBe(
      'Error: The review meeting must come after 2 June 2025, the day the plan was issued or last reviewed.',
    );
    expect(document.activeElement?.classList.contains('govuk-error-summary')).toBe(true);
  });

  it('records a move between post-16 institutions by its day, the year taken from the day (reg 18(2))', async () => {
    const { wrapper, fetch } = await open(FLO, () => ({ status: 201, body: running }));
    await wrapper.find('#post16-move-transfersOn').setValue('2027-01-11');
    await wrapper.find('#post16-move-settingName').setValue('Eastbrook Sixth Form College');
    wrapper.find<HTMLInputElement>('#post16-move-transfersOn').element.form!.requestSubmit();
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith(
      `/api/cases/${CHILD}/phase-transfers`,
      expect.objectContaining({
        method: 'POST',
        body: JSON.stringify({
          kind: 'post16_to_post16',
          transferYear: 2027,
          transfersOn: '2027-01-11',
          settingName: 'Eastbrook Sixth Form College',
        }),
      }),
    );
    // The move between phases is chosen from the others: a post-16 move has a form of its own.
    expect(wrapper.find('#phase-transfer-kind').text()).not.toContain('One post-16 institution to another');
  });

  it('names a move between post-16 institutions by its day', async () => {
    const transfer = {
      id: 't1',
      requestId: 'r1',
      kind: 'post16_to_post16',
      transferYear: 2027,
      transfersOn: '2027-01-11',
      deadline: '2026-08-11',
      settingName: null,
      amendedPlanIssuedOn: null,
      standing: 'overdue',
      recordedBy: null,
      clock: { ...running.clock, milestones: [] },
    };
    const { wrapper } = await open(FLO, () => ({ status: 201, body: running }), [transfer]);
    expect(wrapper.findAll('h3').map(visibleText)).toContain(
      'One post-16 institution to another on 11 January 2027 Overdue',
    );
  });

  it('offers no forms to a panel member', async () => {
    const { wrapper } = await open({ ...FLO, id: 'someone-else', roles: ['panel_member'] }, () => ({
      status: 201,
      body: running,
    }));
    expect(wrapper.findAll('form')).toHaveLength(0);
  });
});
