import type {
  FamilyAdvice,
  FamilyDecisions as Decisions,
  FamilyPlanReviews as Reviews,
} from '@convene/contracts';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi } from '../../test-support/fake-api';
import FamilyAdviceList from './FamilyAdvice.vue';
import FamilyDecisions from './FamilyDecisions.vue';
import FamilyPlanReviews from './FamilyPlanReviews.vue';

const CHILD = '7d1c2a8e-8a43-4f5a-9d7e-0a1b2c3d4e5f';
const ok = (body: unknown) => () => ({ status: 200, body });

describe("the family's decisions, advice and reviews", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows each decision with its day, a refusal’s reasons, and a link to download its letter', async () => {
    const decisions: Decisions = {
      decisions: [
        {
          id: 'd2',
          kind: 'decision_to_issue',
          yes: false,
          decidedOn: '2026-04-20',
          words: 'We decided not to write an Education, Health and Care plan for Sam',
          reasons: 'Needs can be met at SEN support.',
          correctedOn: '2026-04-22',
          hasLetter: true,
        },
        {
          id: 'd1',
          kind: 'decision_to_assess',
          yes: true,
          decidedOn: '2026-02-10',
          words: 'We decided to carry out an assessment of Sam’s needs',
          reasons: null,
          correctedOn: null,
          hasLetter: true,
        },
      ],
    };
    fakeApi({ [`GET /api/family/children/${CHILD}/decisions`]: ok(decisions) });
    const section = mount(FamilyDecisions, { props: { childId: CHILD } });
    await flushPromises();
    const shown = section.findAll('[data-test="decision"]');
    expect(shown).toHaveLength(2);
    expect(shown[0]!.text()).toContain('On 20 April 2026.');
    expect(shown[0]!.text()).toContain('Needs can be met at SEN support.');
    expect(shown[0]!.text()).toContain('We corrected what we wrote on 22 April 2026.');
    expect(shown[1]!.text()).toContain('We decided to carry out an assessment of Sam’s needs.');
    expect(shown[1]!.text()).not.toContain('Why we decided this');
    const link = shown[1]!.find('a');
    expect(link.attributes('href')).toBe(`/api/family/children/${CHILD}/decisions/d1/letter`);
    expect(link.text()).toContain('Download the letter (PDF)');
  });

  it('says plainly when there is no decision to show, and who has the letters', async () => {
    fakeApi({ [`GET /api/family/children/${CHILD}/decisions`]: ok({ decisions: [] }) });
    const section = mount(FamilyDecisions, { props: { childId: CHILD } });
    await flushPromises();
    expect(section.find('[data-test="no-decisions"]').text()).toContain(
      'The letters about our decisions are not on this page yet.',
    );
  });

  it('shows who was asked for advice, when it is due, and whether it is back or late, in words', async () => {
    const advice: FamilyAdvice = {
      advice: [
        {
          id: 'a2',
          from: 'Speech and language therapist',
          askedOn: '2026-02-10',
          dueOn: '2026-03-24',
          returnedOn: null,
          late: true,
        },
        {
          id: 'a1',
          from: 'Educational psychologist',
          askedOn: '2026-02-03',
          dueOn: '2026-03-17',
          returnedOn: '2026-03-10',
          late: false,
        },
      ],
    };
    fakeApi({ [`GET /api/family/children/${CHILD}/advice`]: ok(advice) });
    const section = mount(FamilyAdviceList, { props: { childId: CHILD } });
    await flushPromises();
    const items = section.findAll('[data-test="advice"]');
    expect(items[0]!.text()).toContain('Speech and language therapist');
    expect(items[0]!.text()).toContain('24 March 2026');
    expect(items[0]!.text()).toContain('Not back yet. It is late');
    expect(items[1]!.text()).toContain('Back on 10 March 2026');
  });

  it('shows the plan’s last review and when the next is due, and nothing before there is a plan', async () => {
    const reviews: Reviews = {
      planIssuedOn: '2025-05-20',
      lastReviewOn: null,
      nextDueBy: '2026-05-19',
      late: false,
    };
    fakeApi({ [`GET /api/family/children/${CHILD}/reviews`]: ok(reviews) });
    const section = mount(FamilyPlanReviews, { props: { childId: CHILD } });
    await flushPromises();
    expect(section.find('[data-test="reviews"]').text()).toContain('By 19 May 2026');
    expect(section.text()).toContain('None yet');

    fakeApi({
      [`GET /api/family/children/${CHILD}/reviews`]: ok({
        planIssuedOn: null,
        lastReviewOn: null,
        nextDueBy: null,
        late: false,
      }),
    });
    const none = mount(FamilyPlanReviews, { props: { childId: CHILD } });
    await flushPromises();
    expect(none.find('h2').exists()).toBe(false);
  });
});
