import type { OpenDisagreement, RecordDisagreementStep } from '@convene/contracts';
import { DISAGREEMENT_OUTCOMES, isAfter, isBefore, type DisagreementKind } from '@convene/domain';
import { DisagreementRuleError } from './disagreements.errors.js';
import type { DisagreementRow, StepColumn } from './disagreements.repository.js';

/** Which kinds each step belongs to: a mediation's dates, an appeal's, a complaint's stage. */
const STEP_KINDS: Readonly<Record<keyof RecordDisagreementStep, readonly DisagreementKind[]>> = {
  complaintStage: ['complaint'],
  mediationDeclinedOn: ['mediation'],
  mediationRequestedOn: ['mediation'],
  mediationHeldOn: ['mediation'],
  // An appeal's limit runs from the certificate, so an appeal records it too.
  certificateIssuedOn: ['mediation', 'appeal'],
  appealSentToCouncilOn: ['appeal'],
  responseSentOn: ['appeal'],
  hearingOn: ['appeal'],
  outcome: ['complaint', 'mediation', 'appeal'],
  outcomeOn: ['complaint', 'mediation', 'appeal'],
  order: ['mediation', 'appeal'],
};

const COLUMN_OF: Readonly<Record<Exclude<keyof RecordDisagreementStep, 'order'>, StepColumn>> = {
  complaintStage: 'complaint_stage',
  mediationDeclinedOn: 'mediation_declined_on',
  mediationRequestedOn: 'mediation_requested_on',
  mediationHeldOn: 'mediation_held_on',
  certificateIssuedOn: 'certificate_issued_on',
  appealSentToCouncilOn: 'appeal_sent_to_council_on',
  responseSentOn: 'response_sent_on',
  hearingOn: 'hearing_on',
  outcome: 'outcome',
  outcomeOn: 'outcome_on',
};

/** The opening of a disagreement: mediation and appeals name the decision; no day before the decision or to come. */
export function checkOpening(body: OpenDisagreement, today: string): void {
  if (body.kind !== 'complaint' && !body.appealableDecision)
    throw new DisagreementRuleError('appealableDecision', 'Choose the decision the family challenges.');
  if (body.kind !== 'complaint' && body.complaintStage)
    throw new DisagreementRuleError('complaintStage', 'Only a complaint has a stage.');
  if (!body.summary.trim()) throw new DisagreementRuleError('summary', 'Say what the family disagrees with.');
  if (isAfter(body.decisionNotifiedOn, today))
    throw new DisagreementRuleError('decisionNotifiedOn', 'The decision’s notice must be today or earlier.');
  if (isAfter(body.openedOn, today))
    throw new DisagreementRuleError('openedOn', 'The day it was opened must be today or earlier.');
  if (isBefore(body.openedOn, body.decisionNotifiedOn))
    throw new DisagreementRuleError('openedOn', 'It cannot be opened before the decision’s notice was sent.');
}

/**
 * The columns a step changes, after checking it belongs to the disagreement's kind, its days fall between the
 * decision's notice and today (a hearing may be to come), and an outcome is one of the kind's, given with its day.
 */
export function stepChanges(
  row: DisagreementRow,
  step: RecordDisagreementStep,
  today: string,
): Partial<Record<StepColumn, string | null>> {
  const kind = row.kind as DisagreementKind;
  const changes: Partial<Record<StepColumn, string | null>> = {};
  for (const [field, value] of Object.entries(step) as [keyof RecordDisagreementStep, unknown][]) {
    if (value === undefined) continue;
    if (!STEP_KINDS[field].includes(kind))
      throw new DisagreementRuleError(field, `A ${kind} does not record this.`);
    if (field === 'order') continue;
    if (field.endsWith('On')) checkDay(field, value as string, row.decision_notified_on, today);
    changes[COLUMN_OF[field]] = value as string;
  }
  if ((step.outcome === undefined) !== (step.outcomeOn === undefined))
    throw new DisagreementRuleError(
      step.outcome === undefined ? 'outcome' : 'outcomeOn',
      'Give the outcome with the day it was reached.',
    );
  if (step.outcome !== undefined && !DISAGREEMENT_OUTCOMES[kind].includes(step.outcome))
    throw new DisagreementRuleError('outcome', `That is not an outcome of a ${kind}.`);
  if (step.order) {
    const source = step.order.source;
    if ((kind === 'mediation') !== (source === 'mediation_agreement'))
      throw new DisagreementRuleError(
        'order.source',
        kind === 'mediation'
          ? 'What the council must do after mediation comes from the mediation agreement.'
          : 'An appeal’s requirement comes from the Tribunal’s order or the council not opposing it.',
      );
    checkDay('order.on', step.order.on, row.decision_notified_on, today);
    Object.assign(changes, { order_kind: step.order.kind, order_on: step.order.on, order_source: source });
  }
  return changes;
}

function checkDay(field: string, day: string, decisionNotifiedOn: string, today: string): void {
  if (isBefore(day, decisionNotifiedOn))
    throw new DisagreementRuleError(field, 'This day cannot be before the decision’s notice was sent.');
  if (field !== 'hearingOn' && isAfter(day, today))
    throw new DisagreementRuleError(field, 'This day must be today or earlier.');
}
