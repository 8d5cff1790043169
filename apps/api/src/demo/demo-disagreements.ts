import {
  addDays,
  complianceDeadlines,
  isAfter,
  SeededRandom,
  type AppealableDecision,
  type ComplaintStage,
  type DisagreementKind,
  type TribunalOrderKind,
} from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { CaseAction } from '../actions/action.entity.js';
import { complianceActionText } from '../disagreements/disagreement-view.js';
import { Disagreement } from '../disagreements/disagreement.entity.js';
import { demoId } from './demo-id.js';
import type { DemoCouncil } from './demo-rows.js';

const DISAGREEMENTS_SEED = 0x44495341; // "DISA"

/** Where a disagreement's decision comes from in the demo council's records. */
type DecisionSource = 'refused' | 'not_issued' | 'plan' | 'ceased';

/**
 * One disagreement as the demo tells it: the decision it challenges, how long the family took, and how far it went.
 * Days count from the one before: the notice follows the decision by 5 days, the rest as each says.
 */
interface DemoDisagreement {
  kind: DisagreementKind;
  source: DecisionSource;
  appealableDecision: AppealableDecision | null;
  /** Days from the notice to the complaint received, the mediation adviser contacted or the appeal registered. */
  lag: number;
  summary: string;
  complaintStage?: ComplaintStage;
  /** Mediation: asked for and held (with its certificate), or declined (certificate only). */
  mediation?: 'held' | 'declined' | 'asked';
  /** Appeal: how far it has gone. */
  appeal?: 'registered' | 'sent' | 'responded' | 'heard';
  outcome?: string;
  /** Days from opening (or from the hearing, for one heard) to the outcome. */
  outcomeAfter?: number;
  /** What the council must now do: ordered by the Tribunal, or not opposed (reg 45). */
  order?: { kind: TribunalOrderKind; source: 'order' | 'unopposed' };
  /** Told on the latest decision that fits, so its steps are still coming. */
  latest?: boolean;
}

/** The days from the decision to the last step the story records. */
const daysToTell = (story: DemoDisagreement) =>
  5 +
  story.lag +
  (story.appeal === 'heard'
    ? 90 + (story.outcomeAfter ?? 10)
    : story.mediation === 'held'
      ? 30
      : story.mediation === 'declined'
        ? 5
        : (story.outcomeAfter ?? 5));

const REFUSED = 'Disagrees with the refusal to assess: says the school’s evidence of need was not weighed';
const NOT_ISSUED = 'Disagrees with the decision not to issue a plan after the assessment';
const PROVISION = 'Disagrees with the provision in section F: asks for more speech and language therapy';
const PLACEMENT = 'Asks for a different school to be named in section I';
const CEASED = 'Disagrees with the decision to cease the plan';

/**
 * Fernshire's year of disagreements: complaints at stage 1 and 2, mediations with their certificates, appeals at
 * every step with every outcome, and one order whose steps are on the officer's actions. In each kind, those that
 * have gone furthest come first, so they take the oldest decisions.
 */
