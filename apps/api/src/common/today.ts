/**
 * The calendar day in England (YYYY-MM-DD) of an instant — today by default — whatever the server's time
 * zone: the statutory clock counts English days.
 */
export function todayInEngland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
