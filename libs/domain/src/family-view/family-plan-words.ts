import type { EhcPlanSection } from '../vocabulary/ehc-plan.js';

/*
 * The plan's sections named for the family who reads them on a phone: each starts with its letter, as the plan heads
 * it, then says in everyday words what that part is about (a reading age of about 9). The council's own names are
 * EHC_PLAN_SECTION_TITLES in vocabulary/ehc-plan.ts.
 */
export const PLAN_SECTION_WORDS_FOR_FAMILIES: Readonly<Record<EhcPlanSection, string>> = {
  a: 'A: About me — what is important to me',
  b: 'B: What I need help with to learn',
  c: 'C: My health needs',
  d: 'D: My social care needs',
  e: 'E: My goals — what I want to be able to do',
  f: 'F: The help I will get at school',
  g: 'G: The help I will get for my health',
  h1: 'H1: The help I will get from social care',
  h2: 'H2: More help from social care',
  i: 'I: My school or college',
  j: 'J: My personal budget — money for my help',
  k: 'K: The advice we used to write this plan',
};
