import type { StatutoryExceptionKind } from '../vocabulary/statutory-exceptions.js';
import type { RequestStage } from '../vocabulary/requests.js';

/*
 * The request's path in the words a family reads on their phone: short sentences, everyday words, "we" for the
 * council and "you" for the family (a reading age of about 9). The council's own words for the same things are in
 * vocabulary/requests.ts and vocabulary/statutory-exceptions.ts.
 */

export interface StageInWords {
  /** Where the request is, as a heading: "We are finding out about your child's needs". */
  title: string;
  /** What that means, in a sentence or two. */
  explanation: string;
}

export const STAGE_WORDS_FOR_FAMILIES: Readonly<Record<RequestStage, StageInWords>> = {
  received: {
    title: 'We have your request',
    explanation:
      'We are deciding whether to do an assessment of your child’s needs. This is called an EHC needs assessment.',
  },
  assessment: {
    title: 'We are finding out about your child’s needs',
    explanation:
      'We have asked people who know your child for their advice. This can be their school, a doctor or nurse, social care and an educational psychologist. Your views and your child’s views are part of it too.',
  },
  decision_to_issue: {
    title: 'We are writing a draft plan',
    explanation:
      'We decided to write an Education, Health and Care plan for your child. We will send you a draft to read first.',
  },
  draft_issued: {
    title: 'Your draft plan is ready for you to read',
    explanation:
      'Tell us what you think of it, and which school or college you would like. You have at least 15 days to do this.',
  },
  final_issued: {
    title: 'The final plan is ready',
    explanation:
      'Your child’s Education, Health and Care plan is finished. It will be looked at again at least once a year.',
  },
  refused: {
    title: 'We decided not to do an assessment',
    explanation:
      'Our letter tells you why, and what support your child’s school should give. You can ask for mediation or appeal to a tribunal. The letter says how.',
  },
  not_issued: {
    title: 'We decided not to write a plan',
    explanation:
      'Our letter tells you why, and what support your child should get instead. You can ask for mediation or appeal to a tribunal. The letter says how.',
  },
  withdrawn: {
    title: 'The request was stopped',
    explanation: 'The request for an assessment was withdrawn. You can ask again at any time.',
  },
};

/** The steps of the path that lie ahead, each named for the family. */
export const STEP_WORDS_FOR_FAMILIES = {
  received: 'We got your request',
  decision_to_assess: 'We decide whether to do an assessment',
  decision_to_issue: 'We decide whether to write a plan',
  draft_plan: 'We send you the draft plan',
  final_plan: 'We send you the final plan',
  annual_review: 'We look at the plan again with you (annual review)',
} as const;
export type FamilyStep = keyof typeof STEP_WORDS_FOR_FAMILIES;

/**
 * Why the law lets a time limit pass, said to the family. Each is a reason the council recorded (SEND Regulations
 * 2014, regs 5(4), 8(2) and 10(4)).
 */
export const EXCEPTION_WORDS_FOR_FAMILIES: Readonly<Record<StatutoryExceptionKind, string>> = {
  exceptional_circumstances: 'Something very hard was happening for your child or your family.',
  absent_from_area: 'Your child or your family was away from the area for 4 weeks or more.',
  missed_appointment: 'An appointment made to see your child was missed.',
  school_closure:
    'The school or college was closed for 4 weeks or more, for example for the summer holidays.',
  early_years_closure: 'The nursery or early years setting was closed for 4 weeks or more.',
  coronavirus: 'Coronavirus made it impossible to keep to the time.',
};
