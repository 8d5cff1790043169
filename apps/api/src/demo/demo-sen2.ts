import {
  addMonths,
  isBefore,
  SEN2_ETHNICITIES,
  upnCheckLetter,
  type NeedArea,
  type SeededRandom,
  type Sen2CeaseReason,
  type Sen2Ethnicity,
  type Sen2SenType,
} from '@convene/domain';
import { ALTERNATIVE_PROVISION } from './demo-names.js';
import type { ChildRow, PlacementRow, RequestRow } from './demo-rows.js';
import { demoId } from './demo-id.js';

/** Fernshire's (fictional) LA number, the first digits of its pupils' UPNs. */
const DEMO_LA_NUMBER = '391';

/** How often the demo's records leave out what the SEN2 return needs: rare, so the validation report has a handful. */
const GAP_CHANCE = 0.0015;

const SEN_TYPES_BY_NEED: Record<NeedArea, Sen2SenType[]> = {
  communication_interaction: ['ASD', 'ASD', 'SLCN'],
  cognition_learning: ['MLD', 'SLD', 'SPLD', 'PMLD'],
  semh: ['SEMH'],
  physical_sensory: ['PD', 'HI', 'VI', 'MSI'],
};

/** Mostly White British, as in a shire county; every other code now and then. */
const ethnicity = (random: SeededRandom): Sen2Ethnicity =>
  random.chance(0.72) ? 'WBRI' : random.pick(SEN2_ETHNICITIES.filter((code) => code !== 'REFU'));

function hashOf(text: string): number {
  let hash = 7;
  for (const character of text) hash = (hash * 31 + character.charCodeAt(0)) % 1_000_003;
  return hash;
}

/** A made-up UPN with a check letter that checks: LA number, school, year and serial. */
function demoUpn(random: SeededRandom): string {
  const digits = `${DEMO_LA_NUMBER}${String(random.integer(2000, 7999))}${String(random.integer(10, 24))}${String(random.integer(100, 999))}`;
  return `${upnCheckLetter(`A${digits}`)}${digits}`;
}

/**
 * The SEN2 details of the demo's children and their plans' placements: mostly complete, with a few gaps (a UPN,
 * an ethnicity, a postcode, a type of need, a placement, a URN) for the validation report to show, and a few
 * plans ceased in the last year with their reasons.
 */
export function generateSen2Details(
  random: SeededRandom,
  children: ChildRow[],
  requests: RequestRow[],
  recordedById: string,
  today: string,
): PlacementRow[] {
  const placements: PlacementRow[] = [];
  const planOf = new Map(requests.filter((r) => r.finalIssuedOn !== null).map((r) => [r.childId, r]));
  for (const child of children) {
    const gap = () => random.chance(GAP_CHANCE);
    const hasUpn = child.yearGroup <= 11;
    child.upn = hasUpn && !gap() ? demoUpn(random) : null;
    child.upnUnknown = child.upn === null && !hasUpn ? 'UN2' : null;
    child.sex = gap() ? null : random.chance(0.68) ? 'M' : 'F';
    child.ethnicity = gap() ? null : ethnicity(random);
    child.postcode = gap()
      ? null
      : `FN${random.integer(1, 9)} ${random.integer(1, 9)}${random.pick(['A', 'B', 'D', 'E', 'H', 'J', 'L', 'N', 'P', 'R', 'S', 'T', 'W'])}${random.pick(['A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'Q', 'U', 'X', 'Y'])}`;
    child.senType = gap() ? null : random.pick(SEN_TYPES_BY_NEED[child.primaryNeed]);
    const plan = planOf.get(child.id);
    if (!plan?.finalIssuedOn || gap()) continue;
    const startedOn = `${Number(plan.finalIssuedOn.slice(0, 4)) - (plan.finalIssuedOn.slice(5, 7) >= '09' ? 0 : 1)}-09-01`;
    const setting = child.settingName;
    const alternative = ALTERNATIVE_PROVISION.includes(setting) || setting === 'Electively home educated';
    const college = setting.includes('College');
    placements.push({
      id: demoId(random),
      childId: child.id,
      establishmentName: setting === 'Not in a setting' ? null : setting,
      urn: alternative || college || gap() ? null : String(100000 + (hashOf(setting) % 50000)),
      ukprn: college ? String(10000000 + (hashOf(setting) % 90000)) : null,
      senSetting:
        setting === 'Electively home educated'
          ? 'EHE'
          : setting === 'Not in a setting'
            ? 'NIEO'
            : alternative
              ? 'OPA'
              : null,
      placementRank: 1,
      entryDate: startedOn,
      leavingDate: null,
      senUnit: !alternative && random.chance(0.05),
      resourcedProvision: !alternative && random.chance(0.08),
      recordedById,
    });
  }
  // A few plans ceased in the last year: the reasons the return counts most often.
  const reasons: Sen2CeaseReason[] = ['2', '5', '1', '3', '9'];
  const earlier = requests.filter(
    (r) => r.finalIssuedOn !== null && isBefore(r.finalIssuedOn, addMonths(today, -13)),
  );
  for (const [index, reason] of reasons.entries()) {
    const request = earlier[Math.floor(((index + 1) * earlier.length) / (reasons.length + 1))];
    if (!request) continue;
    request.planCeasedOn = addMonths(today, -(index * 2 + 1));
    request.planCeaseReason = reason;
  }
  return placements;
}
