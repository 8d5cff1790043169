import { describe, expect, it } from 'vitest';
import { addWorkingDays, bankHolidaysInEngland, easterSunday, isWorkingDay } from './working-days.js';

describe('bank holidays in England and Wales', () => {
  it.each([
    [
      2022,
      [
        '2022-01-03',
        '2022-04-15',
        '2022-04-18',
        '2022-05-02',
        '2022-06-02',
        '2022-06-03',
        '2022-08-29',
        '2022-09-19',
        '2022-12-26',
        '2022-12-27',
      ],
    ],
    [
      2023,
      [
        '2023-01-02',
        '2023-04-07',
        '2023-04-10',
        '2023-05-01',
        '2023-05-08',
        '2023-05-29',
        '2023-08-28',
        '2023-12-25',
        '2023-12-26',
      ],
    ],
    [
      2026,
      [
        '2026-01-01',
        '2026-04-03',
        '2026-04-06',
        '2026-05-04',
        '2026-05-25',
        '2026-08-31',
        '2026-12-25',
        '2026-12-28',
      ],
    ],
    [
      2027,
      [
        '2027-01-01',
        '2027-03-26',
        '2027-03-29',
        '2027-05-03',
        '2027-05-31',
        '2027-08-30',
        '2027-12-27',
        '2027-12-28',
      ],
    ],
  ])('are those published for %i', (year, published) => {
    expect(bankHolidaysInEngland(year)).toEqual(published);
  });

  it('finds Easter Sunday, early and late', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});

describe('working days', () => {
  it('skips weekends and bank holidays', () => {
    expect(isWorkingDay('2026-12-07')).toBe(true); // a Monday
    expect(isWorkingDay('2026-12-05')).toBe(false); // a Saturday
    expect(isWorkingDay('2026-12-28')).toBe(false); // the Boxing Day substitute
  });

  it('counts 3 working days from a Friday to the Wednesday, or the Thursday over a bank holiday Monday', () => {
    expect(addWorkingDays('2026-11-27', 3)).toBe('2026-12-02');
    expect(addWorkingDays('2026-05-22', 3)).toBe('2026-05-28');
  });

  it('counts over Christmas and the New Year', () => {
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('leaves the day as it is for no working days', () => {
    expect(addWorkingDays('2026-12-05', 0)).toBe('2026-12-05');
  });
});
