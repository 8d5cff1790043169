import { addDays, addMonths, addWeeks, latestOf, type CalendarDate } from '../calendar-date/calendar-date.js';
import { addWorkingDays } from '../calendar-date/working-days.js';

/*
 * The time limits that follow a decision a family disagrees with: mediation (Children and Families Act 2014 ss.53–55;
 * SEND Regulations 2014, Part 2, "Mediation", regs 32–42), an appeal to the First-tier Tribunal (SEND) (the Tribunal
 * Procedure (First-tier Tribunal) (Health, Education and Social Care Chamber) Rules 2008, "the HESC Rules"), and
 * what the council must then do (SEND Regulations 2014, regs 42, 44 and 45). Calendar days count as on the 20-week
 * path; "working days" skip weekends and the bank holidays of England and Wales.
 */

/** A limit with where it comes from, for the register and its clocks. */
export interface DisagreementTimeLimit {
  /** What must happen by the day. */
  step: string;
  dueOn: CalendarDate;
  citation: string;
}

/** reg 33: the family contacts the mediation adviser within 2 months of the decision's written notice being sent. */
export const MEDIATION_ADVICE_MONTHS = 2;
/** regs 34 and 39: the mediation adviser issues the certificate within 3 working days. */
export const MEDIATION_CERTIFICATE_WORKING_DAYS = 3;
/** The mediation is arranged to take place within 30 days of the council being told the family wishes to mediate. */
export const MEDIATION_HELD_DAYS = 30;
/** HESC Rules r.20: the appeal within 2 months of the decision's notice, or 1 month of the certificate if later. */
export const APPEAL_MONTHS = 2;
export const APPEAL_MONTHS_AFTER_CERTIFICATE = 1;
/** HESC Rules r.21 (the SEND Tribunal's directions on registration): the council's response in 30 working days. */
export const RESPONSE_WORKING_DAYS = 30;
/** reg 42(3): what a mediation agreement asks that could not have been appealed, within 2 weeks of the agreement. */
export const MEDIATION_AGREEMENT_OTHER_WEEKS = 2;

export function mediationAdviceDeadline(decisionNotifiedOn: CalendarDate): DisagreementTimeLimit {
  return {
    step: 'The family contacts the mediation adviser, if they wish to appeal',
    dueOn: addMonths(decisionNotifiedOn, MEDIATION_ADVICE_MONTHS),
    citation: 'SEND Regulations 2014, reg 33',
  };
}

/** After the family says they do not wish to mediate (reg 34), or after the mediation ends (Part 2, "Mediation"). */
export function mediationCertificateDeadline(
  from: CalendarDate,
  after: 'declined' | 'mediation_held',
): DisagreementTimeLimit {
  return {
    step: 'The mediation adviser issues the mediation certificate',
    dueOn: addWorkingDays(from, MEDIATION_CERTIFICATE_WORKING_DAYS),
    citation:
      after === 'declined'
        ? 'SEND Regulations 2014, reg 34'
        : 'SEND Regulations 2014, Part 2 ("Mediation"): certificate after mediation',
  };
}

export function mediationHeldDeadline(familyToldCouncilOn: CalendarDate): DisagreementTimeLimit {
  return {
    step: 'The mediation takes place',
    dueOn: addDays(familyToldCouncilOn, MEDIATION_HELD_DAYS),
    citation: 'SEND Regulations 2014, Part 2 ("Mediation"): within 30 days of the notice',
  };
}

/** The later of 2 months from the decision's notice and 1 month from the mediation certificate. */
export function appealDeadline(
  decisionNotifiedOn: CalendarDate,
  certificateIssuedOn: CalendarDate | null,
): DisagreementTimeLimit {
  const fromDecision = addMonths(decisionNotifiedOn, APPEAL_MONTHS);
  return {
    step: 'The family registers an appeal with the First-tier Tribunal (SEND)',
    dueOn: certificateIssuedOn
      ? latestOf(fromDecision, addMonths(certificateIssuedOn, APPEAL_MONTHS_AFTER_CERTIFICATE))
      : fromDecision,
    citation: 'HESC Rules 2008, r.20',
  };
}

