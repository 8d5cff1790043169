import type { FigureSpan } from '@convene/contracts';
import { addDays, addMonths, monthsEnding } from '@convene/domain';

/** The days a dashboard figure counts, both included: the month itself, or the 12 months to its end. */
export function figurePeriod(month: string, span: FigureSpan): { from: string; to: string } {
  const first = span === 'rolling' ? monthsEnding(month, 12)[0]! : month;
  return { from: `${first}-01`, to: addDays(addMonths(`${month}-01`, 1), -1) };
}
