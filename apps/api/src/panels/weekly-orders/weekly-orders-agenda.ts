import {
  addMonths,
  compareUrgency,
  orderWeeklyOrders,
  phaseTransferClock,
  sittingWeek,
  weeklyOrderReasons,
  type MilestoneClock,
  type WeeklyOrderReason,
} from '@convene/domain';
import type { EntityManager } from 'typeorm';
import { EhcRequestsRepository, type RequestRows } from '../../cases/ehc-requests.repository.js';
import { requestClock } from '../../cases/request-clock.js';
import type { NewAgendaItem } from '../../meetings/agenda-items.repository.js';
import { AnnualReviewsRepository } from '../../reviews/annual-reviews.repository.js';
import { PhaseTransfersRepository } from '../../reviews/phase-transfers.repository.js';
import { reviewCycleClock } from '../../reviews/review-clock-view.js';
import { WeeklyOrdersRepository } from './weekly-orders.repository.js';

/** A review still undecided two years after it fell due is still on the agenda: older years are long settled. */
const REVIEWS_LOOKED_BACK_MONTHS = 24;

/** A child's item on the Weekly Orders, with why they are on it. */
export interface WeeklyOrderItem extends NewAgendaItem {
  panelRequestId: null;
  presenterId: string | null;
  restricted: false;
  reasons: WeeklyOrderReason[];
}

/** Milestones of one of the child's clocks, with the request (the path, or the plan) they belong to. */
interface ClockOfChild {
  childId: string;
  requestId: string;
  milestones: readonly MilestoneClock[];
}

/**
 * The Weekly Orders agenda for a sitting on `on`, built from the statutory clocks as they stand that day: every child
 * with a deadline in the sitting's week (Monday to Sunday, England) or a step overdue on the 20-week path, an annual
 * review to convene or decide, a phase transfer amendment due; one item per child with all their reasons, grouped by
 * locality, the most urgent first, presented by the child's Family Link Officer.
 */
export async function proposeWeeklyOrders(manager: EntityManager, on: string): Promise<WeeklyOrderItem[]> {
  const week = sittingWeek(on);
  const clocks: ClockOfChild[] = [
    ...pathClocks(await new EhcRequestsRepository(manager).onThePath(), on),
    ...(
      await new AnnualReviewsRepository(manager).cycles({
        dueFrom: addMonths(week.monday, -REVIEWS_LOOKED_BACK_MONTHS),
        dueUntil: week.sunday,
      })
    ).map((cycle) => ({
      childId: cycle.childId,
      requestId: cycle.requestId,
      milestones: reviewCycleClock(cycle, on),
    })),
    ...(await new PhaseTransfersRepository(manager).awaitingAmendmentBy(week.sunday)).map((t) => ({
      childId: t.child_id,
      requestId: t.request_id,
      milestones: [
        phaseTransferClock(
          { kind: t.kind, transferYear: t.transfer_year, transfersOn: t.transfers_on },
          null,
          on,
        ),
      ],
    })),
  ];

  const byChild = new Map<string, { requestId: string; reasons: WeeklyOrderReason[] }>();
  for (const clock of clocks) {
    const reasons = weeklyOrderReasons(clock.milestones, week);
    if (reasons.length === 0) continue;
    const child = byChild.get(clock.childId);
    if (!child) {
      byChild.set(clock.childId, { requestId: clock.requestId, reasons });
      continue;
    }
    // The item is on the request of the child's most urgent reason.
    if (compareUrgency(reasons[0]!, child.reasons[0]!) < 0) child.requestId = clock.requestId;
    child.reasons = [...child.reasons, ...reasons].sort(compareUrgency);
  }
  const children = await new WeeklyOrdersRepository(manager).children([...byChild.keys()]);
  return orderWeeklyOrders(
    children.map((c) => ({
      caseReference: c.case_reference,
      localityName: c.locality_name,
      officerId: c.family_link_officer_id,
      ...byChild.get(c.id)!,
    })),
  ).map((c) => ({
    kind: 'case_actions',
    requestId: c.requestId,
    panelRequestId: null,
    presenterId: c.officerId,
    restricted: false,
    reasons: c.reasons,
  }));
}

/** Keeps the reasons of the Weekly Orders items just added (`itemIds` in the order of `items`) with them. */
export async function keepWeeklyOrderReasons(
  manager: EntityManager,
  itemIds: readonly string[],
  items: readonly { reasons?: readonly WeeklyOrderReason[] }[],
): Promise<void> {
  await new WeeklyOrdersRepository(manager).recordReasons(
    items.flatMap((item, index) =>
      item.reasons ? [{ itemId: itemIds[index]!, reasons: item.reasons }] : [],
    ),
  );
}

/** The clock of every request on the 20-week path, one request's rows at a time. */
function pathClocks(rows: RequestRows, on: string): ClockOfChild[] {
  const of = <R extends { request_id: string }>(list: R[]) => {
    const grouped = new Map<string, R[]>();
    for (const row of list) grouped.set(row.request_id, [...(grouped.get(row.request_id) ?? []), row]);
    return grouped;
  };
  const steps = of(rows.steps);
  const exceptions = of(rows.exceptions);
  const advice = of(rows.advice);
  return rows.requests
    .filter((request) => request.received_on <= on)
    .map((request) => ({
      childId: request.child_id,
      requestId: request.id,
      milestones: requestClock(
        request,
        {
          requests: [request],
          steps: steps.get(request.id) ?? [],
          exceptions: exceptions.get(request.id) ?? [],
          advice: advice.get(request.id) ?? [],
        },
        on,
      ).milestones,
    }));
}
