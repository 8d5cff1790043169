import { daysBetween, isAfter, type CalendarDate } from '../calendar-date/calendar-date.js';
import {
  NEEDS_NO_MEDIATION_CERTIFICATE,
  type AppealableDecision,
  type DisagreementKind,
} from '../vocabulary/disagreements.js';
import {
  appealDeadline,
  complianceDeadlines,
  mediationAdviceDeadline,
  mediationCertificateDeadline,
  mediationHeldDeadline,
  responseDeadline,
  type DisagreementTimeLimit,
  type TribunalOrderKind,
} from './disagreement-time-limits.js';

/** What the register holds of a disagreement that its clocks run from. */
export interface DisagreementDates {
  kind: DisagreementKind;
  appealableDecision: AppealableDecision | null;
  /** The day written notice of the decision challenged was sent to the family. */
  decisionNotifiedOn: CalendarDate;
  /** The complaint received, the mediation adviser contacted, or the appeal registered. */
  openedOn: CalendarDate;
  mediationDeclinedOn?: CalendarDate | null;
  /** The day the family told the council they wish to mediate. */
  mediationRequestedOn?: CalendarDate | null;
  mediationHeldOn?: CalendarDate | null;
  certificateIssuedOn?: CalendarDate | null;
  appealSentToCouncilOn?: CalendarDate | null;
  responseSentOn?: CalendarDate | null;
  /** What the council must now do: ordered, agreed at mediation, or conceded. */
  orderKind?: TribunalOrderKind | null;
  orderOn?: CalendarDate | null;
  orderSource?: 'order' | 'mediation_agreement' | 'unopposed' | null;
  /** The day each step the order requires was done, in the order `complianceDeadlines` lists them. */
  complianceDoneOn?: readonly (CalendarDate | null)[];
  /**
   * The day the disagreement ended (conceded, withdrawn, decided, agreed at mediation): a step of the disagreement
   * itself not done by then is no longer due. What an order or agreement requires runs on from it.
   */
  outcomeOn?: CalendarDate | null;
}

/** `ended`: a step the disagreement's outcome made unnecessary before it was done (a response to a conceded appeal). */
export type DisagreementClockState = 'done' | 'done_late' | 'due' | 'overdue' | 'ended';

export interface DisagreementClock extends DisagreementTimeLimit {
  /** Whose step it is: a limit on the family is shown, never chased. */
  whose: 'family' | 'mediation_adviser' | 'council';
  doneOn: CalendarDate | null;
  state: DisagreementClockState;
  /** Days from today to the limit: negative once past it. */
  daysLeft: number;
}

/**
 * Every time limit a disagreement has run into, in the order they fall due: the family's to mediate and to appeal,
 * the mediation adviser's certificate, the mediation itself, the council's response to an appeal, and what an order,
 * a mediation agreement or a concession requires of the council. A step not yet reached has no clock.
 */
export function disagreementClocks(record: DisagreementDates, today: CalendarDate): DisagreementClock[] {
  const clocks: DisagreementClock[] = [];
  const add = (
    limit: DisagreementTimeLimit,
    whose: DisagreementClock['whose'],
    doneOn?: CalendarDate | null,
    endedOn: CalendarDate | null = record.outcomeOn ?? null,
  ) => clocks.push(clockOf(limit, whose, doneOn ?? null, endedOn, today));

  if (record.kind === 'mediation') {
    add(
      mediationAdviceDeadline(record.decisionNotifiedOn),
      'family',
      record.mediationRequestedOn ?? record.mediationDeclinedOn ?? record.openedOn,
    );
    if (record.mediationDeclinedOn)
      add(
        mediationCertificateDeadline(record.mediationDeclinedOn, 'declined'),
        'mediation_adviser',
        record.certificateIssuedOn,
      );
    if (record.mediationRequestedOn) {
      add(mediationHeldDeadline(record.mediationRequestedOn), 'council', record.mediationHeldOn);
      if (record.mediationHeldOn)
        add(
          mediationCertificateDeadline(record.mediationHeldOn, 'mediation_held'),
          'mediation_adviser',
          record.certificateIssuedOn,
        );
    }
  }
  if (record.kind === 'appeal') {
    const needsCertificate =
      record.appealableDecision === null ||
      !NEEDS_NO_MEDIATION_CERTIFICATE.includes(record.appealableDecision);
    add(
      appealDeadline(
        record.decisionNotifiedOn,
        needsCertificate ? (record.certificateIssuedOn ?? null) : null,
      ),
      'family',
      record.openedOn,
    );
    if (record.appealSentToCouncilOn)
      add(responseDeadline(record.appealSentToCouncilOn), 'council', record.responseSentOn);
  }
  if (record.orderKind && record.orderOn && record.orderSource)
    complianceDeadlines(record.orderKind, record.orderOn, record.orderSource).forEach((limit, step) =>
      add(limit, 'council', record.complianceDoneOn?.[step], null),
    );
  return clocks.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function clockOf(
  limit: DisagreementTimeLimit,
  whose: DisagreementClock['whose'],
  doneOn: CalendarDate | null,
  endedOn: CalendarDate | null,
  today: CalendarDate,
): DisagreementClock {
  const state: DisagreementClockState = doneOn
    ? isAfter(doneOn, limit.dueOn)
      ? 'done_late'
      : 'done'
    : endedOn
      ? 'ended'
      : isAfter(today, limit.dueOn)
        ? 'overdue'
        : 'due';
  return { ...limit, whose, doneOn, state, daysLeft: daysBetween(today, limit.dueOn) };
}
