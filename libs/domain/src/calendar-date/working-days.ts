import {
  addDays,
  calendarDate,
  dayOfWeek,
  yearOf,
  type CalendarDate,
  type DayOfWeek,
} from './calendar-date.js';

/*
 * Working days in England: Monday to Friday, less the bank holidays of England and Wales (Banking and Financial
 * Dealings Act 1971, Schedule 1, with the days appointed each year by royal proclamation). The regular ones are
 * computed from their rules; the one-off days proclaimed for national occasions are listed.
 */

/** Days proclaimed for one year only, and the regular ones moved in that year. */
const ONE_OFF_HOLIDAYS: readonly CalendarDate[] = [
  '2020-05-08', // VE Day 75 (the early May bank holiday moved from 4 May)
  '2022-06-02', // the Spring bank holiday moved for the Platinum Jubilee
  '2022-06-03', // the Platinum Jubilee
  '2022-09-19', // the State Funeral of Queen Elizabeth II
  '2023-05-08', // the Coronation of King Charles III
];
/** Regular days not held in a year because a one-off replaced them. */
const REGULAR_DAYS_NOT_HELD: readonly CalendarDate[] = ['2020-05-04', '2022-05-30'];

const WEEKEND: readonly DayOfWeek[] = ['saturday', 'sunday'];

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return calendarDate(year, month, day);
}

/** The bank holidays of England and Wales in a year, in order. */
export function bankHolidaysInEngland(year: number): CalendarDate[] {
  const regular = [
    substituteForWeekend(calendarDate(year, 1, 1)),
    addDays(easterSunday(year), -2), // Good Friday
    addDays(easterSunday(year), 1), // Easter Monday
    firstMonday(year, 5),
    lastMonday(year, 5),
    lastMonday(year, 8),
    ...christmasAndBoxingDay(year),
  ].filter((day) => !REGULAR_DAYS_NOT_HELD.includes(day));
  const oneOff = ONE_OFF_HOLIDAYS.filter((day) => yearOf(day) === year);
  return [...regular, ...oneOff].sort();
}

export function isWorkingDay(date: CalendarDate): boolean {
  return !WEEKEND.includes(dayOfWeek(date)) && !bankHolidaysInEngland(yearOf(date)).includes(date);
}

/**
 * The day `days` working days after `from` (from itself not counted): 3 working days from a Friday is the next
 * Wednesday, or Thursday when the Monday is a bank holiday.
 */
export function addWorkingDays(from: CalendarDate, days: number): CalendarDate {
  let day = from;
  for (let counted = 0; counted < days;) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) counted += 1;
  }
  return day;
}

function substituteForWeekend(day: CalendarDate): CalendarDate {
  const weekday = dayOfWeek(day);
  return weekday === 'saturday' ? addDays(day, 2) : weekday === 'sunday' ? addDays(day, 1) : day;
}

/** 25 and 26 December, each falling on a weekend replaced by the next weekday not already a holiday. */
function christmasAndBoxingDay(year: number): CalendarDate[] {
  const christmas = calendarDate(year, 12, 25);
  switch (dayOfWeek(christmas)) {
    case 'friday':
      return [christmas, calendarDate(year, 12, 28)];
    case 'saturday':
      return [calendarDate(year, 12, 27), calendarDate(year, 12, 28)];
    case 'sunday':
      return [calendarDate(year, 12, 26), calendarDate(year, 12, 27)];
    default:
      return [christmas, calendarDate(year, 12, 26)];
  }
}

function firstMonday(year: number, month: number): CalendarDate {
  let day = calendarDate(year, month, 1);
  while (dayOfWeek(day) !== 'monday') day = addDays(day, 1);
  return day;
}

function lastMonday(year: number, month: number): CalendarDate {
  let day = addDays(month === 12 ? calendarDate(year + 1, 1, 1) : calendarDate(year, month + 1, 1), -1);
  while (dayOfWeek(day) !== 'monday') day = addDays(day, -1);
  return day;
}
