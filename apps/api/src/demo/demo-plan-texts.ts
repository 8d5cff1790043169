import type { EhcPlanSection, NeedArea, SeededRandom } from '@convene/domain';

// The words of the demo council's issued plans: invented, written the way plans are, good and not so good.

/** How well the plan is written: a strong plan has every section and SMART outcomes; a weak one leaves sections out. */
export type PlanQuality = 'strong' | 'adequate' | 'weak';

/** What a plan says about the child, their family and their setting (all invented). */
export interface PlanFacts {
  given: string;
  family: string;
  dateOfBirth: string;
  age: number;
  need: NeedArea;
  setting: string;
  /** False for "Electively home educated" and "Not in a setting". */
  namedSetting: boolean;
  town: string;
  address: string;
  postcode: string;
  phone: string;
  email: string;
  carers: { name: string; relationship: string }[];
  lookedAfter: boolean;
  knownToSocialCare: boolean;
  /** When the advice for the assessment was gathered, and the plan issued (ISO dates). */
  adviceOn: string;
  issuedOn: string;
  quality: PlanQuality;
}

interface NeedWords {
  needs: string;
  weakNeeds: string;
  outcomes: string[];
  weakOutcomes: string[];
  provision: string[];
  weakProvision: string;
  health: string;
  likes: string[];
}

const NEEDS: Record<NeedArea, NeedWords> = {
  communication_interaction: {
    needs:
      '{n} has a diagnosis of autism (community paediatrics, {adviceOn}). {n} understands short instructions given one step at a time and needs extra time to process language. ' +
      'Unstructured times such as lunch and changes of routine cause {n} high anxiety; loud rooms lead to {n} covering their ears and leaving the room. ' +
      '{n} uses phrases of three to four words and finds it hard to start or keep up a conversation with other children.',
    weakNeeds: '{n} has autism and struggles with communication.',
    outcomes: [
      'By the end of this key stage, {n} will ask an adult for help using a visual help card in 4 out of 5 lessons, as recorded on the class tracker.',
      'Within 12 months, {n} will take part in a structured game with two other children for 10 minutes, three times a week, with adult support fading to a prompt at the start.',
      'By July next year, {n} will use a visual timetable to move between activities without distress on 8 out of 10 occasions.',
    ],
    weakOutcomes: ['{n} will improve their communication skills.', '{n} will be happier at school.'],
    provision: [
      'A speech and language therapy programme written by the NHS speech and language therapist and delivered by a trained teaching assistant: three 20-minute sessions a week, reviewed by the therapist each half term.',
      'A visual timetable and now-and-next board in every lesson, set up by the class teacher.',
      'A named key adult for 15 minutes at the start and end of each day, and a quiet space {n} can go to with a time-out card.',
      'Social communication group (Lego-based), one 30-minute session a week in a group of no more than four.',
    ],
    weakProvision: '{n} will have access to support with communication as needed.',
    health:
      'Speech and language therapy: the NHS team will assess {n} once a year and review the school programme each term. Community paediatrics: review every 12 months.',
    likes: ['trains and train timetables', 'Minecraft', 'drawing maps', 'swimming', 'dinosaurs'],
  },
  semh: {
    needs:
      '{n} finds it very hard to manage strong feelings, especially anger and worry. When anxious, {n} may refuse to enter the classroom, hide, or leave the building. ' +
      "{n}'s attendance fell to 71% last year. {n} has a small number of trusted adults and responds well to calm, predictable routines and to being given a job to do.",
    weakNeeds: '{n} has behaviour difficulties.',
    outcomes: [
      'By the end of the school year, {n} will use an agreed calm-down strategy (breathing card or movement break) without prompting in 3 out of 4 incidents, as logged by the key adult.',
      'Within 6 months, {n} will attend school for at least 90% of sessions.',
      'By the end of next term, {n} will name two adults in school they can go to when worried, and go to one of them on at least one occasion a week.',
    ],
    weakOutcomes: ['{n} will behave better in class.', '{n} will manage their emotions.'],
    provision: [
      'A key adult for a 10-minute check-in at the start of every day and a 5-minute check-out at the end.',
      'Emotional literacy support (ELSA) sessions, one 40-minute session a week for 12 weeks, then reviewed.',
      'An agreed safe space and a time-out card, with a plan shared with all staff who teach {n}.',
      'Termly meeting of the family, the SENCO and the key adult to review the support plan.',
    ],
    weakProvision: 'Support from staff when needed. Access to a nurture group.',
    health:
      'CAMHS: {n} is on the caseload of the CAMHS getting-help team; sessions fortnightly, reviewed every 12 weeks. School nursing: a health drop-in is available.',
    likes: ['football', 'looking after animals', 'cooking', 'gaming with friends', 'BMX'],
  },
  cognition_learning: {
    needs:
      "{n}'s reading and spelling are about three years behind other children of the same age; {n} reads simple sentences word by word and has difficulty remembering number facts. " +
      'The educational psychologist found a specific weakness in working memory and slow processing speed; verbal reasoning is in the average range. ' +
      '{n} works hard but tires quickly and can become upset when asked to write at length.',
    weakNeeds: '{n} has learning difficulties and is behind in literacy and numeracy.',
    outcomes: [
      'By the end of the year, {n} will read 100 high-frequency words accurately, checked each half term by the teaching assistant.',
      'Within 12 months, {n} will recall number bonds to 20 within 3 seconds for 18 out of 20 facts.',
      'By the end of next term, {n} will plan a piece of writing using a writing frame and write five sentences independently.',
    ],
    weakOutcomes: ['{n} will make progress in reading.', '{n} will make good progress in maths.'],
    provision: [
      'Precision teaching for reading, 10 minutes a day, 1:1 with a trained teaching assistant.',
      'Small-group maths intervention (no more than four pupils), three 30-minute sessions a week.',
      'Access to a laptop with text-to-speech for written tasks, and tasks broken into short steps with checklists.',
      'Educational psychology review of progress once a year, before the annual review.',
    ],
    weakProvision: 'Differentiated work in class and some small-group support.',
    health: 'No health provision is needed. Community paediatrics has discharged {n}.',
    likes: ['art', 'building things', 'riding a scooter', 'singing', 'helping in the garden'],
  },
  physical_sensory: {
    needs:
      '{n} has cerebral palsy affecting both legs and uses a walking frame indoors and a wheelchair for longer distances. {n} tires quickly and needs rest breaks. ' +
      'Fine motor skills are delayed: {n} can write a few words but handwriting is slow and effortful. {n} needs help with toileting and with getting changed for PE.',
    weakNeeds: '{n} has physical difficulties.',
    outcomes: [
      'Within 12 months, {n} will move between the classroom and the hall with the walking frame, using the lift, with one adult nearby but not holding the frame.',
      'By the end of the year, {n} will type 15 words a minute on a laptop, checked each term by the teaching assistant.',
      'By the next annual review, {n} will manage their own coat and bag at the start and end of the day.',
    ],
    weakOutcomes: ['{n} will be more independent.', '{n} will improve their handwriting.'],
    provision: [
      'A daily physiotherapy programme of 20 minutes, written by the NHS physiotherapist and delivered by a trained teaching assistant.',
      'Adult support for all transitions around the building, toileting and personal care (two trained adults), and at lunch and break.',
      'Adapted PE planned with the physiotherapist; a laptop for recording written work.',
      'A risk assessment and personal emergency evacuation plan, reviewed each term.',
    ],
    weakProvision: '{n} will have help with moving around school.',
    health:
      'Physiotherapy: review in school every 6 weeks and a new programme each term. Occupational therapy: seating and equipment review once a year. Orthotics as needed.',
    likes: ['music', 'quizzes', 'board games', 'watching football', 'reading comics'],
  },
};

