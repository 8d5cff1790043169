import { EHC_PLAN_SECTIONS, type SeededRandom } from '@convene/domain';
import { addDays } from './demo-calendar.js';
import { demoId } from './demo-id.js';
import { LOCALITIES } from './demo-names.js';
import { planSectionTexts, type PlanFacts, type PlanQuality } from './demo-plan-texts.js';
import type { ChildRow, LocalityRow, ParentCarerRow, PlanSectionRow, RequestRow } from './demo-rows.js';

export interface DemoPlans {
  parentCarers: ParentCarerRow[];
  planSections: PlanSectionRow[];
}

// Invented, and meant to look it, like every name in the demo council.
const ADULT_GIVEN_NAMES = [
  'Nadia',
  'Gareth',
  'Priti',
  'Marek',
  'Shona',
  'Tom',
  'Aisha',
  'Dean',
  'Fiona',
  'Kwame',
  'Rhiannon',
  'Stelian',
  'Bernadette',
  'Callum',
  'Joanne',
  'Imran',
  'Claire',
  'Lewis',
  'Sunita',
  'Ruth',
];
const FOSTER_FAMILY_NAMES = ['Applethwaite', 'Honeybourne', 'Tattersby', 'Kettlewell-Brown'];
const STREETS = [
  'Orchard Close',
  'Mill Street',
  'Badger Lane',
  'Heron Way',
  'Chestnut Avenue',
  'Foxglove Road',
  'Kingfisher Drive',
  'Bramble Court',
  'Willow Crescent',
  'Station Road',
];
const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const NOT_A_SETTING = new Set(['Electively home educated', 'Not in a setting']);

/**
 * Each child's parents or carers, and the text of every plan issued, final or draft: written with the child's name, their
 * family's names, dates, the home address and the setting in it, and of uneven quality (some sections
 * thin or left out), so that quality reviewers have something to judge and redaction something to do.
 * Drawn from a generator of its own, so adding plans changes nothing else in the council.
 */
export function generatePlans(
  random: SeededRandom,
  localities: LocalityRow[],
  caseload: { children: ChildRow[]; requests: RequestRow[] },
  today: string,
): DemoPlans {
  const out: DemoPlans = { parentCarers: [], planSections: [] };
  const carersOf = new Map<string, { name: string; relationship: string }[]>();
  for (const child of caseload.children) {
    const carers = parentCarersFor(random, child);
    carersOf.set(child.id, carers);
    for (const carer of carers) out.parentCarers.push({ id: demoId(random), childId: child.id, ...carer });
  }

  const childById = new Map(caseload.children.map((c) => [c.id, c]));
  const localityById = new Map(localities.map((l) => [l.id, l]));
  // The final plans first, so that adding the drafts after them changed no final plan's words.
  const withPlans = [
    ...caseload.requests.filter((r) => r.stage === 'final_issued'),
    ...caseload.requests.filter((r) => r.stage === 'draft_issued'),
  ];
  for (const request of withPlans) {
    const child = childById.get(request.childId)!;
    const locality = localityById.get(child.localityId)!;
    const issuedOn = request.finalIssuedOn ?? request.draftIssuedOn ?? today;
    const carer = carersOf.get(child.id)![0]!;
    const facts: PlanFacts = {
      given: child.givenName,
      family: child.familyName,
      dateOfBirth: child.dateOfBirth,
      age: Math.max(
        0,
        Number(issuedOn.slice(0, 4)) -
          Number(child.dateOfBirth.slice(0, 4)) -
          (issuedOn.slice(5) < child.dateOfBirth.slice(5) ? 1 : 0),
      ),
      need: child.primaryNeed,
      setting: child.settingName,
      namedSetting: !NOT_A_SETTING.has(child.settingName),
      town: locality.isVulnerablePupilsTeam
        ? random.pick(LOCALITIES.filter((l) => !l.isVulnerablePupilsTeam)).name
        : locality.name,
      address: `${random.integer(1, 120)} ${random.pick(STREETS)}`,
      postcode: `FN${random.integer(1, 12)} ${random.integer(1, 9)}${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`,
      phone: random.chance(0.6)
        ? `07700 900${random.integer(100, 999)}`
        : `01632 960${random.integer(100, 999)}`,
      email: `${carer.name.split(' ')[0]!.toLowerCase()}.${carer.name
        .split(' ')
        .at(-1)!
        .toLowerCase()
        .replace(/[^a-z]/g, '')}@example.net`,
      carers: carersOf.get(child.id)!,
      lookedAfter: child.vulnerabilityMarkers.includes('looked_after'),
      knownToSocialCare:
        child.vulnerabilityMarkers.includes('child_in_need') ||
        child.vulnerabilityMarkers.includes('child_protection'),
      adviceOn: addDays(request.decisionToAssessOn ?? request.receivedOn, random.integer(21, 42)),
      issuedOn,
      quality: random.weighted<PlanQuality>([
        ['strong', 35],
        ['adequate', 40],
        ['weak', 25],
      ]),
    };
    const texts = planSectionTexts(random, facts);
    for (const section of EHC_PLAN_SECTIONS) {
      const text = texts[section];
      if (text) out.planSections.push({ requestId: request.id, section, text });
    }
  }
  return out;
}

/** One or two parents (most share the child's family name), or foster carers for a child in care. */
function parentCarersFor(random: SeededRandom, child: ChildRow): { name: string; relationship: string }[] {
  if (child.vulnerabilityMarkers.includes('looked_after')) {
    const family = random.pick(FOSTER_FAMILY_NAMES);
    return [
      { name: `${random.pick(ADULT_GIVEN_NAMES)} ${family}`, relationship: 'foster carer' },
      { name: `${random.pick(ADULT_GIVEN_NAMES)} ${family}`, relationship: 'foster carer' },
    ];
  }
  const first = {
    name: `${random.pick(ADULT_GIVEN_NAMES)} ${child.familyName}`,
    relationship: random.weighted([
      ['mum', 6],
      ['dad', 3],
      ['grandmother', 1],
    ] as const),
  };
  if (!random.chance(0.55)) return [first];
  const secondFamily = random.chance(0.7)
    ? child.familyName
    : random.pick(FOSTER_FAMILY_NAMES.slice(0, 3).map((f) => `${f}son`));
  const given = random.pick(ADULT_GIVEN_NAMES.filter((g) => !first.name.startsWith(`${g} `)));
  return [
    first,
    {
      name: `${given} ${secondFamily}`,
      relationship:
        first.relationship === 'mum' ? 'dad' : first.relationship === 'dad' ? 'mum' : 'grandfather',
    },
  ];
}
