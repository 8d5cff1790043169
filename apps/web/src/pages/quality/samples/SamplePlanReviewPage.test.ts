import type { DipSampleView, SamplePlanReview } from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../../../App.vue';
import { createAppRouter } from '../../../router';
import { A_CHAIR, fakeApi, healthy, signedInAs, sentJson } from '../../../test-support/fake-api';
import { FRAMEWORK } from '../../../test-support/quality-room';
import { visibleText } from '../../../test-support/visible-text';

type Routes = Record<string, (init: RequestInit | undefined) => { status: number; body?: unknown }>;
const ok =
  (body: unknown, status = 200) =>
  () => ({ status, body });

const OWNER = { ...A_CHAIR, id: 'owner', displayName: 'Morgan Brightwater', roles: ['chair'] };
const REVIEWER = { ...A_CHAIR, id: 'ash', displayName: 'Ash Reviewer', roles: ['qa_reviewer'] };
const TO_SCORE: SamplePlanReview = {
  state: 'to_score',
  scoreCount: 0,
  yourScore: null,
  scores: null,
  disagreement: null,
  moderation: null,
};

const aSample = (review: SamplePlanReview): DipSampleView => ({
  id: 's1',
  subject: 'plans',
  tier: 'senior',
  seed: 42,
  size: 1,
  theme: 'Preparing for adulthood',
  meetingId: null,
  byLocality: { Northdale: 1 },
  drawnAt: '2026-11-20T09:00:00.000Z',
  drawnBy: { id: OWNER.id, displayName: OWNER.displayName },
  plans: [{ requestId: 'r1', childId: 'c1', caseReference: 'EHC-26-0007', locality: 'Northdale', review }],
  advices: [],
});

const PAGE = '/quality/dip-samples/s1/plans/r1/review';
const API = '/api/quality/dip-samples/s1/plans/r1';

async function open(user: unknown, review: SamplePlanReview, api: Routes = {}) {
  const fetch = fakeApi({
    'GET /api/health': healthy,
    'GET /api/auth/me': signedInAs(user),
    'GET /api/quality/framework': ok(FRAMEWORK),
    'GET /api/quality/dip-samples/s1': ok(aSample(review)),
    ...api,
  });
  const router = createAppRouter(createMemoryHistory());
  setActivePinia(createPinia());
  await router.push(PAGE);
  await router.isReady();
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return { wrapper, fetch };
}
type Fetch = Awaited<ReturnType<typeof open>>['fetch'];
const sentTo = (fetch: Fetch, path: string) =>
  fetch.mock.calls
    .filter(([p, init]) => p === path && init?.method === 'POST')
    .map(([, init]) => sentJson(init));

