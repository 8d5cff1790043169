/** A GOV.UK date input's three fields. */
export type DateParts = { day?: string; month?: string; year?: string };

/** A YYYY-MM-DD day as the fields show it (21, 1, 2027); blank fields for no day. */
export function datePartsOf(date: string | null): DateParts {
  if (!date) return { day: '', month: '', year: '' };
  return {
    day: String(Number(date.slice(8))),
    month: String(Number(date.slice(5, 7))),
    year: date.slice(0, 4),
  };
}

/** The fields as YYYY-MM-DD (not checked: the caller or the API says whether it is a real day); '' when all are blank. */
export function dateFromParts({ day = '', month = '', year = '' }: DateParts): string {
  if (!day.trim() && !month.trim() && !year.trim()) return '';
  return `${year.trim().padStart(4, '0')}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
}
