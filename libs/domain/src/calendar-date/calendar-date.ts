/**
 * A day on the calendar, written as an ISO date: `YYYY-MM-DD`.
 *
 * The statutory clock counts whole calendar days, so a day is never a moment in time: no hours,
 * no time zone, no milliseconds. Arithmetic goes through a day number (days since 1970-01-01,
 * computed with UTC, which has no summer time) and back to a string.
 *
 * It is a plain string so that dates read from the database (`date` columns) and from DTOs can be
 * used as they are; `parseCalendarDate` checks one that comes from outside.
 */
export type CalendarDate = string;

export const DAYS_IN_A_WEEK = 7;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DAYS_OF_WEEK = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Thrown for text that is not a real calendar day, such as `2023-02-29` or `2026-3-1`. */
export class InvalidCalendarDateError extends RangeError {
  constructor(readonly text: string) {
    super(`"${text}" is not a calendar date (YYYY-MM-DD, a day that exists)`);
    this.name = 'InvalidCalendarDateError';
  }
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; `month` runs 1 (January) to 12 (December). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the text is a day that exists, written YYYY-MM-DD. */
export function isCalendarDate(text: string): boolean {
  return partsIfValid(text) !== null;
}

/** The year, month and day of a YYYY-MM-DD text, or null when it is not a real date: one reading of the text. */
function partsIfValid(text: string): { year: number; month: number; day: number } | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? { year, month, day }
    : null;
}

/** Checks a date that comes from outside; throws `InvalidCalendarDateError` for 2023-02-29 and the like. */
export function parseCalendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) throw new InvalidCalendarDateError(text);
  return text;
}

/** The calendar date of a year, month (1–12) and day, checked. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return parseCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

export function yearOf(date: CalendarDate): number {
  return partsOf(date).year;
}

/** The date `days` after (or, when negative, before) the given one. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertWholeNumber(days, 'days');
  return fromDayNumber(toDayNumber(date) + days);
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  assertWholeNumber(weeks, 'weeks');
  return addDays(date, weeks * DAYS_IN_A_WEEK);
}

/**
 * The same day `months` later, kept inside the target month when that month is shorter:
 * 31 January + 1 month is 28 (or 29) February, and 29 February + 12 months is 28 February.
 * Clamping to the month's end never gives a later date than the months allow.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  assertWholeNumber(months, 'months');
  const { year, month, day } = partsOf(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return calendarDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The last day of a period of `months` months starting with `start`, that day counted in the period ("within 12
 * months starting with the date", Children and Families Act 2014 s44(1)): the day before the corresponding day
 * `months` later, so 12 months starting with 15 September 2025 end on 14 September 2026. Where that month has no
 * corresponding day (29 February in a year that is not leap), the period ends with the month: 28 February. This is
 * the corresponding date rule the courts use for calendar months (Dodds v Walker [1981] 1 WLR 1061).
 */
export function lastDayOfMonthsStartingWith(start: CalendarDate, months: number): CalendarDate {
  const corresponding = addMonths(start, months);
  return partsOf(corresponding).day === partsOf(start).day ? addDays(corresponding, -1) : corresponding;
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1, for sorting dates oldest first. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function isBefore(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) > 0;
}

/** True when `date` falls between `first` and `last`, both days included. */
export function isWithin(date: CalendarDate, first: CalendarDate, last: CalendarDate): boolean {
  return !isBefore(date, first) && !isAfter(date, last);
}

export function earliestOf(first: CalendarDate, ...others: CalendarDate[]): CalendarDate {
  return others.reduce((earliest, date) => (isBefore(date, earliest) ? date : earliest), first);
}

export function latestOf(first: CalendarDate, ...others: CalendarDate[]): CalendarDate {
  return others.reduce((latest, date) => (isAfter(date, latest) ? date : latest), first);
}

export function dayOfWeek(date: CalendarDate): DayOfWeek {
  // 1970-01-01 was a Thursday (index 4).
  const index = (((toDayNumber(date) + 4) % 7) + 7) % 7;
  return DAYS_OF_WEEK[index] as DayOfWeek;
}

// Made once: building a formatter costs far more than using one. `en-CA` writes YYYY-MM-DD.
const ENGLISH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in England of a moment — where the moment becomes a day: the statutory clock and the meetings
 * count English days, whatever the time zone of the computer asking.
 */
export function dayInEngland(instant: Date): CalendarDate {
  return ENGLISH_DAY.format(instant);
}

/** The date as a council letter writes it: "1 March 2024". */
export function formatCalendarDate(date: CalendarDate): string {
  const { year, month, day } = partsOf(date);
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  const parts = partsIfValid(date);
  if (parts === null) throw new InvalidCalendarDateError(date);
  return parts;
}

/**
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by arithmetic rather than through a Date: reports
 * count tens of thousands of dates. Years are counted from March, so a leap day falls at the end of its year,
 * in cycles of 400 years (146,097 days).
 */
function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  const marchYear = month <= 2 ? year - 1 : year;
  const cycle = Math.floor(marchYear / 400);
  const yearOfCycle = marchYear - cycle * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfCycle =
    yearOfCycle * 365 + Math.floor(yearOfCycle / 4) - Math.floor(yearOfCycle / 100) + dayOfYear;
  // 719,468 days from 0000-03-01 to 1970-01-01.
  return cycle * 146_097 + dayOfCycle - 719_468;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return calendarDate(utc.getUTCFullYear(), utc.getUTCMonth() + 1, utc.getUTCDate());
}

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${what} must be a whole number, not ${value}`);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