const STORIES: readonly DemoDisagreement[] = [
  // Complaints.
  {
    kind: 'complaint',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 12,
    summary: REFUSED,
    complaintStage: 'stage_1',
    outcome: 'not_upheld',
    outcomeAfter: 20,
  },
  {
    kind: 'complaint',
    source: 'plan',
    appealableDecision: null,
    lag: 20,
    summary: 'Complains that the final plan was sent late and without a call',
    complaintStage: 'stage_1',
    outcome: 'upheld',
    outcomeAfter: 18,
  },
  {
    kind: 'complaint',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 25,
    summary: PROVISION,
    complaintStage: 'stage_2',
    outcome: 'partly_upheld',
    outcomeAfter: 45,
  },
  {
    kind: 'complaint',
    source: 'refused',
    appealableDecision: null,
    lag: 8,
    summary: 'Complains that nobody returned calls about the request',
    complaintStage: 'stage_2',
  },
  {
    kind: 'complaint',
    source: 'not_issued',
    appealableDecision: 'refusal_to_issue',
    lag: 15,
    summary: NOT_ISSUED,
    complaintStage: 'stage_1',
    outcome: 'withdrawn',
    outcomeAfter: 10,
  },
  {
    kind: 'complaint',
    source: 'plan',
    appealableDecision: null,
    lag: 6,
    summary: 'Complains about how the annual review meeting was run',
    complaintStage: 'stage_1',
  },
  // Mediations.
  {
    kind: 'mediation',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 10,
    summary: REFUSED,
    mediation: 'held',
    outcome: 'not_agreed',
  },
  {
    kind: 'mediation',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 14,
    summary: PROVISION,
    mediation: 'held',
    outcome: 'agreed',
  },
  {
    kind: 'mediation',
    source: 'ceased',
    appealableDecision: 'cease_plan',
    lag: 9,
    summary: CEASED,
    mediation: 'held',
    outcome: 'partly_agreed',
  },
  {
    kind: 'mediation',
    source: 'not_issued',
    appealableDecision: 'refusal_to_issue',
    lag: 20,
    summary: NOT_ISSUED,
    mediation: 'declined',
    outcome: 'family_declined',
  },
  {
    kind: 'mediation',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 16,
    summary: REFUSED,
    mediation: 'declined',
    outcome: 'family_declined',
  },
  {
    kind: 'mediation',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 11,
    summary: PROVISION,
    mediation: 'asked',
  },
  // Appeals.
  {
    kind: 'appeal',
    source: 'not_issued',
    appealableDecision: 'refusal_to_issue',
    lag: 52,
    summary: NOT_ISSUED,
    appeal: 'heard',
    outcome: 'upheld',
    outcomeAfter: 10,
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 44,
    summary: PROVISION,
    appeal: 'heard',
    outcome: 'part_upheld',
    outcomeAfter: 12,
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'named_placement',
    lag: 38,
    summary: PLACEMENT,
    appeal: 'heard',
    outcome: 'dismissed',
    outcomeAfter: 9,
  },
  {
    kind: 'appeal',
    source: 'ceased',
    appealableDecision: 'cease_plan',
    lag: 41,
    summary: CEASED,
    appeal: 'heard',
    outcome: 'upheld',
    outcomeAfter: 14,
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 57,
    summary: PROVISION,
    appeal: 'heard',
    outcome: 'dismissed',
    outcomeAfter: 11,
  },
  {
    kind: 'appeal',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 30,
    summary: REFUSED,
    appeal: 'responded',
    outcome: 'withdrawn',
    outcomeAfter: 50,
  },
  {
    kind: 'appeal',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 35,
    summary: REFUSED,
    appeal: 'sent',
    outcome: 'conceded',
    outcomeAfter: 28,
    order: { kind: 'assess', source: 'unopposed' },
    latest: true,
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'named_placement',
    lag: 24,
    summary: PLACEMENT,
    appeal: 'sent',
    outcome: 'conceded',
    outcomeAfter: 21,
  },
  {
    kind: 'appeal',
    source: 'not_issued',
    appealableDecision: 'refusal_to_issue',
    lag: 47,
    summary: NOT_ISSUED,
    appeal: 'responded',
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'plan_needs_and_provision',
    lag: 33,
    summary: PROVISION,
    appeal: 'responded',
    outcome: 'withdrawn',
    outcomeAfter: 40,
  },
  {
    kind: 'appeal',
    source: 'plan',
    appealableDecision: 'named_placement',
    lag: 27,
    summary: PLACEMENT,
    appeal: 'responded',
  },
  {
    kind: 'appeal',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 40,
    summary: REFUSED,
    appeal: 'sent',
  },
  {
    kind: 'appeal',
    source: 'refused',
    appealableDecision: 'refusal_to_assess',
    lag: 19,
    summary: REFUSED,
    appeal: 'registered',
  },
];

type DisagreementRecord = Omit<
  Disagreement,
  'child' | 'decisionItem' | 'recordedBy' | 'createdAt' | 'updatedAt'
>;
type ActionRecord = Pick<
  CaseAction,
  'id' | 'what' | 'ownerUserId' | 'dueOn' | 'status' | 'origin' | 'childId' | 'disagreementId' | 'createdById'
