import { addDays, DAYS_OF_WEEK, dayOfWeek, type DayOfWeek } from '@convene/domain';

// Scheduling the demo council's meetings and case events on the right weekdays.
export { addDays, daysBetween } from '@convene/domain';
export const MONDAY: DayOfWeek = 'monday';
export const TUESDAY: DayOfWeek = 'tuesday';
export const WEDNESDAY: DayOfWeek = 'wednesday';
export const THURSDAY: DayOfWeek = 'thursday';
export const FRIDAY: DayOfWeek = 'friday';

/** The first given weekday on or after `date`. */
export function nextWeekday(date: string, weekday: DayOfWeek): string {
  const from = DAYS_OF_WEEK.indexOf(dayOfWeek(date));
  return addDays(date, (DAYS_OF_WEEK.indexOf(weekday) - from + 7) % 7);
}

/** A wall-clock time in England (GMT, or BST from the last Sunday of March to the last Sunday of October). */
export function englishTime(date: string, time: string): Date {
  const year = Number(date.slice(0, 4));
  const lastSunday = (month: string) => {
    const end = `${year}-${month}-31`;
    return addDays(end, -DAYS_OF_WEEK.indexOf(dayOfWeek(end)));
  };
  const summer = date >= lastSunday('03') && date < lastSunday('10');
  return new Date(`${date}T${time}:00${summer ? '+01:00' : '+00:00'}`);
}
