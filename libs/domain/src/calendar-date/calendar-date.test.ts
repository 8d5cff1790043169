import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  lastDayOfMonthsStartingWith,
  addWeeks,
  calendarDate,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  earliestOf,
  formatCalendarDate,
  InvalidCalendarDateError,
  isAfter,
  isBefore,
  isCalendarDate,
  isLeapYear,
  isWithin,
  latestOf,
  parseCalendarDate,
  yearOf,
} from './calendar-date.js';

describe('reading a date from a form or the database', () => {
  it('accepts a real day written YYYY-MM-DD', () => {
    expect(parseCalendarDate('2026-03-02')).toBe('2026-03-02');
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects 29 February in a year that is not a leap year', () => {
    expect(() => parseCalendarDate('2023-02-29')).toThrow(InvalidCalendarDateError);
    expect(isCalendarDate('2100-02-29')).toBe(false);
  });

  it('rejects days that do not exist and other spellings of a date', () => {
    for (const text of [
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-3-1',
      '02/03/2026',
      '2026-03-02T00:00:00Z',
      '',
    ]) {
      expect(isCalendarDate(text), text).toBe(false);
    }
  });

  it('builds a date from its parts, and refuses one that does not exist', () => {
    expect(calendarDate(2026, 3, 2)).toBe('2026-03-02');
    expect(() => calendarDate(2025, 2, 29)).toThrow(InvalidCalendarDateError);
    expect(yearOf('2026-03-02')).toBe(2026);
  });
});

describe('leap years', () => {
  it('has a 29 February every fourth year, except centuries not divisible by 400', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('counting in days and weeks', () => {
  it('an advice asked on 1 March is due six weeks later on 12 April', () => {
    expect(addWeeks('2026-03-01', 6)).toBe('2026-04-12');
  });

  it('crosses 29 February in a leap year and 28 February in other years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
  });

  it('crosses month and year ends, forwards and backwards', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addWeeks('2026-01-05', -1)).toBe('2025-12-29');
  });

  it('is not moved by the change to summer time', () => {
    // The clocks go forward on 29 March 2026 and back on 25 October 2026.
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
  });

  it('counts whole days between two dates, negative when the second is earlier', () => {
    expect(daysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(daysBetween('2026-03-02', '2026-04-13')).toBe(42);
    expect(daysBetween('2026-04-13', '2026-03-02')).toBe(-42);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
  });

  it('refuses part days', () => {
    expect(() => addDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => addWeeks('2026-03-02', 0.5)).toThrow(RangeError);
  });

  it('refuses to count from a date that does not exist', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(InvalidCalendarDateError);
    expect(() => daysBetween('2026-03-02', 'tomorrow')).toThrow(InvalidCalendarDateError);
  });
});

describe('counting in months', () => {
  it('keeps the day of the month when the target month has it', () => {
    expect(addMonths('2025-03-15', 12)).toBe('2026-03-15');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('an annual review of a plan made on 29 February falls on 28 February the next year', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('clamps a month end to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('ends a period of 12 months starting with a day on the day before its anniversary', () => {
    expect(lastDayOfMonthsStartingWith('2025-09-15', 12)).toBe('2026-09-14');
    expect(lastDayOfMonthsStartingWith('2026-01-01', 12)).toBe('2026-12-31');
    // Starting with 1 March, the year ends with February, 29 days long in a leap year.
    expect(lastDayOfMonthsStartingWith('2027-03-01', 12)).toBe('2028-02-29');
    expect(lastDayOfMonthsStartingWith('2024-03-01', 12)).toBe('2025-02-28');
  });

  it('ends a period starting with 29 February with the February of a year that has none', () => {
    expect(lastDayOfMonthsStartingWith('2024-02-29', 12)).toBe('2025-02-28');
    expect(lastDayOfMonthsStartingWith('2024-02-29', 48)).toBe('2028-02-28');
    expect(lastDayOfMonthsStartingWith('2027-02-28', 12)).toBe('2028-02-27');
  });

  it('crosses year ends both ways', () => {
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });
});

describe('comparing dates', () => {
  it('orders dates oldest first', () => {
    expect(['2026-03-02', '2025-12-31', '2026-01-01'].sort(compareDates)).toEqual([
      '2025-12-31',
      '2026-01-01',
      '2026-03-02',
    ]);
    expect(compareDates('2026-03-02', '2026-03-02')).toBe(0);
  });

  it('says which comes first and whether a day is within a span, both ends included', () => {
    expect(isBefore('2026-03-01', '2026-03-02')).toBe(true);
    expect(isAfter('2026-03-01', '2026-03-02')).toBe(false);
    expect(isWithin('2026-03-01', '2026-03-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-03-31', '2026-03-01', '2026-03-31')).toBe(true);
    expect(isWithin('2026-04-01', '2026-03-01', '2026-03-31')).toBe(false);
  });

  it('finds the earliest and the latest of several dates', () => {
    expect(earliestOf('2026-03-02', '2026-01-01', '2026-05-01')).toBe('2026-01-01');
    expect(latestOf('2026-03-02', '2026-01-01', '2026-05-01')).toBe('2026-05-01');
  });
});

describe('days of the week and how a date reads', () => {
  it('knows the day of the week', () => {
    expect(dayOfWeek('2026-03-02')).toBe('monday');
    expect(dayOfWeek('2026-03-07')).toBe('saturday');
    expect(dayOfWeek('2026-03-08')).toBe('sunday');
    expect(dayOfWeek('2024-02-29')).toBe('thursday');
    expect(dayOfWeek('1969-12-31')).toBe('wednesday');
  });

  it('writes a date as a letter does', () => {
    expect(formatCalendarDate('2024-03-01')).toBe('1 March 2024');
    expect(formatCalendarDate('2026-12-25')).toBe('25 December 2026');
  });
});
