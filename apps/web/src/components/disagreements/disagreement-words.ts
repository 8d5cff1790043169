import { daysLeftInWords, type DisagreementClock, type DisagreementKind } from '@convene/domain';
import { longDate } from '../../format';

/** A clock in words: "Done 3 December 2026", "Done late …", then as an action's due day: "4 days overdue", "Due today". */
export function clockInWords(clock: DisagreementClock): string {
  switch (clock.state) {
    case 'done':
      return `Done ${longDate(clock.doneOn!)}`;
    case 'done_late':
      return `Done late, ${longDate(clock.doneOn!)}`;
    case 'ended':
      return 'No longer needed: the disagreement ended first';
    default: {
      const words = daysLeftInWords(clock.daysLeft);
      return words.charAt(0).toUpperCase() + words.slice(1);
    }
  }
}

export const CLOCK_TAG: Readonly<Record<DisagreementClock['state'], string>> = {
  done: 'govuk-tag--green',
  done_late: 'govuk-tag--yellow',
  due: 'govuk-tag--blue',
  overdue: 'govuk-tag--red',
  ended: 'govuk-tag--grey',
};

export const WHOSE_STEP: Readonly<Record<DisagreementClock['whose'], string>> = {
  family: 'The family',
  mediation_adviser: 'The mediation adviser',
  council: 'The council',
};

/** The dated steps each kind records, in the order they happen. */
export const DATED_STEPS: Readonly<Record<DisagreementKind, readonly { field: string; label: string }[]>> = {
  complaint: [],
  mediation: [
    { field: 'mediationRequestedOn', label: 'The family told us they wish to mediate' },
    { field: 'mediationDeclinedOn', label: 'The family declined mediation' },
    { field: 'mediationHeldOn', label: 'Mediation held' },
    { field: 'certificateIssuedOn', label: 'Mediation certificate issued' },
  ],
  appeal: [
    { field: 'certificateIssuedOn', label: 'Mediation certificate issued' },
    { field: 'appealSentToCouncilOn', label: 'The Tribunal sent us the appeal' },
    { field: 'responseSentOn', label: 'Our response sent' },
    { field: 'hearingOn', label: 'Hearing' },
  ],
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  upheld: 'Upheld',
  partly_upheld: 'Partly upheld',
  not_upheld: 'Not upheld',
  withdrawn: 'Withdrawn',
  agreed: 'Agreed',
  partly_agreed: 'Partly agreed',
  not_agreed: 'Not agreed',
  family_declined: 'The family declined',
  conceded: 'Conceded by the council',
  part_upheld: 'Part upheld',
  dismissed: 'Dismissed',
};
