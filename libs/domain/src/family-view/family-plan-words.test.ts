import { describe, expect, it } from 'vitest';
import { EHC_PLAN_SECTIONS, ehcPlanSectionLetter } from '../vocabulary/ehc-plan.js';
import { draftCommentWindow } from './family-request-view.js';
import { PLAN_SECTION_WORDS_FOR_FAMILIES } from './family-plan-words.js';

describe('the plan in words a family reads', () => {
  it('names every section A to K, each starting with its letter as the plan heads it', () => {
    for (const section of EHC_PLAN_SECTIONS) {
      const words = PLAN_SECTION_WORDS_FOR_FAMILIES[section];
      expect(words, section).toMatch(new RegExp(`^${ehcPlanSectionLetter(section)}: \\S`));
      // Short enough to read at a glance as a heading on a phone.
      expect(words.split(/\s+/).length, section).toBeLessThanOrEqual(12);
    }
    expect(new Set(Object.values(PLAN_SECTION_WORDS_FOR_FAMILIES)).size).toBe(EHC_PLAN_SECTIONS.length);
  });

  it('gives the family 15 days to comment on a draft, the day it was sent as the first, and none once it moved on', () => {
    expect(draftCommentWindow('draft_issued', '2027-02-17', '2027-02-17')).toEqual({
      lastDay: '2027-03-03',
      daysLeft: 15,
      open: true,
    });
    expect(draftCommentWindow('draft_issued', '2027-02-17', '2027-03-03')).toMatchObject({
      daysLeft: 1,
      open: true,
    });
    expect(draftCommentWindow('draft_issued', '2027-02-17', '2027-03-04')).toEqual({
      lastDay: '2027-03-03',
      daysLeft: 0,
      open: false,
    });
    expect(draftCommentWindow('final_issued', '2027-02-17', '2027-02-20')).toBeNull();
    expect(draftCommentWindow('decision_to_issue', null, '2027-02-20')).toBeNull();
  });
});
