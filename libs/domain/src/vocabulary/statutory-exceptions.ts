/*
 * The exceptions to statutory time limits that the Regulations allow (SEND Regulations 2014, SI 2014/1530), by the
 * regulation that allows them. Read from the text on legislation.gov.uk: reg 5 (revised, regulation/5), reg 8(2)
 * (as made, quoted by the council's advice service), reg 10(4) (as made, regulation/10/made) and reg 13(3), which
 * applies reg 10(4)(a) to (d) to the 20 weeks.
 *
 * reg 5(4): the 6 weeks for the decision whether to assess (reg 5(1)) need not be met where (a) advice was asked of
 * the head teacher or principal of a school or post-16 institution from one week before it closed for 4+ continuous
 * weeks to one week before it re-opens, (b) exceptional personal circumstances affect the child, the parent or the
 * young person, or (c) they are absent from the area for 4+ continuous weeks. It has no early years limb.
 *
 * The Special Educational Needs and Disability (Coronavirus) (Amendment) Regulations 2020 (SI 2020/471), in force
 * from 1 May to 25 September 2020 (read in the Department for Education's guidance on them and its Annex A, on
 * gov.uk), added to these exceptions one more: where meeting the limit was not reasonably practicable, or was
 * impractical, for a reason relating to the incidence or transmission of coronavirus. It is recorded as its own kind,
 * `coronavirus`, under the regulation whose limit it excused, and cited by the instrument, not by a paragraph letter.
 *
 * reg 8(2): a body asked for advice need not meet its 6 weeks where (a) exceptional circumstances affect the child,
 * the parent or the young person, (b) they are absent from the area for 4+ continuous weeks during the 6 weeks,
 * or (c) the child fails to keep an appointment the body made during the 6 weeks. School holidays are not among them.
 *
 * reg 10(4): the 16 weeks (and by reg 13(3) the 20 weeks) need not be met where (a) advice was asked of the head
 * teacher or principal of a school or post-16 institution from one week before it closed for 4+ continuous weeks to
 * one week before it re-opens, (b) the same of a provider of relevant early years education, (c) exceptional
 * personal circumstances affect the child, the parent or the young person, or (d) they are absent from the area for
 * 4+ continuous weeks.
 */

export const EXCEPTION_REGULATIONS = ['5(4)', '8(2)', '10(4)'] as const;
export type ExceptionRegulation = (typeof EXCEPTION_REGULATIONS)[number];

/** reg 5(4), in its order: the exceptions to the 6 weeks for the decision whether to assess. */
export const DECISION_TO_ASSESS_EXCEPTION_KINDS = [
  'school_closure',
  'exceptional_circumstances',
  'absent_from_area',
  'coronavirus',
] as const;
export type DecisionToAssessExceptionKind = (typeof DECISION_TO_ASSESS_EXCEPTION_KINDS)[number];

/** reg 8(2), in its order: the exceptions to one advice's 6 weeks. */
export const ADVICE_EXCEPTION_KINDS = [
  'exceptional_circumstances',
  'absent_from_area',
  'missed_appointment',
  'coronavirus',
] as const;
export type AdviceExceptionKind = (typeof ADVICE_EXCEPTION_KINDS)[number];

/** reg 10(4), in its order: the exceptions to the 16 and 20 weeks. */
export const PLAN_EXCEPTION_KINDS = [
  'school_closure',
  'early_years_closure',
  'exceptional_circumstances',
  'absent_from_area',
  'coronavirus',
] as const;
export type PlanExceptionKind = (typeof PLAN_EXCEPTION_KINDS)[number];

export const STATUTORY_EXCEPTION_KINDS = [
  'exceptional_circumstances',
  'absent_from_area',
  'missed_appointment',
  'school_closure',
  'early_years_closure',
  'coronavirus',
] as const;
export type StatutoryExceptionKind = (typeof STATUTORY_EXCEPTION_KINDS)[number];

/** The kinds each regulation allows, in the order of its paragraphs: (a), (b), (c)… */
export const EXCEPTION_KINDS_UNDER: Readonly<Record<ExceptionRegulation, readonly StatutoryExceptionKind[]>> =
  {
    '5(4)': DECISION_TO_ASSESS_EXCEPTION_KINDS,
    '8(2)': ADVICE_EXCEPTION_KINDS,
    '10(4)': PLAN_EXCEPTION_KINDS,
  };

export const EXCEPTION_KIND_LABELS: Record<StatutoryExceptionKind, string> = {
  exceptional_circumstances: 'Exceptional personal circumstances',
  absent_from_area: 'Absent from the area for 4 weeks or more',
  missed_appointment: 'Missed appointment',
  school_closure: 'School or post-16 institution closed for 4 weeks or more',
  early_years_closure: 'Early years provider closed for 4 weeks or more',
  coronavirus: 'Coronavirus (the 2020 easement)',
};

/** SI 2020/471 was in force from 1 May to 25 September 2020, both days included. */
export const CORONAVIRUS_EASEMENT = { from: '2020-05-01', to: '2020-09-25' } as const;

/** Whether the regulation allows the kind: narrows a value read from a file or the database. */
export function isExceptionKindUnder(
  regulation: ExceptionRegulation,
  kind: string,
): kind is StatutoryExceptionKind {
  return (EXCEPTION_KINDS_UNDER[regulation] as readonly string[]).includes(kind);
}

export function isExceptionRegulation(regulation: string): regulation is ExceptionRegulation {
  return (EXCEPTION_REGULATIONS as readonly string[]).includes(regulation);
}

/**
 * Where the law allows the exception: "reg 10(4)(d)" for an absence from the area excusing the 20 weeks. The
 * paragraph letter is the kind's place in its regulation; a kind the regulation does not allow is cited bare.
 */
export function exceptionCitation(regulation: ExceptionRegulation, kind: StatutoryExceptionKind): string {
  if (kind === 'coronavirus') return `reg ${regulation} as eased by SI 2020/471`;
  const place = EXCEPTION_KINDS_UNDER[regulation].indexOf(kind);
  return place < 0 ? `reg ${regulation}` : `reg ${regulation}(${'abcdefgh'[place]})`;
}
