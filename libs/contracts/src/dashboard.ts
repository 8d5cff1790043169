import type { AdviceKind } from '@convene/domain';
import type { TimelinessMonth } from '@convene/domain';

/** The service dashboard's monthly return on plans issued in 20 weeks, and where the open requests stand today. */
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
  /** Advices due in the months shown (6 weeks after they were asked for), by agency: on time if returned by the deadline day. */
  advicesInTime: {
    agency: string;
    adviceKind: string;
    due: number;
    onTime: number;
    percent: number | null;
  }[];
  /**
   * Advice quality by agency (health, social care, educational psychology): the advices returned in the months shown
   * that were rated — by the Quality group's audit where it graded one, otherwise on the coordinator's rubric — and
   * how many meet the standard (audited outstanding or good; every point of the rubric met). One row per kind.
   */
  adviceQuality: {
    adviceKind: AdviceKind;
    rated: number;
    meeting: number;
    percent: number | null;
  }[];
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