> & { closingNote: string | null; closedById: string | null; closedAt: Date | null };

interface Decision {
  childId: string;
  requestId: string | null;
  madeOn: string;
  itemId: string | null;
}

/**
 * The disagreements of the demo council's last year, each on a real decision of its records (a refusal, a plan
 * issued or amended, a plan ceased), recorded by the child's Family Link Officer; only days up to `today` are
 * recorded (a hearing may be to come). Pure: the same council and day give the same register.
 */
export function generateDisagreements(
  council: Pick<DemoCouncil, 'requests' | 'annualReviews' | 'agendaItems' | 'children' | 'earlierPlans'>,
  today: string,
): { disagreements: DisagreementRecord[]; actions: ActionRecord[] } {
  const random = new SeededRandom(DISAGREEMENTS_SEED);
  const officerOf = new Map(
    [...council.children, ...council.earlierPlans.children].map((c) => [c.id, c.familyLinkOfficerId]),
  );
  const decidedItem = new Map(
    council.agendaItems
      .filter((i) => i.status === 'decided' && i.requestId && i.outcome === 'refuse')
      .map((i) => [i.requestId!, i.id]),
  );
  const inYear = (day: string | null): day is string =>
    day !== null && day >= addDays(today, -330) && day <= addDays(today, -20);
  const fromRequest = (r: DemoCouncil['requests'][number], madeOn: string): Decision => ({
    childId: r.childId,
    requestId: r.id,
    madeOn,
    itemId: decidedItem.get(r.id) ?? null,
  });
  const decisions: Record<DecisionSource, Decision[]> = {
    refused: council.requests
      .filter((r) => r.stage === 'refused' && inYear(r.decisionToAssessOn))
      .map((r) => fromRequest(r, r.decisionToAssessOn!)),
    not_issued: council.requests
      .filter((r) => r.stage === 'not_issued' && inYear(r.decisionToIssueOn ?? r.closedOn))
      .map((r) => fromRequest(r, (r.decisionToIssueOn ?? r.closedOn)!)),
    plan: [
      ...council.requests
        .filter((r) => inYear(r.finalIssuedOn))
        .map((r) => ({ childId: r.childId, requestId: r.id, madeOn: r.finalIssuedOn!, itemId: null })),
      ...council.annualReviews
        .filter((a) => inYear(a.amendedPlanIssuedOn))
        .map((a) => ({
          childId: a.childId,
          requestId: a.requestId,
          madeOn: a.amendedPlanIssuedOn!,
          itemId: null,
        })),
    ],
    ceased: council.annualReviews
      .filter((a) => a.decisionOutcome === 'cease' && inYear(a.decisionOn))
      .map((a) => ({ childId: a.childId, requestId: a.requestId, madeOn: a.decisionOn!, itemId: null })),
  };
  for (const list of Object.values(decisions))
    list.sort((a, b) => a.madeOn.localeCompare(b.madeOn) || a.childId.localeCompare(b.childId));

  const disagreements: DisagreementRecord[] = [];
  const actions: ActionRecord[] = [];
  const used = new Set<string>();
  for (const source of Object.keys(decisions) as DecisionSource[]) {
    const stories = STORIES.filter((s) => s.source === source);
    stories.forEach((story, k) => {
      // Only decisions old enough for the story to have got as far as it tells; spread over the year, one a case.
      const fits = decisions[source].filter(
        // The latest leaves four weeks since, so the first of its order's steps is done and the rest to come.
        (d) => !isAfter(addDays(d.madeOn, daysToTell(story) + (story.latest ? 28 : 0)), today),
      );
      const start = story.latest ? fits.length - 1 : Math.floor((k * fits.length) / stories.length);
      const order = story.latest ? fits.slice(0, start + 1).reverse() : fits.slice(start);
      const decision = order.find((d) => !used.has(d.childId));
      if (!decision) return;
      used.add(decision.childId);
      const officer = officerOf.get(decision.childId)!;
      const record = tell(story, decision, officer, today, demoId(random));
      disagreements.push(record);
      if (record.orderKind && record.orderOn && record.orderSource)
        for (const limit of complianceDeadlines(record.orderKind, record.orderOn, record.orderSource)) {
          const done = !isAfter(limit.dueOn, addDays(today, -7));
          actions.push({
            id: demoId(random),
            what: complianceActionText(limit),
            ownerUserId: officer,
            dueOn: limit.dueOn,
            status: done ? 'done' : 'open',
            origin: 'case',
            childId: decision.childId,
            disagreementId: record.id,
            createdById: officer,
            closingNote: done ? 'Done: the letter to the family is on the case.' : null,
            closedById: done ? officer : null,
            closedAt: done ? new Date(`${limit.dueOn}T12:00:00Z`) : null,
          });
        }
    });
  }
  return { disagreements, actions };
}

