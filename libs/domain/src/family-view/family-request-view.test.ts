import { describe, expect, it } from 'vitest';
import { familyRequestView, type FamilyRequestFacts } from './family-request-view.js';
import { EXCEPTION_WORDS_FOR_FAMILIES, STAGE_WORDS_FOR_FAMILIES } from './family-words.js';

// Received Monday 5 January 2026: 6 weeks to Monday 16 February, 16 weeks to Monday 27 April, 20 weeks to Monday
// 25 May; a draft by Sunday 10 May leaves the family their 15 days before the 20 weeks.
const facts = (more: Partial<FamilyRequestFacts>): FamilyRequestFacts => ({
  stage: 'received',
  receivedOn: '2026-01-05',
  stepsOn: {},
  exceptions: [],
  today: '2026-01-20',
  ...more,
});

describe("the family's view of their request", () => {
  it('says what happens next and by when, with the days left', () => {
    const view = familyRequestView(facts({}));
    expect(view.stage.title).toBe('We have your request');
    expect(view.next).toMatchObject({
      step: 'decision_to_assess',
      words: 'We decide whether to do an assessment',
      dueBy: '2026-02-16',
      daysLeft: 27,
      late: false,
      lateBecause: [],
    });
    // The whole path ahead, each step with its day.
    expect(view.steps.map((s) => [s.step, s.status, s.dueBy])).toEqual([
      ['received', 'done', null],
      ['decision_to_assess', 'now', '2026-02-16'],
      ['decision_to_issue', 'to_come', '2026-04-27'],
      ['draft_plan', 'to_come', '2026-05-10'],
      ['final_plan', 'to_come', '2026-05-25'],
    ]);
  });

  it('says a late step is late, and why in words when the council recorded a reason the law allows for that step', () => {
    const view = familyRequestView(
      facts({
        today: '2026-02-20',
        exceptions: [
          { regulation: '5(4)', kind: 'absent_from_area' },
          { regulation: '10(4)', kind: 'exceptional_circumstances' },
        ],
      }),
    );
    expect(view.next).toMatchObject({ step: 'decision_to_assess', late: true, daysLeft: 0 });
    // The 16- and 20-week exception excuses nothing about the decision whether to assess.
    expect(view.next?.lateBecause).toEqual([EXCEPTION_WORDS_FOR_FAMILIES.absent_from_area]);
  });

  it('counts the 15 days for comments on a draft from the day it was sent, that day included', () => {
    const draft = (today: string) =>
      familyRequestView(
        facts({
          stage: 'draft_issued',
          stepsOn: { assessment: '2026-02-10', decision_to_issue: '2026-04-01', draft_issued: '2026-04-30' },
          today,
        }),
      ).draftComments;
    expect(draft('2026-04-30')).toEqual({ lastDay: '2026-05-14', daysLeft: 15, open: true });
    expect(draft('2026-05-10')).toEqual({ lastDay: '2026-05-14', daysLeft: 5, open: true });
    expect(draft('2026-05-14')).toEqual({ lastDay: '2026-05-14', daysLeft: 1, open: true });
    expect(draft('2026-05-15')).toEqual({ lastDay: '2026-05-14', daysLeft: 0, open: false });
    expect(
      familyRequestView(facts({ stage: 'assessment', stepsOn: { assessment: '2026-02-10' } })).draftComments,
    ).toBeNull();
  });

  it('ends the path at a refusal, with nothing more to come', () => {
    const view = familyRequestView(
      facts({ stage: 'refused', stepsOn: { refused: '2026-02-01' }, today: '2026-03-01' }),
    );
    expect(view.next).toBeNull();
    expect(view.stage.title).toBe('We decided not to do an assessment');
    expect(view.steps.map((s) => [s.step, s.status, s.on])).toEqual([
      ['received', 'done', '2026-01-05'],
      ['decision_to_assess', 'done', '2026-02-01'],
    ]);
  });

  it('after the final plan, looks ahead to the annual review, and shows a plan finished after the 20 weeks as late', () => {
    const view = familyRequestView(
      facts({
        stage: 'final_issued',
        stepsOn: {
          assessment: '2026-02-10',
          decision_to_issue: '2026-04-01',
          draft_issued: '2026-05-12',
          final_issued: '2026-06-01',
        },
        today: '2026-06-10',
      }),
    );
    expect(view.steps.find((s) => s.step === 'draft_plan')).toMatchObject({ status: 'done', late: true });
    expect(view.steps.find((s) => s.step === 'final_plan')).toMatchObject({
      status: 'done',
      dueBy: '2026-05-25',
      late: true,
    });
    expect(view.next).toMatchObject({ step: 'annual_review', dueBy: '2027-05-31', late: false });
  });

  it('speaks in short sentences a child of about 9 could read', () => {
    const texts = [
      ...Object.values(STAGE_WORDS_FOR_FAMILIES).flatMap((w) => [w.title, w.explanation]),
      ...Object.values(EXCEPTION_WORDS_FOR_FAMILIES),
    ];
    for (const text of texts)
      for (const sentence of text.split(/(?<=\.)\s+/))
        expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
  });
});