describe('a plan of a seniors’ sample, between meetings', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('lets a senior score it privately on the framework, saying who reveals the scores', async () => {
    const scored: SamplePlanReview = {
      ...TO_SCORE,
      state: 'scored',
      scoreCount: 1,
      yourScore: {
        grade: 'good',
        computedGrade: 'good',
        metCriterionIds: ['c-sections', 'c-outcomes'],
        overrideReason: null,
      },
    };
    const { wrapper, fetch } = await open(REVIEWER, TO_SCORE, { [`POST ${API}/scores`]: ok(scored, 201) });
    expect(wrapper.find('h1').text()).toBe('Plan EHC-26-0007');
    expect(wrapper.find('.app-plan-review-state').text()).toBe('To score');
    expect(wrapper.text()).toContain(
      'Other reviewers cannot see your score until Morgan Brightwater reveals the scores.',
    );
    expect(wrapper.text()).not.toContain('Reveal the');
    // 4 + 3 of 10: 70%, Good.
    await wrapper.find('#score-criterion-c-sections').setValue(true);
    await wrapper.find('#score-criterion-c-outcomes').setValue(true);
    expect(wrapper.find('.app-earned-grade').text()).toBe('Good');
    await wrapper.find('form[aria-labelledby="score-form-heading"]').trigger('submit');
    await flushPromises();
    expect(sentTo(fetch, `${API}/scores`)).toEqual([{ metCriterionIds: ['c-sections', 'c-outcomes'] }]);
    expect(wrapper.find('.app-plan-review-state').text()).toBe('Scored by you');
    expect(wrapper.find('.app-your-score').text()).toContain('You scored: Good');
    expect(wrapper.find('.app-plan-review-announcement').text()).toBe(
      'Your score is saved: Good. Nobody else sees it until the scores are revealed.',
    );
  });

  it('shows the API’s refusal of a score against the field at fault', async () => {
    const refusal = {
      statusCode: 400,
      code: 'validation_failed',
      message: 'Some fields are not valid',
      fields: [
        {
          field: 'metCriterionIds',
          messages: ['Tick each criterion of the current framework at most once.'],
        },
      ],
    };
    const { wrapper } = await open(REVIEWER, TO_SCORE, { [`POST ${API}/scores`]: ok(refusal, 400) });
    await wrapper.find('form[aria-labelledby="score-form-heading"]').trigger('submit');
    await flushPromises();
    expect(wrapper.find('.govuk-error-summary').text()).toContain(
      'Tick each criterion of the current framework at most once.',
    );
    expect(wrapper.find('.app-plan-review-state').text()).toBe('To score');
  });

  it('lets its owner reveal every score at once, flags the disagreement, and record the moderated grade with feedback', async () => {
    const hidden: SamplePlanReview = { ...TO_SCORE, scoreCount: 2 };
    const revealed: SamplePlanReview = {
      ...hidden,
      state: 'revealed',
      disagreement: true,
      scores: [
        {
          reviewerId: 'ash',
          reviewerName: 'Ash Reviewer',
          grade: 'requires_improvement',
          computedGrade: 'inadequate',
          overrideReason: 'Provision is quantified',
          metCriterionIds: ['c-sections'],
        },
        {
          reviewerId: 'bo',
          reviewerName: 'Bo Reviewer',
          grade: 'outstanding',
          computedGrade: 'outstanding',
          overrideReason: null,
          metCriterionIds: ['c-sections', 'c-outcomes', 'c-child', 'c-family'],
        },
      ],
    };
    const moderated: SamplePlanReview = {
      ...revealed,
      state: 'moderated',
      moderation: {
        grade: 'good',
        feedback: 'Make the outcomes time-bound',
        moderatedBy: { id: OWNER.id, displayName: OWNER.displayName },
        moderatedAt: '2026-11-23T15:00:00.000Z',
      },
    };
    const { wrapper, fetch } = await open(OWNER, hidden, {
      [`POST ${API}/reveal`]: ok(revealed),
      [`POST ${API}/moderation`]: ok(moderated, 201),
    });
    expect(wrapper.text()).toContain('2 reviewers have scored.');
    expect(wrapper.text()).not.toContain('Ash Reviewer');
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Reveal the 2 scores')!
      .trigger('click');
    await flushPromises();
    expect(sentTo(fetch, `${API}/reveal`)).toHaveLength(1);
    expect(wrapper.find('.govuk-warning-text').text()).toContain('Reviewers are two or more grades apart');
    const rows = wrapper
      .findAll('table tbody tr')
      .map((tr) => [tr.find('th').text(), visibleText(tr.findAll('td')[0]!)]);
    expect(rows).toEqual([
      ['Ash Reviewer', 'Requires improvement The ticks earned Inadequate'],
      ['Bo Reviewer', 'Outstanding'],
    ]);
    expect(document.activeElement).toBe(wrapper.find('h1').element);

    const form = wrapper.find('form[aria-labelledby="moderate-heading"]');
    await form.trigger('submit');
    await flushPromises();
    expect(form.find('.govuk-error-summary').text()).toContain('Select the moderated grade');
    expect(form.find('.govuk-error-summary').text()).toContain('Enter feedback for the plan’s writer');
    expect(sentTo(fetch, `${API}/moderation`)).toEqual([]);
    await form.find('#moderate-grade-good').setValue(true);
    await form.find('#moderate-feedback').setValue('  Make the outcomes time-bound ');
    await form.trigger('submit');
    await flushPromises();
    expect(sentTo(fetch, `${API}/moderation`)).toEqual([
      { grade: 'good', feedback: 'Make the outcomes time-bound' },
    ]);
    expect(wrapper.find('.app-plan-review-state').text()).toBe('Moderated: Good');
    expect(wrapper.find('.app-moderation').text()).toContain('Make the outcomes time-bound');
    expect(wrapper.find('form[aria-labelledby="moderate-heading"]').exists()).toBe(false);
  });

  it('lets its owner agree an action from the moderated plan, for its writer, refused while a field is missing', async () => {
    const moderated: SamplePlanReview = {
      ...TO_SCORE,
      state: 'moderated',
      scoreCount: 2,
      moderation: {
        grade: 'requires_improvement',
        feedback: 'Section F is not quantified',
        moderatedBy: { id: OWNER.id, displayName: OWNER.displayName },
        moderatedAt: '2026-11-23T15:00:00.000Z',
      },
    };
    const writer = {
      id: '7d1c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f',
      displayName: 'Ada Fairweather',
      teamName: 'SEND',
    };
    const { wrapper, fetch } = await open(OWNER, moderated, {
      'GET /api/actions/owners': ok({ people: [writer], teams: [] }),
      [`POST ${API}/actions`]: ok({}, 201),
    });
    const section = wrapper.find('section[aria-labelledby="sampled-plan-action-heading"]');
    expect(section.text()).toContain('For what must change in the plan for EHC-26-0007');
    await section.find('form').trigger('submit');
    await flushPromises();
    expect(section.find('.govuk-error-summary').text()).toContain('Enter what is to be done');
    expect(sentTo(fetch, `${API}/actions`)).toEqual([]);

    await section.find('textarea').setValue('Quantify the provision in section F');
    const select = section.find('select');
    const option = select.findAll('option').find((o) => o.text().includes('Ada Fairweather'))!;
    await select.setValue(option.element.value);
    await section.find('input[type="date"]').setValue('2026-12-18');
    await section.find('form').trigger('submit');
    await flushPromises();
    expect(sentTo(fetch, `${API}/actions`)).toEqual([
      { what: 'Quantify the provision in section F', dueOn: '2026-12-18', ownerUserId: writer.id },
    ]);
    expect(section.find('.app-sampled-plan-actions').text()).toContain('Quantify the provision in section F');
  });

  it('does not offer a reviewer who is not its owner to agree actions from it', async () => {
    const { wrapper } = await open(REVIEWER, {
      ...TO_SCORE,
      state: 'moderated',
      moderation: {
        grade: 'good',
        feedback: 'Well written',
        moderatedBy: { id: OWNER.id, displayName: OWNER.displayName },
        moderatedAt: '2026-11-23T15:00:00.000Z',
      },
    });
    expect(wrapper.find('.app-moderation').exists()).toBe(true);
    expect(wrapper.find('section[aria-labelledby="sampled-plan-action-heading"]').exists()).toBe(false);
  });

  it('says why the scores could not be revealed', async () => {
    const { wrapper } = await open(
      OWNER,
      { ...TO_SCORE, scoreCount: 1 },
      {
        [`POST ${API}/reveal`]: ok(
          { statusCode: 409, code: 'wrong_state', message: 'The scores of this plan are already revealed.' },
          409,
        ),
      },
    );
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Reveal the score')!
      .trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').text()).toBe('The scores of this plan are already revealed.');
  });
});
