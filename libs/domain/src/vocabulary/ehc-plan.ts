/**
 * The sections of an EHC plan (SEND Regulations 2014, reg 12; Code of Practice 2015, 9.62), in the order a
 * plan sets them out. Stored by letter, lower case; shown as "Section A" and so on.
 */
export const EHC_PLAN_SECTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h1', 'h2', 'i', 'j', 'k'] as const;
export type EhcPlanSection = (typeof EHC_PLAN_SECTIONS)[number];

export const EHC_PLAN_SECTION_TITLES: Record<EhcPlanSection, string> = {
  a: 'The views, interests and aspirations of the child and their parents',
  b: 'Special educational needs',
  c: 'Health needs related to their special educational needs',
  d: 'Social care needs related to their special educational needs or disability',
  e: 'Outcomes',
  f: 'Special educational provision',
  g: 'Health provision',
  h1: 'Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970',
  h2: 'Other social care provision',
  i: 'Placement: the school or other institution',
  j: 'Personal budget',
  k: 'Advice and information gathered during the assessment',
};

/** "Section H1", as a plan heads it. */
export function ehcPlanSectionLetter(section: EhcPlanSection): string {
  return section.toUpperCase();
}
