import type { SeededRandom } from '@convene/domain';
import { addDays, nextWeekday, WEDNESDAY } from './demo-calendar.js';
import { generateChild } from './demo-caseload.js';
import { demoId } from './demo-id.js';
import type { ChildRow, RequestEventRow, RequestRow } from './demo-rows.js';
import type { DemoStaff } from './demo-staff.js';

/** Children whose plans were issued before the year of requests the demo follows: the council's standing caseload of plans. */
export interface DemoEarlierPlans {
  children: ChildRow[];
  requests: RequestRow[];
  requestEvents: RequestEventRow[];
}

/** About this many children whose plans were issued in each of the three years before the year shown. */
const PLANS_A_YEAR = 160;

/**
 * Plans issued one to three years before `yearShownFrom` (the first day of the 12 months of requests), so
 * that their annual reviews fall due all through the year shown. Their requests went along the path in about
 * 20 weeks; their references carry the year received, earlier than any of the year shown.
 */
export function generateEarlierPlans(
  random: SeededRandom,
  staff: DemoStaff,
  today: string,
  yearShownFrom: string,
): DemoEarlierPlans {
  const out: DemoEarlierPlans = { children: [], requests: [], requestEvents: [] };
  const sequenceByYear = new Map<string, number>();
  const firstYear = Number(yearShownFrom.slice(0, 4));
  const receivedDates: string[] = [];
  for (let year = firstYear - 3; year < firstYear; year++) {
    const count = random.integer(PLANS_A_YEAR - 15, PLANS_A_YEAR + 15);
    for (let i = 0; i < count; i++) receivedDates.push(addDays(`${year}-01-01`, random.integer(0, 364)));
  }
  receivedDates.sort();
  for (const receivedOn of receivedDates) {
    const child = generateChild(random, staff, today, receivedOn, sequenceByYear);
    out.children.push(child);
    const decisionToAssessOn = nextWeekday(addDays(receivedOn, random.integer(14, 38)), WEDNESDAY);
    const decisionToIssueOn = nextWeekday(addDays(receivedOn, random.integer(84, 118)), WEDNESDAY);
    const draftIssuedOn = addDays(decisionToIssueOn, random.integer(5, 20));
    // reg 13(1): at least 15 days for the family's representations before the final plan.
    const finalIssuedOn = addDays(draftIssuedOn, random.integer(15, 32));
    const request: RequestRow = {
      id: demoId(random),
      childId: child.id,
      receivedOn,
      source: random.weighted([
        ['school', 60],
        ['parent', 30],
        ['health', 7],
        ['other', 3],
      ] as const),
      stage: 'final_issued',
      decisionToAssessOn,
      decisionToIssueOn,
      draftIssuedOn,
      finalIssuedOn,
      closedOn: null,
    };
    out.requests.push(request);
    const steps = [
      ['received', receivedOn, child.familyLinkOfficerId],
      ['assessment', decisionToAssessOn, staff.login.chair.id],
      ['decision_to_issue', decisionToIssueOn, staff.login.chair.id],
      ['draft_issued', draftIssuedOn, child.familyLinkOfficerId],
      ['final_issued', finalIssuedOn, child.familyLinkOfficerId],
    ] as const;
    for (const [stage, occurredOn, recordedById] of steps)
      out.requestEvents.push({ id: demoId(random), requestId: request.id, stage, occurredOn, recordedById });
  }
  return out;
}
