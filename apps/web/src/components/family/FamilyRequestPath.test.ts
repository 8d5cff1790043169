import { familyRequestView, type FamilyRequestFacts } from '@convene/domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import FamilyRequestPath from './FamilyRequestPath.vue';

const facts = (more: Partial<FamilyRequestFacts>): FamilyRequestFacts => ({
  stage: 'received',
  receivedOn: '2026-01-05',
  stepsOn: {},
  exceptions: [],
  today: '2026-01-20',
  ...more,
});
const shown = (more: Partial<FamilyRequestFacts>) =>
  mount(FamilyRequestPath, { props: { view: familyRequestView(facts(more)) } });

describe("the family's path", () => {
  it('says where the request is, what happens next and by when', () => {
    const page = shown({});
    expect(page.find('h2').text()).toBe('We have your request');
    const next = page.find('[data-test="next-step"]').text();
    expect(next).toContain('We decide whether to do an assessment');
    expect(next).toContain('By 16 February 2026: 27 days from today.');
    expect(page.find('[aria-current="step"]').text()).toContain('Happening now. Due by 16 February 2026');
  });

  it('says plainly that a step is late, and the reason the law allows', () => {
    const next = shown({
      today: '2026-02-20',
      exceptions: [{ regulation: '5(4)', kind: 'absent_from_area' }],
    })
      .find('[data-test="next-step"]')
      .text();
    expect(next).toContain('This is late. It should have happened by 16 February 2026. We are sorry.');
    expect(next).toContain('Your child or your family was away from the area for 4 weeks or more.');
  });

  it('counts down the days to comment on a draft plan, and says when the time has ended', () => {
    const draft = (today: string) =>
      shown({
        stage: 'draft_issued',
        stepsOn: { assessment: '2026-02-10', decision_to_issue: '2026-04-01', draft_issued: '2026-04-30' },
        today,
      })
        .find('[data-test="draft-comments"]')
        .text();
    expect(draft('2026-05-14')).toContain('You have 1 day left to comment on the draft plan.');
    expect(draft('2026-05-10')).toContain('You have 5 days left');
    expect(draft('2026-05-15')).toContain('The time to comment on the draft plan ended on 14 May 2026.');
  });

  it('shows each step done with its day, never by colour alone', () => {
    const steps = shown({
      stage: 'final_issued',
      stepsOn: {
        assessment: '2026-02-10',
        decision_to_issue: '2026-04-01',
        draft_issued: '2026-05-01',
        final_issued: '2026-05-20',
      },
      today: '2026-06-01',
    })
      .findAll('li')
      .map((li) => li.text());
    expect(steps[1]).toContain('Done on 10 February 2026');
    expect(steps.at(-1)).toContain('We look at the plan again with you (annual review)');
    expect(steps.at(-1)).toContain('Happening now. Due by 19 May 2027');
  });
});