const ASPIRATIONS = [
  'a vet',
  'a train driver',
  'a footballer',
  'a chef',
  'a YouTuber',
  'a teacher',
  'someone who builds houses',
  'a nurse',
];
const DISLIKES = [
  'loud noises',
  'being rushed',
  'busy corridors',
  'changes without warning',
  'writing a lot',
];
const HOPES = [
  'to have friends and feel happy at school',
  'to learn to read well',
  'to be as independent as possible',
  'to go on to college',
  'to feel safe and understood',
];

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "4 May 2016", as plans write dates. */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** "04/05/2016". */
export function shortDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** The sections of one plan; a weak plan leaves some out, an adequate one is thin in places. */
export function planSectionTexts(
  random: SeededRandom,
  facts: PlanFacts,
): Partial<Record<EhcPlanSection, string>> {
  const n = facts.given;
  const words = NEEDS[facts.need];
  const fill = (text: string) => text.replaceAll('{n}', n).replaceAll('{adviceOn}', longDate(facts.adviceOn));
  const [carer, other] = facts.carers;
  const carerGiven = carer!.name.split(' ')[0]!;
  const livesWith = `${carer!.relationship}, ${carer!.name}${other ? `, and ${other.relationship}, ${other.name}` : ''}`;
  const home = `${facts.address}, ${facts.town} ${facts.postcode}`;
  const like = random.pick(words.likes);
  const strong = facts.quality === 'strong';
  const weak = facts.quality === 'weak';
  const texts: Partial<Record<EhcPlanSection, string>> = {};

  texts.a = strong
    ? `About me, in ${n}'s own words: "My name is ${n}. I am ${facts.age}. I like ${like} and ${random.pick(words.likes.filter((l) => l !== like))}. ` +
      `I don't like ${random.pick(DISLIKES)}. When I grow up I want to be ${random.pick(ASPIRATIONS)}." ` +
      `${n} ${facts.family} (date of birth ${longDate(facts.dateOfBirth)}) lives with ${livesWith} at ${home}. ` +
      `${carerGiven}'s views: ${carerGiven} says ${n} is kind and funny and works hard when they feel safe. The family's hope is for ${n} ${random.pick(HOPES)}. ` +
      `This plan was written with ${carerGiven} and ${n} at a meeting at ${facts.namedSetting ? facts.setting : 'home'}.`
    : weak
      ? `${n} ${facts.family}, DOB ${shortDate(facts.dateOfBirth)}. ${n} likes ${like}.`
      : `${n} ${facts.family} (DOB ${shortDate(facts.dateOfBirth)}) lives with ${livesWith} at ${home}. ${n} enjoys ${like}. ` +
        `${carerGiven} would like ${n} ${random.pick(HOPES)}.`;

  texts.b = weak
    ? fill(words.weakNeeds)
    : fill(words.needs) +
      (facts.namedSetting && strong
        ? ` Staff at ${facts.setting} describe ${n} as settled with the right support.`
        : '');

  const health = facts.need === 'physical_sensory' || facts.need === 'communication_interaction';
  if (!weak || health) {
    texts.c = health
      ? fill(
          facts.need === 'physical_sensory'
            ? '{n} has cerebral palsy (spastic diplegia), diagnosed at 18 months. {n} has regular physiotherapy and uses orthotic splints.'
            : '{n} has a diagnosis of autism and some difficulty with sleep; the family have had advice from the community paediatrician.',
        )
      : strong
        ? `${n} is in good health. The school nurse saw ${n} on ${longDate(facts.adviceOn)} and found no health needs related to their special educational needs.`
        : 'No health needs identified.';
  }

  if (!weak) {
    texts.d = facts.lookedAfter
      ? `${n} is looked after by Fernshire Council and lives with foster carers ${facts.carers.map((c) => c.name).join(' and ')}. The social worker visits every 6 weeks; the personal education plan is reviewed each term.`
      : facts.knownToSocialCare
        ? `${n} is a child in need. Children's social care supports the family with a family support worker, fortnightly visits. ${carerGiven} can be reached on ${facts.phone}.`
        : strong
          ? `Children's social care has no current involvement. ${carerGiven} has been given information about the short breaks local offer.`
          : 'None.';
  }

  texts.e = weak
    ? words.weakOutcomes.map(fill).join(' ')
    : (strong ? words.outcomes : words.outcomes.slice(0, 1).concat(words.weakOutcomes.slice(0, 1)))
        .map(fill)
        .join('\n');
  texts.f = weak
    ? fill(words.weakProvision)
    : (strong ? words.provision : words.provision.slice(0, 2)).map(fill).join('\n');
  if (!weak || health) texts.g = weak ? 'To be confirmed by health.' : fill(words.health);

  if (strong) {
    texts.h1 =
      facts.knownToSocialCare || facts.lookedAfter
        ? `Short breaks under section 2 of the Chronically Sick and Disabled Persons Act 1970: ${n} attends the Saturday club two Saturdays a month.`
        : 'None identified.';
    texts.h2 = 'None identified.';
  } else if (!weak) {
    texts.h1 = 'N/A';
  }

  texts.i = facts.namedSetting
    ? facts.setting
    : weak
      ? 'To be confirmed.'
      : `${facts.setting}. The local authority will review this at the annual review.`;

  if (strong) {
    texts.j = random.chance(0.4)
      ? `${carerGiven} has asked for a personal budget for travel to school: a direct payment of £1,450 a year, paid to ${carer!.name} each term, agreed on ${longDate(facts.issuedOn)}.`
      : 'No personal budget was asked for. The family knows it can ask for one at any time, including at the annual review.';
  } else if (!weak) {
    texts.j = 'Not requested.';
  }

  texts.k = weak
    ? 'Parental advice; school report; educational psychology advice.'
    : [
        `Parental advice from ${facts.carers.map((c) => c.name).join(' and ')}, received ${longDate(facts.adviceOn)}.`,
        'Educational psychology advice from the Educational Psychology service.',
        "Health advice from the NHS teams named in section G; social care advice from children's social care.",
        facts.namedSetting
          ? `Advice from ${facts.setting}, including the SEN support plan and the last three Assess-Plan-Do-Review cycles.`
          : 'Advice from the home education adviser.',
        strong
          ? `The family can be contacted on ${facts.phone} or at ${facts.email}; home address ${home}.`
          : '',
      ]
        .filter(Boolean)
        .join('\n');
  return texts;
}
