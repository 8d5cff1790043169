import type { Role, TimelinessMonth } from '@convene/domain';
import { getJson } from './http';

/** Who may read the dashboard's figures; the API's authorization matrix checks the same roles again. */
export const DASHBOARD_READERS: Role[] = ['admin', 'chair', 'panel_member', 'qa_reviewer', 'dco'];

/** The shape of apps/api's TimelinessReport (dashboard.service.ts): the monthly return and today's open requests. */
export interface TimelinessReport {
  /** YYYY-MM, oldest first; the last is the month asked for. */
  months: string[];
  /** The published table: plans with a reg 10(4) exception left out. */
  withoutExceptions: TimelinessMonth[];
  withExceptions: TimelinessMonth[];
  received: { month: string; count: number }[];
  refused: { month: string; count: number }[];
  /** Open requests today, at each stage of the path. */
  openByStage: { stage: string; count: number }[];
  openOverTwentyWeeks: number;
  /** Advices due in the months shown, by agency: on time if returned by the deadline day. */
  advicesInTime: { agency: string; adviceKind: string; due: number; onTime: number; percent: number | null }[];
}

/** One plan behind a figure of the return. */
export interface TimelinessCase {
  childId: string;
  caseReference: string;
  receivedOn: string;
  finalIssuedOn: string;
  inTwentyWeeks: boolean;
  exceptionCase: boolean;
}

/** Which plans issued in the month: all of them, those in 20 weeks, or those late. */
export type TimelinessMeasure = 'issued' | 'in_twenty_weeks' | 'late';
/** Whether plans with a reg 10(4) exception are left out (as the published table does) or counted. */
export type ExceptionCases = 'exclude' | 'include';

/** Plans issued in 20 weeks for the `months` months ending with `month` (YYYY-MM), with and without exception cases. */
export function getTimeliness(month: string, months = 12): Promise<TimelinessReport> {
  const query = new URLSearchParams({ month, months: String(months) });
  return getJson<TimelinessReport>(`/api/dashboard/timeliness?${query}`);
}

/** The plans issued in one month behind a figure of the return. */
export function getTimelinessCases(month: string, measure: TimelinessMeasure, exceptions: ExceptionCases): Promise<TimelinessCase[]> {
  const query = new URLSearchParams({ month, measure, exceptions });
  return getJson<TimelinessCase[]>(`/api/dashboard/timeliness/cases?${query}`);
}
