import { familyRequestView, type FamilyRequestFacts } from '@convene/domain';
import { mount, RouterLinkStub } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import FamilyPlanLink from './FamilyPlanLink.vue';

const shown = (more: Partial<FamilyRequestFacts>) =>
  mount(FamilyPlanLink, {
    props: {
      childId: 'c1',
      view: familyRequestView({
        stage: 'draft_issued',
        receivedOn: '2026-01-05',
        stepsOn: { assessment: '2026-02-10', decision_to_issue: '2026-04-01', draft_issued: '2026-04-30' },
        exceptions: [],
        today: '2026-05-10',
        ...more,
      }),
    },
    global: { stubs: { RouterLink: RouterLinkStub } },
  });

describe("the way to the child's plan from their request", () => {
  it('asks for comments on the draft with the days left, then offers the draft to read, then the final plan', () => {
    const open = shown({});
    expect(open.text()).toContain('Read the draft plan and tell us what you think');
    expect(open.text()).toContain('5 days left');
    expect(open.getComponent(RouterLinkStub).props('to')).toEqual({
      name: 'family-plan',
      params: { childId: 'c1' },
    });
    const closed = shown({ today: '2026-05-20' });
    expect(closed.text()).toBe('Read the draft plan');
    const final = shown({
      stage: 'final_issued',
      stepsOn: {
        assessment: '2026-02-10',
        decision_to_issue: '2026-04-01',
        draft_issued: '2026-04-30',
        final_issued: '2026-05-20',
      },
      today: '2026-05-25',
    });
    expect(final.text()).toBe('Read the final plan');
  });

  it('shows nothing before a draft is sent', () => {
    expect(shown({ stage: 'assessment', stepsOn: { assessment: '2026-02-10' } }).html()).not.toContain(
      'plan',
    );
  });
});
