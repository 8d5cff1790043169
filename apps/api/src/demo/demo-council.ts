import { SeededRandom } from '@convene/domain';
import { generateCaseload } from './demo-caseload.js';
import { generateMeetings } from './demo-meetings.js';
import type { DemoCouncil } from './demo-rows.js';
import { generateStaff } from './demo-staff.js';

export const DEMO_SEED = 20_141_001; // the SEND Code of Practice came into force on 1 September 2014

/**
 * Fernshire, a fictional council: its agencies and staff, a year of requests for assessment at every
 * stage of the 20-week path, and its panels' meetings. Pure: the same seed and day give the same council.
 */
export function generateDemoCouncil(today: string, seed = DEMO_SEED): DemoCouncil {
  const random = new SeededRandom(seed);
  const staff = generateStaff(random);
  const caseload = generateCaseload(random, staff, today);
  const meetings = generateMeetings(random, staff, caseload, today);
  return { agencies: staff.agencies, users: staff.users, localities: staff.localities, ...caseload, ...meetings };
}
