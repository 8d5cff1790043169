import {
  annualReviewDueOn,
  nextTransferYear,
  phaseTransferDeadline,
  type PhaseTransferKind,
  type ReviewDecision,
  type SeededRandom,
} from '@convene/domain';
import { addDays, daysBetween } from './demo-calendar.js';
import { demoId } from './demo-id.js';
import { SCHOOLS } from './demo-names.js';
import type { AnnualReviewRow, ChildRow, LocalityRow, PhaseTransferRow, RequestRow } from './demo-rows.js';

export interface DemoReviews {
  annualReviews: AnnualReviewRow[];
  phaseTransfers: PhaseTransferRow[];
}

const DECISION_WEIGHTS: readonly (readonly [ReviewDecision, number])[] = [
  ['maintain', 55],
  ['amend', 41],
  ['cease', 4],
];

/** Year 6 moves to secondary school (by 15 February); Year 11 to post-16 (by 31 March). Last year's movers are now in Years 7 and 12. */
const COMING_TRANSFERS: Record<number, PhaseTransferKind> = {
  6: 'primary_to_secondary',
  11: 'secondary_to_post16',
};
const LAST_YEARS_TRANSFERS: Record<number, PhaseTransferKind> = {
  7: 'primary_to_secondary',
  12: 'secondary_to_post16',
};

/**
 * Every plan's annual reviews from its issue to today, year after year: most meetings held on or a little
 * before their due day, some late, a few recent ones not yet held and overdue; decisions mostly within 4 weeks,
 * amended plans mostly within 8. Then the coming phase transfers for Year 6 and Year 11, some already amended, and
 * last year's (now Years 7 and 12) for a year whose deadlines have passed: most in time, some late.
 */
export function generateReviews(
  random: SeededRandom,
  children: ChildRow[],
  plans: RequestRow[],
  localities: LocalityRow[],
  today: string,
): DemoReviews {
  const out: DemoReviews = { annualReviews: [], phaseTransfers: [] };
  const childById = new Map(children.map((c) => [c.id, c]));
  for (const plan of plans) {
    if (!plan.finalIssuedOn || plan.finalIssuedOn >= today) continue;
    reviewsOf(random, childById.get(plan.childId)!, plan, today, out.annualReviews);
  }
  const coming = nextTransferYear(today);
  for (const [transferYear, byYearGroup] of [
    [coming - 1, LAST_YEARS_TRANSFERS],
    [coming, COMING_TRANSFERS],
  ] as const) {
    for (const plan of plans) {
      const child = childById.get(plan.childId)!;
      const kind = byYearGroup[child.yearGroup];
      // A plan issued after the autumn before the move named the new school from the start: no amendment was due.
      const latestPlan = transferYear === coming ? today : `${transferYear - 1}-10-01`;
      if (!kind || !plan.finalIssuedOn || plan.finalIssuedOn >= latestPlan) continue;
      out.phaseTransfers.push(
        transferOf(
          random,
          child,
          plan.id,
          plan.finalIssuedOn,
          kind,
          transferYear,
          schoolsOf(child, localities),
          today,
        ),
      );
    }
  }
  return out;
}

function reviewsOf(
  random: SeededRandom,
  child: ChildRow,
  plan: RequestRow,
  today: string,
  out: AnnualReviewRow[],
): void {
  const by = child.familyLinkOfficerId;
  let countsFrom = plan.finalIssuedOn!;
  for (;;) {
    const dueOn = annualReviewDueOn(countsFrom);
    const row: AnnualReviewRow = {
      id: demoId(random),
      childId: child.id,
      requestId: plan.id,
      countsFrom,
      dueOn,
      reviewMeetingOn: null,
      decisionOn: null,
      decisionOutcome: null,
      amendedPlanIssuedOn: null,
      createdById: by,
      updatedById: by,
    };
    out.push(row);
    // Reviews falling due in the last four months are the likeliest still to be held.
    const recent = daysBetween(dueOn, today) < 120;
    if (recent && random.chance(0.12)) return;
    const meetingOn = random.chance(0.82)
      ? addDays(dueOn, -random.integer(0, 35))
      : addDays(dueOn, random.integer(1, 50));
    if (meetingOn >= today || meetingOn <= countsFrom) return;
    row.reviewMeetingOn = meetingOn;
    // reg 20(10): decided within 4 weeks, mostly.
    const decisionOn = addDays(
      meetingOn,
      random.chance(0.85) ? random.integer(2, 28) : random.integer(29, 50),
    );
    if (decisionOn < today) {
      row.decisionOn = decisionOn;
      row.decisionOutcome = random.weighted(DECISION_WEIGHTS);
      // reg 22(3): the amended plan within 8 weeks of the decision, mostly (12 weeks from the meeting at the latest).
      const amendedOn = addDays(
        decisionOn,
        random.chance(0.8) ? random.integer(14, 56) : random.integer(57, 90),
      );
      if (row.decisionOutcome === 'amend' && amendedOn < today) row.amendedPlanIssuedOn = amendedOn;
      if (row.decisionOutcome === 'cease') return;
    }
    countsFrom = meetingOn;
  }
}

function transferOf(
  random: SeededRandom,
  child: ChildRow,
  requestId: string,
  planIssuedOn: string,
  kind: PhaseTransferKind,
  transferYear: number,
  schools: (typeof SCHOOLS)[string],
  today: string,
): PhaseTransferRow {
  const deadline = phaseTransferDeadline(kind, transferYear);
  const next =
    kind === 'secondary_to_post16'
      ? schools.college
      : child.settingName === schools.special
        ? schools.special
        : schools.secondary;
  // Amendments start with the autumn term's reviews, from 1 October of the year before the move.
  const from =
    planIssuedOn > `${transferYear - 1}-10-01` ? addDays(planIssuedOn, 1) : `${transferYear - 1}-10-01`;
  const lastDone = addDays(today, -1);
  let amendedOn: string | null = null;
  if (deadline < today) {
    // The deadline has passed: most were amended in time, some late, a few are still outstanding.
    const late = addDays(deadline, random.integer(1, 45));
    amendedOn = random.chance(0.12)
      ? null
      : random.chance(0.8)
        ? addDays(from, random.integer(0, Math.max(0, daysBetween(from, deadline))))
        : late < today
          ? late
          : null;
  } else if (from <= lastDone && random.chance(0.3)) {
    amendedOn = addDays(from, random.integer(0, daysBetween(from, lastDone)));
  }
  if (amendedOn !== null && (amendedOn <= planIssuedOn || amendedOn >= today)) amendedOn = null;
  return {
    id: demoId(random),
    childId: child.id,
    requestId,
    kind,
    transferYear,
    deadline,
    settingName: amendedOn || random.chance(0.5) ? next : null,
    amendedPlanIssuedOn: amendedOn,
    createdById: child.familyLinkOfficerId,
    updatedById: child.familyLinkOfficerId,
  };
}

function schoolsOf(child: ChildRow, localities: LocalityRow[]): (typeof SCHOOLS)[string] {
  const code = localities.find((l) => l.id === child.localityId)?.code;
  return SCHOOLS[code ?? ''] ?? SCHOOLS.northdale!;
}
