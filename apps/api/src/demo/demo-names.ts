// Every name here is invented, and meant to look it: nobody in the demo council is a real person.

export const COUNCIL = { name: 'Fernshire Council', emailDomain: 'fernshire.example' } as const;

export const LOCALITIES = [
  { code: 'northdale', name: 'Northdale', isVulnerablePupilsTeam: false },
  { code: 'southmere', name: 'Southmere', isVulnerablePupilsTeam: false },
  { code: 'eastbrook', name: 'Eastbrook', isVulnerablePupilsTeam: false },
  { code: 'westholm', name: 'Westholm', isVulnerablePupilsTeam: false },
  { code: 'vulnerable_pupils', name: 'Vulnerable Pupils Team', isVulnerablePupilsTeam: true },
] as const;

export const CHILD_GIVEN_NAMES = [
  'Alfie',
  'Amara',
  'Arlo',
  'Bea',
  'Caleb',
  'Cleo',
  'Dexter',
  'Ellie',
  'Eshan',
  'Freya',
  'Gus',
  'Hana',
  'Idris',
  'Isla',
  'Jago',
  'Kit',
  'Layla',
  'Milo',
  'Nell',
  'Otis',
  'Pip',
  'Quinn',
  'Remi',
  'Rosa',
  'Sami',
  'Tilly',
  'Umar',
  'Vida',
  'Wren',
  'Xander',
  'Yusuf',
  'Zara',
  'Albie',
  'Bo',
  'Coco',
  'Darcy',
  'Ezra',
  'Fern',
  'Hugo',
  'Ivy',
];

export const CHILD_FAMILY_NAMES = [
  'Puddlecombe',
  'Bumbleworth',
  'Crumpetson',
  'Wobbleton',
  'Muddleford',
  'Snailwood',
  'Thimbleby',
  'Pottersby',
  'Dandywick',
  'Gigglesworth',
  'Marmaduke-Fizz',
  'Noodleham',
  'Pebbleford',
  'Quibbleton',
  'Rumbleweed',
  'Sprocketley',
  'Tumbleford',
  'Umbrellow',
  'Wigglesby',
  'Yodelworth',
  'Zigzagby',
  'Biscuitford',
  'Crinkleby',
  'Fiddlesticks',
];

/** Staff who are not the one-per-role demo logins: Family Link Officers and health team representatives. */
export const FAMILY_LINK_OFFICERS = [
  ['Hattie', 'Quillfeather', 'northdale'],
  ['Omar', 'Brightwhistle', 'northdale'],
  ['Lena', 'Copperkettle', 'southmere'],
  ['Dev', 'Marmalade', 'southmere'],
  ['Maisie', 'Fennelwick', 'eastbrook'],
  ['Tariq', 'Lanternby', 'eastbrook'],
  ['Rowan', 'Thistlecombe', 'westholm'],
  ['Gemma', 'Pinecroft-Fizz', 'westholm'],
  ['Kofi', 'Nettlebright', 'vulnerable_pupils'],
] as const;

export const SCHOOLS: Record<
  string,
  { early: string; primary: string[]; secondary: string; special: string; college: string }
> = {
  northdale: {
    early: 'Little Acorns Nursery, Northdale',
    primary: ['Northdale Meadow Primary School', "St Wilfreda's CE Primary School"],
    secondary: 'Northdale Academy',
    special: 'Hillcrest Special School',
    college: 'Fernshire College (Northdale campus)',
  },
  southmere: {
    early: 'Puddleducks Pre-school, Southmere',
    primary: ['Southmere Junior School', 'Lakeside Primary Academy'],
    secondary: 'Southmere High School',
    special: 'Willowbank Special School',
    college: 'Fernshire College (Southmere campus)',
  },
  eastbrook: {
    early: 'Bumblebees Day Nursery, Eastbrook',
    primary: ['Eastbrook Infant and Junior School', 'Kestrel Way Primary School'],
    secondary: 'Eastbrook Community College',
    special: 'Brookside Special School',
    college: 'Fernshire College (Eastbrook campus)',
  },
  westholm: {
    early: 'Tadpoles Nursery, Westholm',
    primary: ['Westholm Village Primary School', 'Orchard Lane Primary School'],
    secondary: 'Westholm School',
    special: 'Fernlea Special School',
    college: 'Fernshire College (Westholm campus)',
  },
};

export const ALTERNATIVE_PROVISION = [
  'Fernshire Pupil Referral Unit',
  'The Bridge Alternative Provision',
  'Not in a setting',
];

export const QUALITY_THEMES = [
  'Preparing for adulthood',
  "The child's voice in the plan",
  'Transitions between phases',
  'SMART outcomes',
  'Health advice reflected in plans',
  'Co-production with families',
  'Children in Care',
  'Social, emotional and mental health',
];
