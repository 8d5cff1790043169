import type { DisagreementView, EvidenceItemSummary } from '@convene/contracts';
import {
  complianceDeadlines,
  disagreementClocks,
  type AppealableDecision,
  type ComplaintStage,
  type DisagreementKind,
  type DisagreementTimeLimit,
  type TribunalOrderKind,
} from '@convene/domain';
import type { OrderSource } from './disagreement.entity.js';
import type { DisagreementRow } from './disagreements.repository.js';

/** The action on the tracker for one step an order requires: the step and the law it comes from. */
export function complianceActionText(limit: DisagreementTimeLimit): string {
  return `${limit.step} (${limit.citation})`;
}

/**
 * A disagreement as the register shows it, with its papers; its clocks counted to today, order steps done when
 * their action is.
 */
export function disagreementView(
  row: DisagreementRow,
  actions: readonly { what: string; done_on: string | null }[],
  documents: EvidenceItemSummary[],
  today: string,
): DisagreementView {
  const order =
    row.order_kind && row.order_on && row.order_source
      ? {
          kind: row.order_kind as TribunalOrderKind,
          on: row.order_on,
          source: row.order_source as OrderSource,
        }
      : null;
  const complianceDoneOn = order
    ? complianceDeadlines(order.kind, order.on, order.source).map(
        (limit) => actions.find((a) => a.what === complianceActionText(limit))?.done_on ?? null,
      )
    : [];
  const dates = {
    kind: row.kind as DisagreementKind,
    appealableDecision: row.appealable_decision as AppealableDecision | null,
    decisionNotifiedOn: row.decision_notified_on,
    openedOn: row.opened_on,
    mediationDeclinedOn: row.mediation_declined_on,
    mediationRequestedOn: row.mediation_requested_on,
    mediationHeldOn: row.mediation_held_on,
    certificateIssuedOn: row.certificate_issued_on,
    appealSentToCouncilOn: row.appeal_sent_to_council_on,
    responseSentOn: row.response_sent_on,
  };
  return {
    id: row.id,
    childId: row.child_id,
    ...dates,
    decisionItemId: row.decision_item_id,
    summary: row.summary,
    complaintStage: row.complaint_stage as ComplaintStage | null,
    hearingOn: row.hearing_on,
    outcome: row.outcome,
    outcomeOn: row.outcome_on,
    order,
    clocks: disagreementClocks(
      {
        ...dates,
        orderKind: order?.kind ?? null,
        orderOn: order?.on ?? null,
        orderSource: order?.source ?? null,
        complianceDoneOn,
        outcomeOn: row.outcome_on,
      },
      today,
    ),
    documents,
    recordedBy: { id: row.recorded_by, displayName: row.recorded_by_name },
  };
}
