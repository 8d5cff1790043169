import { addMonths, SeededRandom } from '@convene/domain';
import { generateActions } from './demo-actions.js';
import { generateCaseload } from './demo-caseload.js';
import { generateEarlierPlans } from './demo-earlier-plans.js';
import { generateMeetings } from './demo-meetings.js';
import { generatePlans } from './demo-plans.js';
import { generateReviews } from './demo-reviews.js';
import type { DemoCouncil } from './demo-rows.js';
import { generateStaff } from './demo-staff.js';

const DEMO_SEED = 20_141_001; // the SEND Code of Practice came into force on 1 September 2014

const PLANS_SEED = 0x504c414e; // "PLAN"
const REVIEWS_SEED = 0x52455657; // "REVW"

/**
 * Fernshire, a fictional council: its agencies and staff, a year of requests for assessment at every
 * stage of the 20-week path, and its panels' meetings. Pure: the same seed and day give the same council.
 */
export function generateDemoCouncil(today: string, seed = DEMO_SEED): DemoCouncil {
  const random = new SeededRandom(seed);
  const staff = generateStaff(random);
  const caseload = generateCaseload(random, staff, today);
  const meetings = generateMeetings(random, staff, caseload, today);
  // Plans issued in earlier years, and every plan's annual reviews and phase transfers: drawn apart too.
  const reviewsRandom = new SeededRandom(seed ^ REVIEWS_SEED);
  const earlierPlans = generateEarlierPlans(
    reviewsRandom,
    staff,
    today,
    addMonths(`${today.slice(0, 7)}-01`, -12),
  );
  // The plans' words, this year's and earlier years', come from a generator of their own, so they change nothing else drawn from the seed.
  const plans = generatePlans(
    new SeededRandom(seed ^ PLANS_SEED),
    staff.localities,
    {
      children: [...caseload.children, ...earlierPlans.children],
      requests: [...caseload.requests, ...earlierPlans.requests],
    },
    today,
  );
  const reviews = generateReviews(
    reviewsRandom,
    [...caseload.children, ...earlierPlans.children],
    [...earlierPlans.requests, ...caseload.requests],
    staff.localities,
    today,
  );
  return {
    agencies: staff.agencies,
    users: staff.users,
    localities: staff.localities,
    ...caseload,
    ...meetings,
    ...plans,
    earlierPlans,
    ...reviews,
    actions: generateActions(
      { ...meetings, requests: caseload.requests, children: caseload.children },
      staff.agencies,
      today,
      seed,
    ),
  };
}
