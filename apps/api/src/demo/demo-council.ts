import { addMonths, SeededRandom } from '@convene/domain';
import { generateActions } from './demo-actions.js';
import { generateCaseload } from './demo-caseload.js';
import { generateEarlierPlans } from './demo-earlier-plans.js';
import { generateMeetings } from './demo-meetings.js';
import { generatePlans } from './demo-plans.js';
import { generateReviews } from './demo-reviews.js';
import { generateSen2Details } from './demo-sen2.js';
import type { DemoCouncil } from './demo-rows.js';
import { generateStaff } from './demo-staff.js';
import { generateWeeklyOrders } from './demo-weekly-orders.js';

const DEMO_SEED = 20_141_001; // the SEND Code of Practice came into force on 1 September 2014

const PLANS_SEED = 0x504c414e; // "PLAN"
const REVIEWS_SEED = 0x52455657; // "REVW"
const WEEKLY_ORDERS_SEED = 0x574f5244; // "WORD"
const SEN2_SEED = 0x53454e32; // "SEN2"
const GATEWAYS_SEED = 0x53434757; // "SCGW"

/**
 * Fernshire, a fictional council: its agencies and staff, a year of requests for assessment at every
 * stage of the 20-week path, and its panels' meetings. Pure: the same seed and day give the same council.
 */
export function generateDemoCouncil(today: string, seed = DEMO_SEED): DemoCouncil {
  const random = new SeededRandom(seed);
  // The Social Care Gateway's teams, people and triage: drawn apart so they change nothing else drawn from the seed.
  const gatewaysRandom = new SeededRandom(seed ^ GATEWAYS_SEED);
  const staff = generateStaff(random, gatewaysRandom);
  const caseload = generateCaseload(random, staff, today, gatewaysRandom);
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
  // The Weekly Orders' sittings, drawn apart so they change nothing else drawn from the seed.
  const weeklyOrders = generateWeeklyOrders(new SeededRandom(seed ^ WEEKLY_ORDERS_SEED), staff, today);
  // The SEN2 return's details of every child, drawn apart so they change nothing else drawn from the seed.
  const placements = generateSen2Details(
    new SeededRandom(seed ^ SEN2_SEED),
    [...caseload.children, ...earlierPlans.children],
    [...earlierPlans.requests, ...caseload.requests],
    staff.users.find((u) => u.roles.includes('admin'))!.id,
    today,
  );
  return {
    agencies: staff.agencies,
    users: staff.users,
    localities: staff.localities,
    ...caseload,
    ...meetings,
    meetings: [...meetings.meetings, ...weeklyOrders.meetings],
    meetingMembers: [...meetings.meetingMembers, ...weeklyOrders.meetingMembers],
    meetingGroups: [...meetings.meetingGroups, ...weeklyOrders.meetingGroups],
    meetingGroupMembers: [...meetings.meetingGroupMembers, ...weeklyOrders.meetingGroupMembers],
    ...plans,
    earlierPlans,
    ...reviews,
    actions: generateActions(
      { ...meetings, requests: caseload.requests, children: caseload.children },
      staff.agencies,
      today,
      seed,
    ),
    placements,
  };
}