export function responseDeadline(appealSentToCouncilOn: CalendarDate): DisagreementTimeLimit {
  return {
    step: 'The council sends its response to the appeal',
    dueOn: addWorkingDays(appealSentToCouncilOn, RESPONSE_WORKING_DAYS),
    citation: 'HESC Rules 2008, r.21',
  };
}

/** What the Tribunal ordered, or the council conceded, or a mediation agreement settled, as reg 44 sorts them. */
export const TRIBUNAL_ORDER_KINDS = [
  'assess',
  'make_and_maintain_plan',
  'amend_needs_or_provision',
  'name_school',
  'continue_plan',
  'continue_and_amend_plan',
  'cease_plan',
] as const;
export type TribunalOrderKind = (typeof TRIBUNAL_ORDER_KINDS)[number];

export const TRIBUNAL_ORDER_KIND_LABELS: Readonly<Record<TribunalOrderKind, string>> = {
  assess: 'Carry out the EHC needs assessment',
  make_and_maintain_plan: 'Make and maintain an EHC plan',
  amend_needs_or_provision: 'Amend the needs or provision in the plan (sections B, F)',
  name_school: 'Name the school or other institution (section I)',
  continue_plan: 'Continue to maintain the plan',
  continue_and_amend_plan: 'Continue to maintain the plan, and amend it',
  cease_plan: 'Cease the plan (the appeal against ceasing it was dismissed)',
};

type Step = readonly [step: string, weeks: number, paragraph: string];
const ORDER_STEPS: Readonly<Record<TribunalOrderKind, readonly Step[]>> = {
  assess: [
    ['Tell the family the assessment will be made', 2, '(2)(b)'],
    ['If no plan is needed: tell the family, with reasons', 10, '(2)(b)(i)'],
    ['If a plan is needed: send the final plan', 14, '(2)(b)(ii)'],
  ],
  make_and_maintain_plan: [
    ['Issue the draft plan', 5, '(2)(c)(i)'],
    ['Send the final plan', 11, '(2)(c)(ii)'],
  ],
  amend_needs_or_provision: [['Issue the amended plan', 5, '(2)(e)']],
  name_school: [['Issue the amended plan naming the school', 2, '(2)(f)']],
  continue_plan: [['Continue to maintain the plan', 0, '(2)(g)']],
  continue_and_amend_plan: [
    ['Continue to maintain the plan', 0, '(2)(h)'],
    ['Issue the amended plan', 5, '(2)(h)'],
  ],
  cease_plan: [['Cease to maintain the plan', 0, '(2)(a)']],
};

/**
 * What the council must do after the Tribunal's order, and by when (reg 44(2)); the same days run from a mediation
 * agreement on what could have been appealed (reg 42(2)) and from the council telling the Tribunal it will not
 * oppose the appeal (reg 45). "Immediately" is the day itself.
 */
export function complianceDeadlines(
  kind: TribunalOrderKind,
  from: CalendarDate,
  source: 'order' | 'mediation_agreement' | 'unopposed',
): DisagreementTimeLimit[] {
  const law = { order: 'reg 44', mediation_agreement: 'reg 42(2) and reg 44', unopposed: 'reg 45' }[source];
  return ORDER_STEPS[kind].map(([step, weeks, paragraph]) => ({
    step,
    dueOn: addWeeks(from, weeks),
    citation: `SEND Regulations 2014, ${law}${source === 'unopposed' ? '' : paragraph}`,
  }));
}

/** reg 42(3): a mediation agreement's other undertakings (e.g. a visit by the EP), within 2 weeks unless agreed otherwise. */
export function mediationAgreementOtherDeadline(agreedOn: CalendarDate): DisagreementTimeLimit {
  return {
    step: 'Do what the mediation agreement asks (not a matter for appeal)',
    dueOn: addWeeks(agreedOn, MEDIATION_AGREEMENT_OTHER_WEEKS),
    citation: 'SEND Regulations 2014, reg 42(3)',
  };
}
