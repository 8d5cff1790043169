import { addMonths, isAfter, type CalendarDate } from '../calendar-date/calendar-date.js';

/**
 * Who a family account is for: a parent or carer with parental responsibility for the child, or the young person
 * themself once they are 16 (Children and Families Act 2014 s.83: from the end of compulsory school age the young
 * person makes their own decisions).
 */
export const FAMILY_MEMBER_KINDS = ['parent_carer', 'young_person'] as const;
export type FamilyMemberKind = (typeof FAMILY_MEMBER_KINDS)[number];

export const FAMILY_MEMBER_KIND_LABELS: Record<FamilyMemberKind, string> = {
  parent_carer: 'Parent or carer with parental responsibility',
  young_person: 'The young person (16 or over)',
};

/** The youngest a young person may be on the day their own account is made. */
export const YOUNG_PERSON_MIN_AGE = 16;

/** Whether someone born on `dateOfBirth` is 16 or older on `day`: from their 16th birthday itself. */
export function isOldEnoughForOwnAccount(dateOfBirth: CalendarDate, day: CalendarDate): boolean {
  return !isAfter(addMonths(dateOfBirth, YOUNG_PERSON_MIN_AGE * 12), day);
}