/** One story told on one decision: each step's day, left out when it would fall after today. */
function tell(
  story: DemoDisagreement,
  decision: Decision,
  officer: string,
  today: string,
  id: string,
): DisagreementRecord {
  const notifiedOn = addDays(decision.madeOn, 5);
  const openedOn = addDays(notifiedOn, story.lag);
  const upTo = (day: string | null) => (day && !isAfter(day, today) ? day : null);
  const record: DisagreementRecord = {
    id,
    childId: decision.childId,
    kind: story.kind,
    appealableDecision: story.appealableDecision,
    decisionItemId: decision.itemId,
    decisionNotifiedOn: notifiedOn,
    openedOn: upTo(openedOn) ?? today,
    summary: story.summary,
    complaintStage: story.kind === 'complaint' ? (story.complaintStage ?? 'stage_1') : null,
    mediationDeclinedOn: null,
    mediationRequestedOn: null,
    mediationHeldOn: null,
    certificateIssuedOn: null,
    appealSentToCouncilOn: null,
    responseSentOn: null,
    hearingOn: null,
    outcome: null,
    outcomeOn: null,
    orderKind: null,
    orderOn: null,
    orderSource: null,
    recordedById: officer,
  };
  let outcomeOn: string | null = story.outcomeAfter ? addDays(openedOn, story.outcomeAfter) : null;
  if (story.mediation === 'declined') {
    record.mediationDeclinedOn = upTo(addDays(openedOn, 3));
    record.certificateIssuedOn = upTo(addDays(openedOn, 5));
    outcomeOn = addDays(openedOn, 3);
  } else if (story.mediation) {
    record.mediationRequestedOn = upTo(addDays(openedOn, 4));
    if (story.mediation === 'held') {
      record.mediationHeldOn = upTo(addDays(openedOn, 28));
      record.certificateIssuedOn = upTo(addDays(openedOn, 30));
      outcomeOn = addDays(openedOn, 28);
    }
  }
  if (story.appeal && story.appeal !== 'registered') {
    record.appealSentToCouncilOn = upTo(addDays(openedOn, 4));
    if (story.appeal === 'responded' || story.appeal === 'heard')
      record.responseSentOn = upTo(addDays(openedOn, 38));
    if (story.appeal === 'heard') {
      // A hearing may be listed for a day to come; its outcome is not known until it has been held.
      record.hearingOn = addDays(openedOn, 90);
      outcomeOn = addDays(record.hearingOn, story.outcomeAfter ?? 10);
    }
  }
  if (story.outcome && upTo(outcomeOn) && upTo(openedOn)) {
    record.outcome = story.outcome;
    record.outcomeOn = outcomeOn;
    if (story.order) {
      record.orderKind = story.order.kind;
      record.orderOn = outcomeOn;
      record.orderSource = story.order.source;
    }
  }
  return record;
}

/** Puts the demo council's disagreements, and the actions its order requires, into the database. */
export async function loadDemoDisagreements(
  manager: EntityManager,
  council: Pick<DemoCouncil, 'requests' | 'annualReviews' | 'agendaItems' | 'children' | 'earlierPlans'>,
  today: string,
): Promise<void> {
  const { disagreements, actions } = generateDisagreements(council, today);
  if (disagreements.length) await manager.insert(Disagreement, disagreements);
  if (actions.length) await manager.insert(CaseAction, actions);
}
